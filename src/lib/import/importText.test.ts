import { describe, expect, it } from 'vitest';
import { importText } from './importText';
import type { ImportOutcome, ImportResult } from './types';

const result = (outcome: ImportOutcome): ImportResult => {
	if (outcome.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
	return outcome.result;
};

const CSV = 'title,lat,lon,date\nWaterloo,50.68,4.41,1815-06-18\nOslo,59.91,10.75,1814\n';

describe('importText: tables', () => {
	it('reads CSV', () => {
		const { format, records, problems, total, mapping } = result(importText(CSV));
		expect(format).toBe('csv');
		expect(records.map((r) => [r.row, r.title])).toEqual([
			[2, 'Waterloo'],
			[3, 'Oslo']
		]);
		expect(problems).toEqual([]);
		expect(total).toBe(2);
		expect(mapping).toEqual({ title: 'title', lat: 'lat', lon: 'lon', start: 'date' });
	});

	it('reads TSV, even with commas in its cells', () => {
		const tsv = 'title\tlat\tlon\tdate\tdescription\nWaterloo\t50.68\t4.41\t1815-06-18\tWellington, Blücher and Napoleon\n';
		const { format, records } = result(importText(tsv));
		expect(format).toBe('tsv');
		expect(records[0]!.text).toBe('Wellington, Blücher and Napoleon');
	});

	it('skips a byte order mark and reads Windows line ends', () => {
		const { records } = result(importText(`\uFEFF${CSV.replace(/\n/g, '\r\n')}`));
		expect(records.map((r) => r.title)).toEqual(['Waterloo', 'Oslo']);
	});

	it('reads quoted cells with commas, quotes and line breaks', () => {
		const { records } = result(importText('title,lat,lon,date,text\n"Ligny, then Waterloo",50.68,4.41,1815,"He said ""no"".\nThen left."\n'));
		expect(records[0]).toMatchObject({ title: 'Ligny, then Waterloo', text: 'He said "no".\nThen left.' });
	});

	it('reads Linked Places TSV', () => {
		const header = 'id\ttitle\ttitle_source\ttitle_uri\tccodes\tmatches\tvariants\ttypes\taat_types\tparent_name\tparent_id\tstart\tend\tlon\tlat\tgeowkt\tgeo_source\tgeo_id\tdescription';
		const rows = [
			'p1\tOslo\tExample gazetteer\t\tNO\t\t\t\t\t\t\t1048\t\t10.75\t59.91\t\t\t\tA town.',
			'p2\tRoad\tExample gazetteer\t\t\t\t\t\t\t\t\t-218\t-201\t\t\tLINESTRING (10.75 59.91, 4.41 50.68)\t\t\t'
		];
		const { format, records, problems } = result(importText([header, ...rows].join('\n')));
		expect(problems).toEqual([]);
		expect(format).toBe('lpf-tsv');
		expect(records.map((r) => [r.id, r.geometry.type, r.written.start])).toEqual([
			['p1', 'Point', '1048'],
			['p2', 'LineString', '-218']
		]);
		expect(records[0]!.text).toBe('A town.');
	});

	it('skips blank lines without counting them, and keeps row numbers as a spreadsheet shows them', () => {
		const { records, total } = result(importText('title,lat,lon,date\n\nWaterloo,50.68,4.41,1815\n,,,\nOslo,59.91,10.75,1814'));
		expect(records.map((r) => r.row)).toEqual([3, 5]);
		expect(total).toBe(2);
	});

	it('reports a row the CSV parser cannot split, by row', () => {
		const { records, problems } = result(importText('title,lat,lon,date\nWaterloo,50.68,4.41,1815\n"Oslo,59.91,10.75,1814\nLigny,50.5,4.5,1815'));
		expect(records.map((r) => r.title)).toEqual(['Waterloo']);
		expect(problems).toEqual([{ row: 3, column: null, reason: expect.stringMatching(/^Quoted field unterminated: a quote opens a cell and is never closed/) }]);
	});

	it('reports a row with more cells than the header has columns', () => {
		const { problems } = result(importText('title,lat,lon,date\nWaterloo, Belgium,50.68,4.41,1815\n'));
		expect(problems).toEqual([{ row: 2, column: null, reason: 'the row has 5 cells but the header has 4 columns: is there a comma inside a cell without quotes?' }]);
	});

	it('reads 100 good rows and reports 3 bad ones, each by row, column and reason', () => {
		const rows = Array.from({ length: 103 }, (_, i) => `e${i},Event ${i},${(i % 80) + 0.5},${i - 50},${1800 + i}`);
		rows[10] = 'e10,Event 10,abc,4,1810';
		rows[50] = 'e50,Event 50,50,4,';
		rows[101] = 'e101,,50,4,1901';
		const { records, problems, total } = result(importText(['id,title,lat,lon,start', ...rows].join('\n')));
		expect(records).toHaveLength(100);
		expect(total).toBe(103);
		expect(problems).toEqual([
			{ row: 12, column: 'lat', reason: 'latitude "abc" is not a number' },
			{ row: 52, column: 'start', reason: expect.stringMatching(/missing date|empty/) },
			{ row: 103, column: 'title', reason: 'missing title' }
		]);
	});

	it('reports progress, rising, at least every 2% of a large text, ending at 1', () => {
		const rows = Array.from({ length: 5000 }, (_, i) => `Event ${i},${i % 80},${i % 170},${1000 + (i % 900)}`);
		const fractions: number[] = [];
		result(importText(['title,lat,lon,date', ...rows].join('\n'), { onProgress: (f) => fractions.push(f) }));
		expect(fractions.at(-1)).toBe(1);
		const gaps = fractions.slice(1).map((f, i) => f - fractions[i]!);
		expect(gaps.every((gap) => gap > 0 && gap <= 0.02)).toBe(true);
		expect(fractions[0]).toBeLessThanOrEqual(0.02);
	});
});

describe('importText: unclear columns', () => {
	const text = 'Place,When,Where\n' + Array.from({ length: 8 }, (_, i) => ` Oslo ${i} ,181${i},"10.75, 59.91"`).join('\n');

	it('asks for the columns, with the header, the first five rows as read and the best guess', () => {
		const outcome = importText(text);
		expect(outcome).toEqual({
			kind: 'needs-mapping',
			headers: ['Place', 'When', 'Where'],
			preview: Array.from({ length: 5 }, (_, i) => [`Oslo ${i}`, `181${i}`, '10.75, 59.91']),
			guess: {},
			why: expect.stringMatching(/No columns look like coordinates.*No column looks like a date.*No column looks like a title/)
		});
	});

	it('asks when two columns could hold the latitude', () => {
		const outcome = importText('title,date,lat,latitude,lon\nOslo,1814,59.91,59.91,10.75\n');
		expect(outcome).toMatchObject({ kind: 'needs-mapping', guess: { title: 'title', start: 'date' }, why: expect.stringMatching(/latitude \("lat", "latitude"\)/) });
	});

	it("reads with the reader's choice of columns", () => {
		const { records, mapping } = result(importText('Place,When,Shape\nOslo,1814,POINT (10.75 59.91)\n', { mapping: { title: 'Place', start: 'When', geometry: 'Shape' } }));
		expect(records[0]).toMatchObject({ title: 'Oslo', geometry: { type: 'Point', coordinates: [10.75, 59.91] } });
		expect(mapping).toEqual({ title: 'Place', start: 'When', geometry: 'Shape' });
	});

	it('asks again when the choice is incomplete or names a column the file does not have', () => {
		const outcome = importText('Place,When\nOslo,1814\n', { mapping: { title: 'Place', start: 'Then', lat: 'Y', lon: 'X' } });
		expect(outcome).toMatchObject({ kind: 'needs-mapping', guess: { title: 'Place', start: 'Then' }, why: expect.stringContaining('The column "Then" chosen for start is not in the file.') });
	});
});

describe('importText: JSON', () => {
	const feature = (props: object, coordinates = [10.75, 59.91]) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates } });

	it('hands GeoJSON to the GeoJSON reader', () => {
		const text = JSON.stringify({ type: 'FeatureCollection', features: [feature({ title: 'Oslo', start: '1814' })] });
		const { format, records } = result(importText(`\uFEFF${text}`));
		expect(format).toBe('geojson');
		expect(records.map((r) => r.title)).toEqual(['Oslo']);
	});

	it('says where invalid JSON goes wrong', () => {
		const outcome = importText('{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature" }\n    { "type": "Feature" }\n  ]\n}', { name: 'places.geojson' });
		expect(outcome).toEqual({ kind: 'error', message: expect.stringMatching(/^Cannot read places\.geojson\. The JSON is not valid at line 5, column 5: expected "," or "]" after an array element/) });
	});
});

describe('importText: nothing to read', () => {
	it.each(['', '\uFEFF', '  \n  '])('says that %j is empty', (text) => {
		expect(importText(text, { name: 'empty.csv' })).toEqual({ kind: 'error', message: 'Nothing to read: empty.csv is empty.' });
	});

	it('gives a header without rows as an empty result', () => {
		expect(result(importText('title,lat,lon,date\n'))).toMatchObject({ records: [], problems: [], total: 0 });
	});
});
