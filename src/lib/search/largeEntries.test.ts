import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { buildIndex, prepareIndex, search, type SearchEntry } from '../domain/search';
import { toColumns } from '../import/columns';
import { compileRecords } from '../import/compileLayer';
import type { UserLayer } from '../import/layers';
import type { ImportedRecord } from '../import/types';
import { addLargeEntries } from './largeEntries';
import { largeId } from './types';

const record = (id: string, title: string, start: string, end: string | null, geometry: ImportedRecord['geometry'], more: Partial<ImportedRecord> = {}): ImportedRecord => ({
	id,
	row: 2,
	title,
	text: '',
	category: 'battle',
	tags: [],
	sources: [],
	written: { start, end },
	when: { start: historicalDate(start), end: end === null ? null : historicalDate(end) },
	geometry,
	...more
});

// Points that a Float32Array holds exactly, so that the drawn point is the file's.
const RECORDS = [
	record('Ligny', 'Battle of Ligny', '1815-06-16', null, { type: 'Point', coordinates: [4.5, 50.5] }, { text: 'Blücher is beaten.', tags: ['#Hundred-Days'] }),
	record('Waterloo', 'Battle of Waterloo', '1815-06-18', null, { type: 'Point', coordinates: [4.25, 50.75] }, { text: 'The last battle.' }),
	record('Waterloo', 'Waterloo again', '1815-06~', '1815-07-02', { type: 'Point', coordinates: [4.375, 50.625] }, { dateNote: 'Its end is unknown.' }),
	record('march', 'March on Brussels', '1815-06-15', '1815-06-17', { type: 'LineString', coordinates: [[4, 50], [5, 51]] })
];
const LAYER = { id: 'my-data-1', name: 'Campaign', large: { key: 'large-1', chunks: 1 } };

/** The entries of the records, in chunks of `size` records, as the search worker makes them. */
function entries(records: readonly ImportedRecord[], size = records.length): SearchEntry[] {
	const columns = toColumns(records);
	const into: SearchEntry[] = [];
	for (let first = 0; first < records.length; first += size) addLargeEntries(into, LAYER.id, columns, records.slice(first, first + size), first);
	return into;
}

describe('addLargeEntries', () => {
	it("makes each point's entry as a small layer's event gets it: the same id, label, date in words, place and words", () => {
		const points = RECORDS.slice(0, 3);
		// The compiled atlas orders its events by date; the rows stay in the file's order.
		const small = buildIndex(compileRecords({ id: LAYER.id, name: LAYER.name, records: points } as UserLayer)).sort((a, b) => a.id.localeCompare(b.id));
		expect(small.map((e) => e.id)).toEqual(['my-data-1-ligny', 'my-data-1-waterloo', 'my-data-1-waterloo-2']);
		expect(entries(points)).toEqual(small);
	});

	it('gives a line the event its panel opens as: dated, at the middle of its box, by the key the columns give it', () => {
		const [, , , march] = entries(RECORDS);
		expect(march).toEqual({
			kind: 'event',
			id: 'my-data-1-march',
			label: 'March on Brussels',
			detail: '15–17 June 1815',
			from: historicalDate('1815-06-15').start,
			at: [4.5, 50.5],
			haystack: 'march on brussels ',
			names: []
		});
	});

	it('reads the rows chunk by chunk, each taking the key and point of its own row', () => {
		expect(entries(RECORDS, 1)).toEqual(entries(RECORDS));
		expect(entries(RECORDS, 3).map((e) => e.id)).toEqual(['my-data-1-ligny', 'my-data-1-waterloo', 'my-data-1-waterloo-2', 'my-data-1-march']);
	});

	it('finds a row by a word of its title, of its text (without diacritics) and by its hashtag', () => {
		const index = prepareIndex(entries(RECORDS));
		const found = (query: string) => search([index], query).map((r) => r.entry.id);
		expect(found('ligny')).toEqual(['my-data-1-ligny']);
		expect(found('blucher')).toEqual(['my-data-1-ligny']);
		expect(found('#hundred-days')).toEqual(['my-data-1-ligny']);
		expect(found('waterloo')).toEqual(['my-data-1-waterloo-2', 'my-data-1-waterloo']);
	});

	it('says which row and layer it is when the records outnumber the columns', () => {
		const columns = toColumns(RECORDS.slice(0, 2));
		expect(() => addLargeEntries([], LAYER.id, columns, RECORDS.slice(0, 3), 0)).toThrow('Row 3 of the layer my-data-1 has no key: its records and columns disagree');
	});

	it('tells layers apart by their id and where their rows are kept', () => {
		expect(largeId(LAYER)).toBe('my-data-1 large-1');
		expect(largeId({ ...LAYER, large: { key: 'large-2', chunks: 1 } })).not.toBe(largeId(LAYER));
	});
});
