import { describe, expect, it } from 'vitest';
import { toIsoDay } from '../domain/day';
import { createRowReader } from './table';
import type { ColumnMapping } from './types';

const HEADERS = ['id', 'title', 'lat', 'lon', 'start', 'end', 'description', 'category', 'tags', 'source', 'wkt'];
const MAPPING: ColumnMapping = { id: 'id', title: 'title', lat: 'lat', lon: 'lon', start: 'start', end: 'end', text: 'description', category: 'category', tags: 'tags', source: 'source', geometry: 'wkt' };

/** Reads rows given as objects (missing cells empty), numbered from row 2 as under a header. */
function read(rows: Record<string, string>[], headers = HEADERS, mapping = MAPPING) {
	const reader = createRowReader(headers, mapping);
	rows.forEach((row, i) => reader.read(headers.map((h) => row[h] ?? ''), i + 2));
	return reader.finish();
}

const good = { title: 'Waterloo', lat: '50.68', lon: '4.41', start: '1815-06-18' };

describe('createRowReader', () => {
	it('reads a good row into a record', () => {
		const row = { ...good, id: 'w1', end: '1815-06-19', description: 'A battle.', category: 'battle', tags: 'war, Belgium', source: 'https://example.org/waterloo' };
		const { records, problems, warnings } = read([row]);
		expect(problems).toEqual([]);
		expect(warnings).toEqual([]);
		expect(records).toHaveLength(1);
		const [record] = records;
		expect(record).toMatchObject({
			id: 'w1',
			row: 2,
			title: 'Waterloo',
			text: 'A battle.',
			category: 'battle',
			tags: ['#War', '#Belgium'],
			sources: [{ title: 'https://example.org/waterloo', url: 'https://example.org/waterloo' }],
			written: { start: '1815-06-18', end: '1815-06-19' },
			geometry: { type: 'Point', coordinates: [4.41, 50.68] }
		});
		expect(toIsoDay(record!.when.start.start)).toBe('1815-06-18');
		expect(record!.when.end?.text).toBe('1815-06-19');
		expect(record).not.toHaveProperty('dateNote');
	});

	it.each([
		[{ lat: 'abc' }, 'lat', 'latitude "abc" is not a number'],
		[{ lat: '' }, 'lat', 'latitude is empty'],
		[{ lat: '95' }, 'lat', 'latitude 95 is out of range (-90 to 90): it looks swapped with the longitude (4.41)'],
		[{ lat: '86' }, 'lat', 'latitude 86 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		[{ lon: 'x' }, 'lon', 'longitude "x" is not a number'],
		[{ lon: '' }, 'lon', 'longitude is empty'],
		[{ lon: '181' }, 'lon', 'longitude 181 is out of range (-180 to 180)'],
		[{ start: '' }, 'start', /missing date|empty/],
		[{ start: '18 June 1815' }, 'start', /"18 June 1815" is not a valid date/],
		[{ start: '1815', end: '1814' }, 'end', 'ends (1814) before it starts (1815)'],
		[{ start: '1815', end: 'later' }, 'end', /"later" is not a valid date/],
		[{ title: '' }, 'title', 'missing title'],
		[{ wkt: 'POINT (4.41' }, 'wkt', /^WKT "POINT \(4.41" cannot be read: /]
	])('reports %j in column %s: %s', (change, column, reason) => {
		const { records, problems } = read([{ ...good, ...change }]);
		expect(records).toEqual([]);
		expect(problems).toEqual([{ row: 2, column, reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) }]);
	});

	it('reports every problem of a row, each in its column', () => {
		const { problems } = read([{ title: '', lat: 'abc', lon: '200', start: 'soon' }]);
		expect(problems.map((p) => p.column)).toEqual(['title', 'lat', 'lon', 'start']);
		expect(problems.every((p) => p.row === 2)).toBe(true);
	});

	it('numbers rows as a spreadsheet does and uses the row number as the id when there is none', () => {
		const { records, problems } = read([good, { ...good, lat: 'x' }, good]);
		expect(records.map((r) => [r.row, r.id])).toEqual([
			[2, '2'],
			[4, '4']
		]);
		expect(problems[0]?.row).toBe(3);
	});

	it('reports a duplicate id on the later row', () => {
		const { records, problems } = read([{ ...good, id: 'a' }, { ...good, id: 'b' }, { ...good, id: 'a' }]);
		expect(records.map((r) => r.id)).toEqual(['a', 'b']);
		expect(problems).toEqual([{ row: 4, column: 'id', reason: 'duplicate id "a": row 2 has it too' }]);
	});

	it('reads BCE years as negative years, in EDTF form, keeping what was written', () => {
		const { records } = read([{ ...good, start: '-218', end: '-201' }]);
		const [record] = records;
		expect(record!.written).toEqual({ start: '-218', end: '-201' });
		expect([record!.when.start.text, record!.when.end?.text]).toEqual(['-0218', '-0201']);
		expect(toIsoDay(record!.when.start.start)).toBe('-0218-01-01');
	});

	it.each([
		['1906/1908', '1906', '1908', undefined],
		['1985/..', '1985', null, /open/],
		['1985/', '1985', null, /unknown/]
	])('reads the interval %j in one cell', (start, first, last, note) => {
		const [record] = read([{ ...good, start }]).records;
		expect(record!.when.start.text).toBe(first);
		expect(record!.when.end?.text ?? null).toBe(last);
		expect(record!.written).toEqual({ start, end: null });
		if (note) expect(record!.dateNote).toMatch(note);
		else expect(record).not.toHaveProperty('dateNote');
	});

	it('reads geometry cells: WKT point, line and polygon, and GeoJSON text', () => {
		const rows = [
			{ ...good, lat: '', lon: '', wkt: 'POINT (10.75 59.91)' },
			{ ...good, lat: '', lon: '', wkt: 'LINESTRING (10.75 59.91, 4.41 50.68)' },
			{ ...good, lat: '', lon: '', wkt: 'POLYGON ((4 50, 5 50, 5 51, 4 50))' },
			{ ...good, lat: '', lon: '', wkt: '{"type":"Point","coordinates":[10.75,59.91]}' }
		];
		const { records, problems } = read(rows);
		expect(problems).toEqual([]);
		expect(records.map((r) => r.geometry)).toEqual([
			{ type: 'Point', coordinates: [10.75, 59.91] },
			{ type: 'LineString', coordinates: [[10.75, 59.91], [4.41, 50.68]] },
			{ type: 'Polygon', coordinates: [[[4, 50], [5, 50], [5, 51], [4, 50]]] },
			{ type: 'Point', coordinates: [10.75, 59.91] }
		]);
	});

	it('takes latitude and longitude when the geometry cell is empty, the geometry when it is not', () => {
		const { records } = read([good, { ...good, wkt: 'POINT (10.75 59.91)' }]);
		expect(records.map((r) => r.geometry)).toEqual([
			{ type: 'Point', coordinates: [4.41, 50.68] },
			{ type: 'Point', coordinates: [10.75, 59.91] }
		]);
	});

	it('reads a geometry column alone', () => {
		const { records, problems } = read([{ title: 'Oslo', start: '1815', shape: '' }, { title: 'Oslo', start: '1815', shape: 'POINT (10.75 59.91)' }], ['title', 'start', 'shape'], {
			title: 'title',
			start: 'start',
			geometry: 'shape'
		});
		expect(problems).toEqual([{ row: 2, column: 'shape', reason: 'geometry is empty' }]);
		expect(records).toHaveLength(1);
	});

	it('keeps good rows whose source is not a web address, and says what it left out', () => {
		const { records, problems, warnings } = read([{ ...good, source: 'ftp://example.org/x https://example.org/y' }]);
		expect(problems).toEqual([]);
		expect(records[0]!.sources).toEqual([{ title: 'https://example.org/y', url: 'https://example.org/y' }]);
		expect(warnings).toEqual([{ row: 2, column: 'source', reason: 'source "ftp://example.org/x" is not an http or https address: left out' }]);
	});

	it('gives each record its own objects when rows share dates and tags', () => {
		const { records } = read([
			{ ...good, tags: 'war' },
			{ ...good, tags: 'war' }
		]);
		expect(records[0]!.tags).toEqual(records[1]!.tags);
		expect(records[0]!.tags).not.toBe(records[1]!.tags);
		expect(records[0]!.when).not.toBe(records[1]!.when);
		expect(records[0]!.written).not.toBe(records[1]!.written);
	});

	it('reads each pair of dates as its own, rows sharing a start or an end included', () => {
		const { records, problems } = read([
			{ ...good, start: '1815-06-18', end: '1815-06-19' },
			{ ...good, start: '1815-06-18', end: '' },
			{ ...good, start: '1815-06-18', end: '1815-06-20' },
			{ ...good, start: '1815-06-17', end: '1815-06-19' },
			{ ...good, start: '1815-06-18', end: '1815-06-19' }
		]);
		expect(problems).toEqual([]);
		expect(records.map((r) => [r.written, r.when.end?.text ?? null])).toEqual([
			[{ start: '1815-06-18', end: '1815-06-19' }, '1815-06-19'],
			[{ start: '1815-06-18', end: null }, null],
			[{ start: '1815-06-18', end: '1815-06-20' }, '1815-06-20'],
			[{ start: '1815-06-17', end: '1815-06-19' }, '1815-06-19'],
			[{ start: '1815-06-18', end: '1815-06-19' }, '1815-06-19']
		]);
	});

	it('reports a bad date or source on every row that repeats it, by its own row', () => {
		const bad = { ...good, start: '1815-02-30' };
		const { records, problems, warnings } = read([bad, { ...good, source: 'ftp://example.org/x' }, bad, { ...good, source: 'ftp://example.org/x' }]);
		expect(problems.map((p) => [p.row, p.column])).toEqual([
			[2, 'start'],
			[4, 'start']
		]);
		expect(problems[0]!.reason).toBe(problems[1]!.reason);
		expect(warnings.map((w) => w.row)).toEqual([3, 5]);
		expect(records).toHaveLength(2);
	});

	it('gives each record its own sources when rows share a source cell', () => {
		const { records } = read([
			{ ...good, source: 'https://example.org/a' },
			{ ...good, source: 'https://example.org/a' }
		]);
		expect(records[0]!.sources).toEqual(records[1]!.sources);
		expect(records[0]!.sources).not.toBe(records[1]!.sources);
		expect(records[0]!.sources[0]).not.toBe(records[1]!.sources[0]);
	});

	describe("TimelineJS's split columns", () => {
		const headers = ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day', 'Headline', 'lat', 'lon'];
		const mapping: ColumnMapping = { year: 'Year', month: 'Month', day: 'Day', endYear: 'End Year', endMonth: 'End Month', endDay: 'End Day', title: 'Headline', lat: 'lat', lon: 'lon' };
		const place = { Headline: 'Waterloo', lat: '50.68', lon: '4.41' };

		it('composes the date from Year, Month and Day', () => {
			const { records } = read([{ ...place, Year: '1815', Month: '6', Day: '18', 'End Year': '1815', 'End Month': '6', 'End Day': '19' }, { ...place, Year: '-218' }], headers, mapping);
			expect(records.map((r) => r.written)).toEqual([
				{ start: '1815-06-18', end: '1815-06-19' },
				{ start: '-0218', end: null }
			]);
			expect(records.map((r) => r.when.start.precision)).toEqual(['day', 'year']);
		});

		it.each([
			[{ Year: '1815', Month: 'June' }, 'Month', 'month "June" is not a number from 1 to 12'],
			[{ Year: '' }, 'Year', /missing date|empty/],
			[{ Year: '1815', Month: '2', Day: '30' }, 'Year', /day 30 does not exist in February 1815/],
			[{ Year: '1815', 'End Year': '1814' }, 'End Year', 'ends (1814) before it starts (1815)']
		])('reports %j in %s', (cells, column, reason) => {
			const { problems } = read([{ ...place, ...cells }], headers, mapping);
			expect(problems).toEqual([{ row: 2, column, reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) }]);
		});
	});
});
