/**
 * Turns a large layer's records into flat columns: typed arrays the GPU draws from (handed between
 * threads without a copy) and the few texts the explorer needs without the records themselves.
 */
import { earcut } from '@math.gl/polygon';
import type { Geometry, Position } from 'geojson';
import { spanDays } from '../domain/atlas';
import { spanDaysInWords } from '../domain/change';
import type { AtlasFeature } from '../domain/feature';
import { isShown, type TimeSettings } from '../domain/timeline';
import { positions } from './layers';
import { recordKeys } from './toAtlas';
import type { ImportedRecord } from './types';

/**
 * From how many rows a layer is drawn on the GPU (deck.gl) instead of through MapLibre's GeoJSON
 * sources. Measured (README, Performance): at 10,000 rows the GeoJSON path imports in about 5 s and
 * scrubs at twice a frame; at 100,000 it takes most of a minute and 2.6 to 5.4 frames a step.
 */
export const GPU_THRESHOLD = 50_000;

/**
 * A layer's rows, column by column; row i of every column is the file's i-th good record. Days are
 * whole numbers of days since 1970-01-01, exact in a Float32Array to ±2^24 days (±45,000 years).
 */
export interface LayerColumns {
	length: number;
	/**
	 * [lon, lat] per row: a point's own position; for a line or an area, the centre of its positions'
	 * box (where the map goes to show it).
	 */
	positions: Float32Array;
	/** The lines' and areas' own positions, for drawing them as they are. */
	shapes: ShapeColumns;
	/** The first day of each row (inclusive), as the domain's spanDays reads its dates. */
	from: Float32Array;
	/** The day after each row's last day (exclusive). */
	to: Float32Array;
	/** Each row's index in {@link categories}. */
	category: Uint16Array;
	/** The categories in order of first use; '' for rows whose file gives none (the layer's name stands in). */
	categories: string[];
	titles: string[];
	/**
	 * Each row's hashtags, row after row: row i's are {@link tags}[tagIds[k]] for k from tagStarts[i] up
	 * to tagStarts[i + 1] (one offset more than there are rows).
	 */
	tagStarts: Uint32Array;
	tagIds: Uint32Array;
	/** The hashtags in order of first use, '#' included. */
	tags: string[];
	/**
	 * Each row's id within its layer, unique: a reader's row's is a slug, its atlas id `${layer id}-${key}`
	 * as toAtlas makes it; a built atlas's row's is the event's own id.
	 */
	keys: string[];
	/**
	 * A row's date in words, by row, where it says more than its days do ("about 1815"): the list writes
	 * the others from their days ({@link spanDaysInWords}).
	 */
	words?: Record<number, string>;
}

/**
 * The lines and areas of a layer's rows, as deck.gl's binary paths and polygons take them. Line k (a
 * part of a line) is row lineRows[k]'s and runs through the [lon, lat] pairs lineStarts[k] up to
 * lineStarts[k + 1] of lineCoords. Polygon k (a part of an area, its holes included) is row
 * polygonRows[k]'s: its vertices are polygonStarts[k] up to polygonStarts[k + 1] of polygonCoords, and
 * its surface is made of triangles, three vertex indices (into polygonCoords) each, made once here
 * rather than by the GPU's layer. Its rings, which outline it, are polygonCoords' vertices ringStarts[j]
 * up to ringStarts[j + 1], ring j being row ringRows[j]'s.
 */
export interface ShapeColumns {
	lineRows: Uint32Array;
	lineStarts: Uint32Array;
	lineCoords: Float32Array;
	polygonRows: Uint32Array;
	polygonStarts: Uint32Array;
	ringRows: Uint32Array;
	ringStarts: Uint32Array;
	polygonCoords: Float32Array;
	triangles: Uint32Array;
}

/** No lines and no areas. */
export const noShapes = (): ShapeColumns => ({
	lineRows: new Uint32Array(0),
	lineStarts: new Uint32Array(1),
	lineCoords: new Float32Array(0),
	polygonRows: new Uint32Array(0),
	polygonStarts: new Uint32Array(1),
	ringRows: new Uint32Array(0),
	ringStarts: new Uint32Array(1),
	polygonCoords: new Float32Array(0),
	triangles: new Uint32Array(0)
});

/** The latitude where the Web Mercator map ends: a line's or an area's positions beyond it are drawn at it. */
const MAX_LATITUDE = 85.0511287798066;
const mapLatitude = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
/** Web Mercator's y of a latitude (up to a constant factor): an area is cut into triangles as the map shows it. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Gathers the shapes of rows one geometry at a time. Their positions are kept within the map's
 * latitudes (a pole projects to infinity), and an area is cut into triangles in Web Mercator, where
 * its edges are the straight lines the GPU draws: cut in degrees, a concave area spanning many degrees
 * of latitude could get triangles outside it.
 */
class ShapeBuilder {
	private readonly lists = {
		lineRows: [] as number[],
		lineStarts: [0],
		lineCoords: [] as number[],
		polygonRows: [] as number[],
		polygonStarts: [0],
		ringRows: [] as number[],
		ringStarts: [0],
		polygonCoords: [] as number[],
		triangles: [] as number[]
	};

	/** Adds row `row`'s geometry if it is a line or an area (a point is drawn from the row's position). */
	add(row: number, g: Geometry): void {
		switch (g.type) {
			case 'LineString':
				return this.line(row, g.coordinates);
			case 'MultiLineString':
				return g.coordinates.forEach((line) => this.line(row, line));
			case 'Polygon':
				return this.polygon(row, g.coordinates);
			case 'MultiPolygon':
				return g.coordinates.forEach((p) => this.polygon(row, p));
			case 'GeometryCollection':
				return g.geometries.forEach((part) => this.add(row, part));
		}
	}

	private line(row: number, line: readonly Position[]): void {
		if (line.length < 2) return;
		const l = this.lists;
		l.lineRows.push(row);
		for (const [lon, lat] of line) l.lineCoords.push(lon!, mapLatitude(lat!));
		l.lineStarts.push(l.lineCoords.length / 2);
	}

	/** An area's part: its rings, and its surface as triangles (earcut, holes cut out). */
	private polygon(row: number, rings: readonly (readonly Position[])[]): void {
		if (!rings.length || rings[0]!.length < 4) return;
		const l = this.lists;
		const flat: number[] = [];
		const projected: number[] = [];
		const holes: number[] = [];
		rings.forEach((ring, k) => {
			if (k) holes.push(flat.length / 2);
			for (const [lon, lat] of ring) {
				flat.push(lon!, mapLatitude(lat!));
				projected.push(lon!, mercatorY(mapLatitude(lat!)));
			}
			l.ringRows.push(row);
			l.ringStarts.push(l.polygonCoords.length / 2 + flat.length / 2);
		});
		const base = l.polygonCoords.length / 2;
		for (const t of earcut(projected, holes, 2)) l.triangles.push(base + t);
		for (const x of flat) l.polygonCoords.push(x);
		l.polygonRows.push(row);
		l.polygonStarts.push(l.polygonCoords.length / 2);
	}

	done(): ShapeColumns {
		const l = this.lists;
		return {
			lineRows: Uint32Array.from(l.lineRows),
			lineStarts: Uint32Array.from(l.lineStarts),
			lineCoords: Float32Array.from(l.lineCoords),
			polygonRows: Uint32Array.from(l.polygonRows),
			polygonStarts: Uint32Array.from(l.polygonStarts),
			ringRows: Uint32Array.from(l.ringRows),
			ringStarts: Uint32Array.from(l.ringStarts),
			polygonCoords: Float32Array.from(l.polygonCoords),
			triangles: Uint32Array.from(l.triangles)
		};
	}
}

/** A layer drawn on the GPU from its columns (a reader's large file, or a large atlas's events), as the map, the list and a selection know it. */
export interface LargeLayer {
	id: string;
	/** The category of its rows that have none. */
	name: string;
	/** What a row's atlas id begins with before its key: `${id}-` for a reader's layer, '' for the atlas's own events. */
	prefix: string;
	/** '#rrggbb': every row's colour, unless {@link colors} gives each its own. */
	color: string;
	/** Each row's colour, [r, g, b, a] from 0 to 255 one row after another (a large atlas's events take their category's). */
	colors?: Uint8Array;
	visible: boolean;
	columns: LayerColumns;
}

/** The row of `layer` whose atlas id is `id`, or -1. */
export function rowIndex(layer: Pick<LargeLayer, 'prefix' | 'columns'>, id: string): number {
	return id.startsWith(layer.prefix) ? layer.columns.keys.indexOf(id.slice(layer.prefix.length)) : -1;
}

/** The atlas ids of a large layer's rows, for the links that name one (built only when asked for). */
export const rowIds = (layer: Pick<LargeLayer, 'prefix' | 'columns'>): string[] => (layer.prefix ? layer.columns.keys.map((k) => layer.prefix + k) : layer.columns.keys);

/** How many distinct categories a layer drawn on the GPU may have (the shader's bit mask). */
export const MAX_CATEGORIES = 128;

/** The centre of a geometry's box of positions ([NaN, NaN] when it has none). */
function centre(g: Geometry): [number, number] {
	if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of positions(g)) {
		w = Math.min(w, lon!);
		s = Math.min(s, lat!);
		e = Math.max(e, lon!);
		n = Math.max(n, lat!);
	}
	return w === Infinity ? [NaN, NaN] : [(w + e) / 2, (s + n) / 2];
}

/** What a row of the columns is made from. */
interface Row {
	geometry: Geometry;
	from: number;
	to: number;
	category: string;
	title: string;
}

/**
 * The columns of `n` rows, row i made of `row(i)`, its hashtags `rowTags[i]` and key `keys[i]`. Throws
 * when they hold more than {@link MAX_CATEGORIES} categories, naming the count: the GPU's category
 * filter has no room for more.
 */
function columnsOf(n: number, row: (i: number) => Row, rowTags: readonly (readonly string[])[], keys: string[], whose: string): LayerColumns {
	const columns: LayerColumns = {
		length: n,
		positions: new Float32Array(2 * n),
		from: new Float32Array(n),
		to: new Float32Array(n),
		category: new Uint16Array(n),
		categories: [],
		titles: new Array<string>(n),
		...tagColumns(rowTags),
		keys,
		shapes: noShapes()
	};
	const shapes = new ShapeBuilder();
	const categoryIndex = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		const r = row(i);
		const [lon, lat] = centre(r.geometry);
		columns.positions[2 * i] = lon;
		columns.positions[2 * i + 1] = lat;
		columns.from[i] = r.from;
		columns.to[i] = r.to;
		let c = categoryIndex.get(r.category);
		if (c === undefined) {
			c = columns.categories.push(r.category) - 1;
			categoryIndex.set(r.category, c);
		}
		columns.category[i] = c;
		shapes.add(i, r.geometry);
		columns.titles[i] = r.title;
	}
	columns.shapes = shapes.done();
	if (columns.categories.length > MAX_CATEGORIES) {
		throw new Error(`${whose} ${columns.categories.length} categories; a layer this large can show at most ${MAX_CATEGORIES}.`);
	}
	return columns;
}

/** The columns of a layer's records; throws as {@link columnsOf} does. */
export function toColumns(records: readonly ImportedRecord[]): LayerColumns {
	return columnsOf(
		records.length,
		(i) => {
			const r = records[i]!;
			return { geometry: r.geometry, ...spanDays(r.when), category: r.category, title: r.title };
		},
		records.map((r) => r.tags),
		recordKeys(records),
		'This file has'
	);
}

/**
 * The columns of a built atlas's events (compiled features of kind event, each drawn as its one part),
 * keyed by their ids, with their dates in words where those say more than their days; throws as
 * {@link columnsOf} does.
 */
export function eventColumns(events: readonly AtlasFeature[]): LayerColumns {
	const columns = columnsOf(
		events.length,
		(i) => {
			const e = events[i]!;
			return { geometry: e.parts[0]!.geometry, from: e.from!, to: e.to!, category: e.category ?? '', title: e.label };
		},
		events.map((e) => e.tags),
		events.map((e) => e.id),
		`This atlas's ${events.length} events have`
	);
	const words: Record<number, string> = {};
	events.forEach((e, i) => {
		if (e.when !== spanDaysInWords(e.from!, e.to!)) words[i] = e.when;
	});
	return { ...columns, words };
}

/** The hashtag columns of rows whose hashtags are `rowTags`, in order. */
export function tagColumns(rowTags: readonly (readonly string[])[]): Pick<LayerColumns, 'tagStarts' | 'tagIds' | 'tags'> {
	const n = rowTags.length;
	const tagIndex = new Map<string, number>();
	const tags: string[] = [];
	const tagStarts = new Uint32Array(n + 1);
	rowTags.forEach((row, i) => (tagStarts[i + 1] = tagStarts[i]! + row.length));
	const tagIds = new Uint32Array(tagStarts[n]!);
	rowTags.forEach((row, i) =>
		row.forEach((tag, k) => {
			let t = tagIndex.get(tag);
			if (t === undefined) tagIndex.set(tag, (t = tags.push(tag) - 1));
			tagIds[tagStarts[i]! + k] = t;
		})
	);
	return { tagStarts, tagIds, tags };
}

/** The typed arrays of the columns, to hand to another thread without a copy. */
export function transferables(c: LayerColumns): ArrayBuffer[] {
	return [c.positions, c.from, c.to, c.category, c.tagStarts, c.tagIds, ...Object.values(c.shapes)].map((a) => a.buffer as ArrayBuffer);
}

/**
 * Which rows carry the hashtag `tag` (1) and which do not (0), or null when `tag` is '' (no hashtag is
 * chosen: every row passes), as the domain's passesFilters decides for an event.
 */
export function taggedRows(c: Pick<LayerColumns, 'length' | 'tagStarts' | 'tagIds' | 'tags'>, tag: string): Uint8Array | null {
	if (!tag) return null;
	const rows = new Uint8Array(c.length);
	const t = c.tags.indexOf(tag);
	if (t < 0) return rows;
	for (let i = 0; i < c.length; i++) {
		for (let k = c.tagStarts[i]!; k < c.tagStarts[i + 1]!; k++) if (c.tagIds[k] === t) rows[i] = 1;
	}
	return rows;
}

/** The rows shown under `time` (events hold: they stay, fading, once over), in order, whose category `passes`. */
export function activeIndices(c: LayerColumns, time: TimeSettings, passes: (category: string) => boolean = () => true): Uint32Array {
	const allowed = c.categories.map(passes);
	const out = new Uint32Array(c.length);
	let count = 0;
	for (let i = 0; i < c.length; i++) {
		if (allowed[c.category[i]!] && isShown({ from: c.from[i]!, to: c.to[i]!, hold: true }, time)) out[count++] = i;
	}
	return out.slice(0, count);
}

/**
 * The days (`to` exclusive) and the box (west, south, east, north) a layer's columns cover, or null
 * when it has no rows: as recordsExtent, from the points and the lines' and areas' positions.
 */
export function columnsExtent(c: LayerColumns): { from: number; to: number; bbox: [number, number, number, number] } | null {
	if (!c.length) return null;
	let [from, to] = [Infinity, -Infinity];
	for (let i = 0; i < c.length; i++) {
		from = Math.min(from, c.from[i]!);
		to = Math.max(to, c.to[i]!);
	}
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const coords of [c.positions, c.shapes.lineCoords, c.shapes.polygonCoords]) {
		for (let k = 0; k < coords.length; k += 2) {
			box[0] = Math.min(box[0], coords[k]!);
			box[1] = Math.min(box[1], coords[k + 1]!);
			box[2] = Math.max(box[2], coords[k]!);
			box[3] = Math.max(box[3], coords[k + 1]!);
		}
	}
	return { from, to, bbox: box };
}
