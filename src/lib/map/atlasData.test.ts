import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Timetable } from '../domain/mapData';
import { atlasProblem, collectionProblem, timetableProblem, type AtlasData } from './atlasData';

const point = (id: number): FeatureCollection['features'][number] => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Point', coordinates: [127, 39] } });
const collection = (...ids: number[]): FeatureCollection => ({ type: 'FeatureCollection', features: ids.map(point) });
const table = (events: number): Timetable => ({
	rows: { zones: [], lines: [], advances: [], fronts: [], events: Array.from({ length: events }, (_, id): [number, number, number, number] => [id, 10, 20, 1]) },
	events: Array.from({ length: events }, () => ({ category: 'c', tags: [] })),
	categories: { zones: [], lines: [], advances: [], fronts: [] }
});

describe('collectionProblem', () => {
	it.each([
		[collection(0, 1), null],
		[{ type: 'FeatureCollection', features: [] }, null],
		[{ events: [] }, 'it is not a GeoJSON FeatureCollection (its "type" is missing)'],
		[{ type: 'Feature', geometry: null, properties: {} }, 'it is not a GeoJSON FeatureCollection (its "type" is "Feature")'],
		[[], 'it is an array, not a GeoJSON FeatureCollection'],
		[null, 'it is null, not a GeoJSON FeatureCollection'],
		['x', 'it is a string, not a GeoJSON FeatureCollection'],
		[{ type: 'FeatureCollection' }, 'its "features" is not a list'],
		[{ type: 'FeatureCollection', features: [point(0), { id: 1 }] }, 'its feature 1 is not a GeoJSON Feature']
	])('%j: %s', (value, problem) => {
		expect(collectionProblem(value)).toBe(problem);
	});
});

describe('timetableProblem', () => {
	it.each([
		[table(2), null],
		[{}, 'it is not a time table (no "rows")'],
		[{ rows: { ...table(0).rows, fronts: undefined }, events: [] }, 'it has no rows for "fronts"'],
		[{ rows: { ...table(0).rows, events: [[0, 1, 2]] }, events: [] }, 'its row 0 of "events" is not [id, from, to, hold]'],
		[{ rows: { ...table(0).rows, events: [[0, 1, 2, '1']] }, events: [] }, 'its row 0 of "events" is not [id, from, to, hold]'],
		[{ rows: table(0).rows }, 'it has no "events" list'],
		[{ rows: table(0).rows, events: [] }, 'it has no "categories"'],
		[{ rows: table(0).rows, events: [], categories: { ...table(0).categories, zones: 'x' } }, 'it has no categories for "zones"']
	])('%j: %s', (value, problem) => {
		expect(timetableProblem(value)).toBe(problem);
	});
});

describe('atlasProblem', () => {
	const ok: AtlasData = { sources: { events: collection(0, 1), places: collection(0) }, timetable: table(2) };

	it('accepts sources that fit their time table, and sources left out that it leaves empty', () => {
		expect(atlasProblem(ok)).toBeNull();
		expect(atlasProblem({ sources: {}, timetable: table(0) })).toBeNull();
	});

	it.each([
		[{ ...ok, timetable: { rows: {} } }, 'the time table: it has no rows for "zones"'],
		[{ ...ok, sources: { events: collection(0) } }, 'the events: it has 1 feature where the time table has 2'],
		[{ ...ok, sources: { events: collection(1, 0) } }, 'the events: its feature 0 has the id 1 where the time table has 0'],
		[{ ...ok, sources: { events: { type: 'Feature' } } }, 'the events: it is not a GeoJSON FeatureCollection (its "type" is "Feature")'],
		[{ ...ok, sources: { places: collection(0) } }, 'the events: there are none, where the time table has 2'],
		[{ ...ok, sources: { ...ok.sources, roads: collection() } }, '"roads": the map has no such source']
	])('%#: %s', (data, problem) => {
		expect(atlasProblem(data as unknown as AtlasData)).toBe(problem);
	});
});
