/**
 * Turns JSON handed to the map (its GeoJSON sources and their time table, fetched or given by value)
 * into a sentence saying what is wrong with it, or null: the map view shows that sentence instead of
 * drawing a map with silent holes.
 */
import type { FeatureCollection } from 'geojson';
import { DATED_SOURCES, type DatedSource } from '../domain/feature';
import type { Timetable } from '../domain/mapData';

/** The sources an atlas fills: the dated ones and the place labels. */
export type AtlasSource = DatedSource | 'places';

/** An atlas as the map draws it; a source that is left out is drawn empty. */
export interface AtlasData {
	sources: Partial<Record<AtlasSource, FeatureCollection>>;
	timetable: Timetable;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What `value` is, in words, for a message ("an array", "null", "a string"). */
function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Why `value` is not a GeoJSON FeatureCollection, or null when it is one. */
export function collectionProblem(value: unknown): string | null {
	if (!isRecord(value)) return `it is ${kindOf(value)}, not a GeoJSON FeatureCollection`;
	if (value['type'] !== 'FeatureCollection') return `it is not a GeoJSON FeatureCollection (its "type" is ${JSON.stringify(value['type']) ?? 'missing'})`;
	const features = value['features'];
	if (!Array.isArray(features)) return 'its "features" is not a list';
	const bad = features.findIndex((f) => !isRecord(f) || f['type'] !== 'Feature');
	return bad < 0 ? null : `its feature ${bad} is not a GeoJSON Feature`;
}

/** Why `value` is not a time table of every dated source, or null when it is one. */
export function timetableProblem(value: unknown): string | null {
	if (!isRecord(value) || !isRecord(value['rows'])) return 'it is not a time table (no "rows")';
	const rows = value['rows'];
	for (const source of DATED_SOURCES) {
		const list = rows[source];
		if (!Array.isArray(list)) return `it has no rows for "${source}"`;
		const bad = list.findIndex((row) => !Array.isArray(row) || row.length !== 4 || !row.every((n) => typeof n === 'number' && Number.isFinite(n)));
		if (bad >= 0) return `its row ${bad} of "${source}" is not [id, from, to, hold]`;
	}
	if (!Array.isArray(value['events'])) return 'it has no "events" list';
	const categories = value['categories'];
	if (!isRecord(categories)) return 'it has no "categories"';
	const missing = DATED_SOURCES.find((s) => s !== 'events' && !Array.isArray(categories[s]));
	return missing ? `it has no categories for "${missing}"` : null;
}

/**
 * Why a dated source's collection does not fit its rows of the time table, or null when it does:
 * the map sets each feature's strength by its id, so the ids must be the rows' ids, in order.
 */
export function fitProblem(source: DatedSource, collection: FeatureCollection, table: Timetable): string | null {
	const rows = table.rows[source];
	if (collection.features.length !== rows.length) {
		const n = collection.features.length;
		return `it has ${n} feature${n === 1 ? '' : 's'} where the time table has ${rows.length}`;
	}
	const bad = rows.findIndex(([id], i) => collection.features[i]!.id !== id);
	return bad < 0 ? null : `its feature ${bad} has the id ${JSON.stringify(collection.features[bad]!.id) ?? 'none'} where the time table has ${rows[bad]![0]}`;
}

/** Why `data` cannot be drawn, naming the part at fault, or null when it can be. */
export function atlasProblem(data: AtlasData): string | null {
	const table = timetableProblem(data.timetable);
	if (table) return `the time table: ${table}`;
	for (const [source, collection] of Object.entries(data.sources) as [AtlasSource, unknown][]) {
		if (source !== 'places' && !(DATED_SOURCES as readonly string[]).includes(source)) return `"${source}": the map has no such source`;
		const problem = collectionProblem(collection) ?? (source === 'places' ? null : fitProblem(source, collection as FeatureCollection, data.timetable));
		if (problem) return `the ${source}: ${problem}`;
	}
	// A dated source left out is drawn empty, so its rows must be empty too.
	const missing = DATED_SOURCES.find((s) => !data.sources[s] && data.timetable.rows[s].length > 0);
	return missing ? `the ${missing}: there are none, where the time table has ${data.timetable.rows[missing].length}` : null;
}
