import GeoJSONPackage from 'geojson/geojson.js';
import { describe, expect, it } from 'vitest';
import { rowsToFeatureCollection, type AdapterRow } from './geojsonAdapter';

// The behaviours of the npm package `geojson` 0.5.0 that the adapter guards against, pinned here so that
// an upgrade that changes one shows up as a failing test.
describe('the geojson package, called directly', () => {
	it('puts an empty latitude on null island', () => {
		const { features } = GeoJSONPackage.parse([{ name: 'Oslo', lat: '', lon: '' }], { Point: ['lat', 'lon'] });
		expect(features[0]!.geometry).toEqual({ type: 'Point', coordinates: [0, 0] });
	});

	it('turns "abc" into NaN', () => {
		const { features } = GeoJSONPackage.parse([{ name: 'Oslo', lat: 'abc', lon: '10.75' }], { Point: ['lat', 'lon'] });
		const geometry = features[0]!.geometry;
		expect(geometry.type === 'Point' && geometry.coordinates[1]).toBeNaN();
	});

	it('leaves a row without the coordinate fields with an empty geometry', () => {
		const { features } = GeoJSONPackage.parse([{ name: 'Oslo', lat: '59.91' }], { Point: ['lat', 'lon'] });
		expect(features[0]!.geometry).toEqual({});
	});

	it('rewrites its options object, so that a reused one throws', () => {
		const options = { Point: ['lat', 'lon'] as [string, string] };
		GeoJSONPackage.parse([{ lat: 59.91, lon: 10.75 }], options);
		expect(options).not.toHaveProperty('Point');
		expect(options).toHaveProperty('geom');
		expect(() => GeoJSONPackage.parse([{ lat: 59.91, lon: 10.75 }], options)).toThrow('No geometry attributes specified');
	});

	it('passes a GeoJSON geometry through with its GeoJSON option', () => {
		const line = { type: 'LineString', coordinates: [[10.75, 59.91], [4.41, 50.68]] };
		const { features } = GeoJSONPackage.parse([{ name: 'road', shape: line }], { GeoJSON: 'shape' });
		expect(features[0]).toEqual({ type: 'Feature', geometry: line, properties: { name: 'road' } });
	});
});

describe('rowsToFeatureCollection', () => {
	const line = { type: 'LineString' as const, coordinates: [[10.75, 59.91], [4.41, 50.68]] };
	const rows: AdapterRow<{ title: string }>[] = [
		{ lat: 59.91, lon: 10.75, properties: { title: 'Oslo' } },
		{ geometry: line, properties: { title: 'Road' } },
		{ lat: 0, lon: 0, properties: { title: 'Null island, on purpose' } }
	];

	it('turns points and geometries into features, in order, with their properties', () => {
		expect(rowsToFeatureCollection(rows)).toEqual({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [10.75, 59.91] }, properties: { title: 'Oslo' } },
				{ type: 'Feature', geometry: line, properties: { title: 'Road' } },
				{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { title: 'Null island, on purpose' } }
			]
		});
	});

	it('can be called again and again: each call has fresh options', () => {
		const first = rowsToFeatureCollection(rows);
		expect(rowsToFeatureCollection(rows)).toEqual(first);
		expect(rowsToFeatureCollection([])).toEqual({ type: 'FeatureCollection', features: [] });
	});

	it.each([
		['NaN (what "abc" becomes)', Number.NaN],
		['Infinity', Number.POSITIVE_INFINITY],
		['a string', '' as unknown as number]
	])('throws a clear error on a coordinate that is %s, rather than draw it anywhere', (_, lat) => {
		expect(() => rowsToFeatureCollection([rows[0]!, { lat, lon: 10.75, properties: { title: 'Bad' } }])).toThrow(
			/geojsonAdapter: row 1 has a non-finite coordinate .*check rows before converting them/
		);
	});

	it('throws on a row that has no coordinates at all', () => {
		const missing = { properties: { title: 'Nowhere' } } as unknown as AdapterRow<{ title: string }>;
		expect(() => rowsToFeatureCollection([missing])).toThrow(/geojsonAdapter: row 0 has a non-finite coordinate/);
	});

	it('refuses a property that would collide with the coordinates it hands the package', () => {
		expect(() => rowsToFeatureCollection([{ lat: 1, lon: 2, properties: { '\u0000lat': 3 } }])).toThrow(/reserved property name/);
	});
});
