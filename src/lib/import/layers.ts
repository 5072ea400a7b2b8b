/**
 * A reader's imported file as a layer of the explorer: its records, its name and colour, whether it
 * is shown, and what it covers (compileLayer.ts turns it into the atlas's compiled model).
 */
import type { Geometry, Position } from 'geojson';
import type { Day } from '../domain/day';
import type { ImportedRecord, ImportFormat, LargeRecords, RowProblem } from './types';

export interface UserLayer {
	/** Lower-case words joined by hyphens ("my-data-2"): the prefix of its features' ids. */
	id: string;
	name: string;
	/** '#rrggbb'. */
	color: string;
	visible: boolean;
	format: ImportFormat;
	/** The file it came from. */
	file: string;
	/** Empty for a large layer, whose records are kept apart. */
	records: ImportedRecord[];
	/** A large layer's columns and where its records are kept: it is drawn on the GPU. */
	large?: LargeRecords;
	/** The rows that were left out, for the report. */
	problems: RowProblem[];
	/** When it was added (milliseconds since 1970): the order of the "My data" list. */
	created: number;
}

/** Colours offered to new layers in turn: apart from each other and from the basemap. */
export const LAYER_COLORS = ['#d6336c', '#0b7285', '#e8590c', '#5f3dc4', '#2b8a3e', '#1864ab', '#a61e4d', '#862e9c'] as const;

/** An id no layer has yet: "my-data-1", "my-data-2"… */
export function newLayerId(taken: readonly { id: string }[]): string {
	const ids = new Set(taken.map((l) => l.id));
	let n = 1;
	while (ids.has(`my-data-${n}`)) n += 1;
	return `my-data-${n}`;
}

/** The next colour, the least used by the layers there are. */
export function nextColor(layers: readonly { color: string }[]): string {
	const uses = (c: string) => layers.filter((l) => l.color === c).length;
	return [...LAYER_COLORS].sort((a, b) => uses(a) - uses(b))[0]!;
}

/** A file's name without its folder and extension, as a layer's first name. */
export function layerName(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return base.replace(/\.[^.]+$/, '').trim() || 'My data';
}

/** Every position of a geometry, in turn. */
export function* positions(g: Geometry): Generator<Position> {
	switch (g.type) {
		case 'Point':
			yield g.coordinates;
			break;
		case 'MultiPoint':
		case 'LineString':
			yield* g.coordinates;
			break;
		case 'MultiLineString':
		case 'Polygon':
			for (const line of g.coordinates) yield* line;
			break;
		case 'MultiPolygon':
			for (const polygon of g.coordinates) for (const ring of polygon) yield* ring;
			break;
		case 'GeometryCollection':
			for (const part of g.geometries) yield* positions(part);
	}
}

/** The days and the box (west, south, east, north) a layer's records cover, or null when it has none. */
export function recordsExtent(records: readonly ImportedRecord[]): { from: Day; to: Day; bbox: [number, number, number, number] } | null {
	if (!records.length) return null;
	let [from, to] = [Infinity, -Infinity];
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const r of records) {
		from = Math.min(from, r.when.start.start);
		to = Math.max(to, (r.when.end ?? r.when.start).end);
		for (const [lon, lat] of positions(r.geometry)) {
			box[0] = Math.min(box[0], lon!);
			box[1] = Math.min(box[1], lat!);
			box[2] = Math.max(box[2], lon!);
			box[3] = Math.max(box[3], lat!);
		}
	}
	return { from, to, bbox: box };
}
