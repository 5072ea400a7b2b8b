/**
 * The built atlas's map data by value (its GeoJSON files and time table, from the browser's cache
 * once the map has loaded them), so that a reader's layers can be drawn after it in the same sources;
 * and a large atlas's events, which are drawn from their columns instead.
 */
import type { FeatureCollection, Point } from 'geojson';
import { DATED_SOURCES, type PartProps } from '../domain/feature';
import type { AtlasSources, Timetable } from '../domain/mapData';
import type { LayerColumns } from '../import/columns';
import { decodeColumns } from '../import/columnsFile';
import { atlasProblem } from './atlasData';

/** The built atlas as the map draws it: every dated source, the place labels and the time table. */
export interface BuiltAtlas {
	sources: AtlasSources;
	places: FeatureCollection<Point, PartProps>;
	timetable: Timetable;
}

/** Fetches one of the atlas's files (`name` under /atlas/) as JSON, or as bytes; rejects with a sentence naming it. */
async function fetched(basePath: string, page: string, name: string, as: 'json'): Promise<unknown>;
async function fetched(basePath: string, page: string, name: string, as: 'bytes'): Promise<ArrayBuffer>;
async function fetched(basePath: string, page: string, name: string, as: 'json' | 'bytes'): Promise<unknown> {
	const url = new URL(`${basePath}/atlas/${name}`, page);
	const response = await fetch(url.href);
	if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status})`);
	if (as === 'bytes') return response.arrayBuffer();
	return response.json().catch((e: Error) => {
		throw new Error(`${url.pathname} is not JSON (${e.message})`);
	});
}

/** Fetches the built atlas's map data; rejects with a sentence naming the file at fault. */
export async function builtAtlas(basePath: string, page: string): Promise<BuiltAtlas> {
	const get = (name: string): Promise<unknown> => fetched(basePath, page, name, 'json');
	const [timetable, places, ...dated] = await Promise.all([get('timetable.json'), get('places.geojson'), ...DATED_SOURCES.map((s) => get(`${s}.geojson`))]);
	const sources = Object.fromEntries(DATED_SOURCES.map((s, i) => [s, dated[i]])) as AtlasSources;
	const problem = atlasProblem({ sources: { ...sources, places: places as FeatureCollection }, timetable: timetable as Timetable });
	if (problem) throw new Error(`The atlas's map data cannot be drawn: ${problem}`);
	return { sources, places: places as BuiltAtlas['places'], timetable: timetable as Timetable };
}

/** Fetches a large atlas's events as columns (/atlas/large/); rejects with a sentence naming what is at fault. */
export async function builtColumns(basePath: string, page: string): Promise<LayerColumns> {
	const [bytes, texts] = await Promise.all([fetched(basePath, page, 'large/columns.bin', 'bytes'), fetched(basePath, page, 'large/texts.json', 'json')]);
	return decodeColumns(bytes, texts, `${basePath}/atlas/large/`);
}
