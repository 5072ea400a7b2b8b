import { describe, expect, it } from 'vitest';
import { readGeometryCell } from './wkt';

describe('readGeometryCell', () => {
	it.each([
		['POINT (4.41 50.68)', { type: 'Point', coordinates: [4.41, 50.68] }],
		['point(4.41 50.68)', { type: 'Point', coordinates: [4.41, 50.68] }],
		['LINESTRING (4.41 50.68, 4.35 50.85)', { type: 'LineString', coordinates: [[4.41, 50.68], [4.35, 50.85]] }],
		['POLYGON ((4 50, 5 50, 5 51, 4 50))', { type: 'Polygon', coordinates: [[[4, 50], [5, 50], [5, 51], [4, 50]]] }],
		['MULTIPOLYGON (((4 50, 5 50, 5 51, 4 50)))', { type: 'MultiPolygon', coordinates: [[[[4, 50], [5, 50], [5, 51], [4, 50]]]] }],
		['MULTILINESTRING ((4 50, 5 51), (6 52, 7 53))', { type: 'MultiLineString', coordinates: [[[4, 50], [5, 51]], [[6, 52], [7, 53]]] }]
	])('reads the WKT %s', (cell, geometry) => {
		expect(readGeometryCell(cell)).toEqual(geometry);
	});

	it.each([
		['{"type":"Point","coordinates":[10.75,59.91]}', { type: 'Point', coordinates: [10.75, 59.91] }],
		['{"type":"LineString","coordinates":[[10.75,59.91],[4.41,50.68]]}', { type: 'LineString', coordinates: [[10.75, 59.91], [4.41, 50.68]] }],
		['{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[10.75,59.91]}}', { type: 'Point', coordinates: [10.75, 59.91] }]
	])('reads the GeoJSON text %s', (cell, geometry) => {
		expect(readGeometryCell(cell)).toEqual(geometry);
	});

	it.each([
		['', /^geometry is empty$/],
		['POINT (abc 50)', /^WKT "POINT \(abc 50\)" cannot be read: /],
		['CIRCLE (4 50, 3)', /^WKT "CIRCLE \(4 50, 3\)" cannot be read: /],
		['POINT EMPTY', /^WKT "POINT EMPTY" is an empty geometry: the map has nothing to draw$/],
		['POINT (4.41 95)', /latitude 95 is out of range/],
		['POINT (4.41 88)', /beyond ±85.0511°/],
		['LINESTRING (4 50)', /a line needs at least two positions/],
		['POLYGON ((4 50, 5 50, 5 51, 4 51))', /a ring must end where it starts/],
		['{"type":"Point","coordinates":[200,10]}', /longitude 200 is out of range/],
		['{"type":"Point","coordinates":', /^GeoJSON geometry "\{"type":"Point","coordinates":" cannot be read: /],
		['{"coordinates":[1,2]}', /is not a geometry: it has no "type"/]
	])('refuses %j', (cell, reason) => {
		expect(readGeometryCell(cell)).toMatch(reason);
	});
});
