import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from './geojsonInput';
import { CSV_COLUMNS, toCsvText, toGeoJsonText } from './export';
import { importText } from './importText';
import type { ImportedRecord } from './types';

const source = { title: 'An account', url: 'https://example.org/account' };
const ring = [[4, 50], [5, 50], [5, 51], [4, 51], [4, 50]];
const file = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'ligny',
			properties: { title: 'Ligny, "the last victory"', start: '1815-06-16', summary: 'A battle.', category: 'battle', tags: ['#Ligny', '#HundredDays'], sources: [source] },
			geometry: { type: 'Point', coordinates: [4.57, 50.52] }
		},
		{ type: 'Feature', properties: { name: 'A road', 'start_date:edtf': '1815~', end_date: '1816' }, geometry: { type: 'LineString', coordinates: [[4, 50], [5, 51]] } },
		{ type: 'Feature', properties: { name: 'A province', start: '1815-06/..', dateNote: 'Sources differ.' }, geometry: { type: 'Polygon', coordinates: [ring] } },
		{
			type: 'Feature',
			'@id': 'http://example.org/p/1',
			properties: { title: 'A town' },
			when: { timespans: [{ start: { in: '1700' } }, { start: { in: '1600' }, end: { in: '1650' } }] },
			geometry: { type: 'Point', coordinates: [4, 50] }
		}
	]
};
const { records } = readGeoJson(file, 'campaign.geojson');

describe('toGeoJsonText', () => {
	const text = toGeoJsonText(records, 'campaign');
	const exported = JSON.parse(text);

	it('writes the dates as the file wrote them, and each field under the name the reader reads', () => {
		expect(records).toHaveLength(4);
		expect(exported.name).toBe('campaign');
		expect(exported.features[0]).toEqual({
			type: 'Feature',
			id: 'ligny',
			properties: { id: 'ligny', title: 'Ligny, "the last victory"', description: 'A battle.', category: 'battle', tags: ['#Ligny', '#HundredDays'], sources: [source], start: '1815-06-16' },
			geometry: { type: 'Point', coordinates: [4.57, 50.52] }
		});
		expect(exported.features[1].properties).toEqual({ id: '2', title: 'A road', start: '1815~', end: '1816' });
		expect(exported.features[2].properties.start).toBe('1815-06/..');
	});

	it('reads back as the same records', () => {
		const again = readGeoJson(exported, 'campaign.geojson');
		expect(again.problems).toEqual([]);
		expect(again.records).toEqual(records);
	});
});

describe('toCsvText', () => {
	const text = toCsvText(records);
	const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;

	it('writes the columns the table reader understands, a point as lat/lon and a shape as WKT', () => {
		expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
		expect(rows[0]).toEqual({
			id: 'ligny', title: 'Ligny, "the last victory"', description: 'A battle.', category: 'battle', tags: '#Ligny #HundredDays',
			start: '1815-06-16', end: '', lat: '50.52', lon: '4.57', wkt: '', source: 'https://example.org/account'
		});
		expect(rows[1]).toMatchObject({ start: '1815~', end: '1816', lat: '', lon: '', wkt: 'LINESTRING (4 50,5 51)' });
		expect(rows[2]!.wkt).toBe('POLYGON ((4 50,5 50,5 51,4 51,4 50))');
		expect(rows[3]).toMatchObject({ id: 'http://example.org/p/1', start: '1600', end: '1700' });
	});
});

describe('export, then import through the explorer own reader', () => {
	/** The records of a text, failing the test when it does not read cleanly. */
	const read = (text: string, name: string): ImportedRecord[] => {
		const outcome = importText(text, { name });
		if (outcome.kind !== 'result') throw new Error(`${name} did not read: ${JSON.stringify(outcome)}`);
		expect(outcome.result.problems).toEqual([]);
		return outcome.result.records;
	};
	/** A record without its row number, which a table counts from its header and GeoJSON from 1. */
	const unnumbered = ({ row: _row, ...rest }: ImportedRecord) => rest;
	const csv = read(readFileSync('static/samples/sample-events.csv', 'utf8'), 'sample-events.csv');
	const ohm = read(readFileSync('static/samples/sample-ohm.geojson', 'utf8'), 'sample-ohm.geojson');

	it('gives the same records from CSV exported as CSV', () => {
		expect(csv).toHaveLength(12);
		expect(read(toCsvText(csv), 'again.csv')).toEqual(csv);
	});

	it('gives the same records from CSV exported as GeoJSON', () => {
		expect(read(toGeoJsonText(csv, 'sample'), 'again.geojson').map(unnumbered)).toEqual(csv.map(unnumbered));
	});

	it('gives the same lines, polygons and points from GeoJSON exported as CSV with WKT', () => {
		expect(ohm.map((r) => r.geometry.type)).toEqual(['Polygon', 'LineString', 'Point']);
		expect(read(toCsvText(ohm), 'again.csv').map(unnumbered)).toEqual(ohm.map(unnumbered));
	});
});
