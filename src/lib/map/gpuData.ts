/**
 * Turns a large layer's columns, colour and filters into what deck.gl draws from: one binary attribute
 * per value (made once per columns and hashtag chosen), colours as stable arrays, and a category mask.
 */
import { inCategories, type EventFilters } from '../domain/filters';
import { taggedRows } from '../import/columns';
import type { GpuLayer } from './mapView';

/** A layer's columns as deck.gl's binary data: [lon, lat], [from, to, category] and, if each row has its own, [r, g, b, a] per row. */
export interface Binary {
	length: number;
	attributes: { getPosition: { value: Float32Array; size: 2 }; getFilterValue: { value: Float32Array; size: 3 }; getFillColor?: { value: Uint8Array; size: 4; normalized: true } };
}

/** Each columns' filter values for the hashtag last chosen. */
const rowValueCache = new WeakMap<GpuLayer['columns'], { tag: string; values: Float32Array }>();

/**
 * Each row's [from, to, category] as the GPU filters it, under the hashtag `tag` ('' for none), made
 * once per columns and hashtag: a row without the hashtag has the category -1, which the filter's
 * range leaves out.
 */
export function rowValues(c: GpuLayer['columns'], tag = ''): Float32Array {
	const made = rowValueCache.get(c);
	if (made?.tag === tag) return made.values;
	const tagged = taggedRows(c, tag);
	const values = new Float32Array(3 * c.length);
	for (let i = 0; i < c.length; i++) {
		values[3 * i] = c.from[i]!;
		values[3 * i + 1] = c.to[i]!;
		values[3 * i + 2] = !tagged || tagged[i] ? c.category[i]! : -1;
	}
	rowValueCache.set(c, { tag, values });
	return values;
}

/** Each columns' dots for the hashtag last chosen. */
const binaries = new WeakMap<GpuLayer['columns'], { tag: string; colors?: Uint8Array; binary: Binary }>();

/**
 * The dots of a layer's columns (and of its rows' own colours, if it has them) under the hashtag `tag`
 * ('' for none) as binary data, made once per columns, hashtag and colours (the same object keeps
 * deck.gl from uploading it again). A line's or an area's row is drawn as its shape, not as a dot: its
 * category is -1 here, as a row without the hashtag's is.
 */
export function binary(c: GpuLayer['columns'], tag = '', colors?: Uint8Array): Binary {
	const made = binaries.get(c);
	if (made?.tag === tag && made.colors === colors) return made.binary;
	let values = rowValues(c, tag);
	const { lineRows, polygonRows } = c.shapes;
	if (lineRows.length || polygonRows.length) {
		values = values.slice();
		for (const rows of [lineRows, polygonRows]) for (const r of rows) values[3 * r + 2] = -1;
	}
	const b: Binary = {
		length: c.length,
		attributes: { getPosition: { value: c.positions, size: 2 }, getFilterValue: { value: values, size: 3 }, ...(colors ? { getFillColor: { value: colors, size: 4, normalized: true as const } } : {}) }
	};
	binaries.set(c, { tag, colors, binary: b });
	return b;
}

/**
 * A layer's areas' surfaces and its lines' and areas' outlines, as the GPU draws them. The surfaces are
 * polygons as deck.gl's SolidPolygonLayer takes them in binary (with `_normalize: false`), their
 * triangles made; surfaceRows holds each polygon's row, surfaceVertexRows each vertex's. The outlines
 * are segments of a line list: vertices 2k and 2k + 1 make segment k, and each vertex's row is in
 * segmentRows (a float, as the GPU reads it).
 */
export interface ShapeData {
	surfaces: { length: number; startIndices: Uint32Array; coords: Float32Array; triangles: Uint32Array };
	surfaceRows: Uint32Array;
	surfaceVertexRows: Uint32Array;
	segments: Float32Array;
	segmentRows: Float32Array;
}

const shapeCache = new WeakMap<GpuLayer['columns'], ShapeData | null>();

/** The lines and areas of a layer's columns as the GPU draws them (made once per columns), or null when it has none. */
export function shapeData(c: GpuLayer['columns']): ShapeData | null {
	let made = shapeCache.get(c);
	if (made !== undefined) return made;
	const s = c.shapes;
	if (!s.lineRows.length && !s.polygonRows.length) {
		shapeCache.set(c, null);
		return null;
	}
	const paths: [Uint32Array, Uint32Array, Float32Array][] = [
		[s.lineRows, s.lineStarts, s.lineCoords],
		[s.ringRows, s.ringStarts, s.polygonCoords]
	];
	let count = 0;
	for (const [rows, starts] of paths) for (let k = 0; k < rows.length; k++) count += starts[k + 1]! - starts[k]! - 1;
	const segments = new Float32Array(4 * count);
	const segmentRows = new Float32Array(2 * count);
	let v = 0;
	for (const [rows, starts, coords] of paths) {
		for (let k = 0; k < rows.length; k++) {
			for (let p = starts[k]!; p < starts[k + 1]! - 1; p++, v += 2) {
				segments.set(coords.subarray(2 * p, 2 * p + 4), 2 * v);
				segmentRows[v] = segmentRows[v + 1] = rows[k]!;
			}
		}
	}
	const surfaceVertexRows = new Uint32Array(s.polygonCoords.length / 2);
	s.polygonRows.forEach((row, k) => surfaceVertexRows.fill(row, s.polygonStarts[k], s.polygonStarts[k + 1]));
	made = {
		surfaces: { length: s.polygonRows.length, startIndices: s.polygonStarts, coords: s.polygonCoords, triangles: s.triangles },
		surfaceRows: s.polygonRows,
		surfaceVertexRows,
		segments,
		segmentRows
	};
	shapeCache.set(c, made);
	return made;
}

/** How opaque an area's surface is (0-255): its outline and what lies under it show through, as the atlas's zones do. */
export const SURFACE_ALPHA = 64;

/** Per-vertex values as deck.gl's binary data takes them: [from, to, category], and a colour if the rows have their own. */
type VertexValues = { getFilterValue: { value: Float32Array; size: 3 }; color?: { value: Uint8Array; size: 4; normalized: true } };

/** Each vertex's row's filter values under the hashtag `tag`, and its row's colour (of opacity `alpha`) if the rows have their own. */
function perVertex(c: GpuLayer['columns'], vertexRows: ArrayLike<number>, tag: string, colors: Uint8Array | undefined, alpha: number): VertexValues {
	const rows = rowValues(c, tag);
	const values = new Float32Array(3 * vertexRows.length);
	const vertexColors = colors ? new Uint8Array(4 * vertexRows.length) : undefined;
	for (let v = 0; v < vertexRows.length; v++) {
		const r = vertexRows[v]!;
		values.set(rows.subarray(3 * r, 3 * r + 3), 3 * v);
		if (vertexColors) {
			vertexColors.set(colors!.subarray(4 * r, 4 * r + 3), 4 * v);
			vertexColors[4 * v + 3] = alpha;
		}
	}
	return { getFilterValue: { value: values, size: 3 }, ...(vertexColors ? { color: { value: vertexColors, size: 4, normalized: true as const } } : {}) };
}

/** A line list's vertices as deck.gl's binary data: position, row, [from, to, category] and, if the rows have their own, colour. */
export interface SegmentBinary {
	length: number;
	attributes: {
		getPosition: { value: Float32Array; size: 2 };
		getRow: { value: Float32Array; size: 1 };
		getFilterValue: { value: Float32Array; size: 3 };
		getColor?: { value: Uint8Array; size: 4; normalized: true };
	};
}

/** The areas' polygons as deck.gl's SolidPolygonLayer takes them in binary, with per-vertex [from, to, category] and, if the rows have their own, colour. */
export interface SurfaceBinary {
	length: number;
	startIndices: Uint32Array;
	attributes: {
		getPolygon: { value: Float32Array; size: 2 };
		indices: Uint32Array;
		getFilterValue: { value: Float32Array; size: 3 };
		getFillColor?: { value: Uint8Array; size: 4; normalized: true };
	};
}

const shapeBinaryCache = new WeakMap<GpuLayer['columns'], { tag: string; colors?: Uint8Array; binaries: { lines: SegmentBinary; areas: SurfaceBinary } }>();

/**
 * A layer's lines and outlines as a line list, and its areas' surfaces, under the hashtag `tag`, each
 * vertex with its row's filter values (and colour, if the rows have their own), made once per columns,
 * hashtag and colours; null when the layer has no lines or areas.
 */
export function shapeBinaries(c: GpuLayer['columns'], tag = '', colors?: Uint8Array): { lines: SegmentBinary; areas: SurfaceBinary } | null {
	const shapes = shapeData(c);
	if (!shapes) return null;
	const made = shapeBinaryCache.get(c);
	if (made?.tag === tag && made.colors === colors) return made.binaries;
	const line = perVertex(c, shapes.segmentRows, tag, colors, 242);
	const surface = perVertex(c, shapes.surfaceVertexRows, tag, colors, SURFACE_ALPHA);
	const { surfaces } = shapes;
	const binaries = {
		lines: {
			length: shapes.segmentRows.length,
			attributes: { getPosition: { value: shapes.segments, size: 2 as const }, getRow: { value: shapes.segmentRows, size: 1 as const }, getFilterValue: line.getFilterValue, ...(line.color ? { getColor: line.color } : {}) }
		},
		areas: {
			length: surfaces.length,
			startIndices: surfaces.startIndices,
			attributes: { getPolygon: { value: surfaces.coords, size: 2 as const }, indices: surfaces.triangles, getFilterValue: surface.getFilterValue, ...(surface.color ? { getFillColor: surface.color } : {}) }
		}
	};
	shapeBinaryCache.set(c, { tag, colors, binaries });
	return binaries;
}

const colors = new Map<string, [number, number, number, number]>();
/** A colour as deck.gl takes it, the same array for the same colour: a new one would count as a changed prop. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
	const key = `${hex}/${alpha}`;
	let c = colors.get(key);
	if (!c) colors.set(key, (c = [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), alpha]));
	return c;
}

/**
 * Each row's colour from its category's: `colors` by category name (a row of a category it does not
 * name gets `fallback`), four bytes a row.
 */
export function categoryColors(c: Pick<GpuLayer['columns'], 'length' | 'category' | 'categories'>, colors: ReadonlyMap<string, string>, fallback: string): Uint8Array {
	const byCategory = c.categories.map((name) => rgba(colors.get(name) ?? fallback, 242));
	const out = new Uint8Array(4 * c.length);
	for (let i = 0; i < c.length; i++) out.set(byCategory[c.category[i]!]!, 4 * i);
	return out;
}

/** The categories of a layer the filters show, as a 128-bit mask (a row with no category has the layer's name as its category). */
export function categoryMask(layer: { name: string; columns: GpuLayer['columns'] }, filters: EventFilters): [number, number, number, number] {
	const mask: [number, number, number, number] = [0, 0, 0, 0];
	layer.columns.categories.forEach((c: string, i: number) => {
		if (inCategories(c || layer.name, filters)) mask[i >> 5] = (mask[i >> 5]! | (1 << (i & 31))) >>> 0;
	});
	return mask;
}

