import { describe, expect, it } from 'vitest';
import { spanDaysInWords } from '../domain/change';
import { compileAtlas } from '../domain/compile';
import { readAtlas } from '../server/atlas';
import { eventColumns, MAX_CATEGORIES, type LayerColumns } from './columns';
import { decodeColumns, encodeColumns } from './columnsFile';

const { atlas } = readAtlas('tests/fixtures/punic-war');
const events = compileAtlas(atlas).features.filter((f) => f.kind === 'event');
const columns = eventColumns(events);

describe("eventColumns: a built atlas's events as columns", () => {
	it('keeps each event as one row, keyed by its own id, at its point and on its days', () => {
		expect(columns.length).toBe(atlas.events.length);
		expect(columns.keys).toEqual(events.map((e) => e.id));
		const cannae = columns.keys.indexOf('battle-of-cannae');
		const event = events[cannae]!;
		expect([columns.positions[2 * cannae], columns.positions[2 * cannae + 1]]).toEqual(event.at!.map(Math.fround));
		expect([columns.from[cannae], columns.to[cannae]]).toEqual([event.from, event.to]);
		expect(columns.titles[cannae]).toBe('Battle of Cannae');
		expect(columns.categories[columns.category[cannae]!]).toBe('battle');
		expect(columns.tags.length).toBeGreaterThan(0);
	});

	it('keeps the words of every date that says more than its days, and only those', () => {
		const cannae = columns.keys.indexOf('battle-of-cannae');
		expect(columns.words![cannae]).toBe('about 2 August 216 BCE');
		events.forEach((e, i) => expect(columns.words![i] ?? spanDaysInWords(e.from!, e.to!)).toBe(e.when));
		const exact = { ...events[cannae]!, when: spanDaysInWords(events[cannae]!.from!, events[cannae]!.to!) };
		expect(eventColumns([exact]).words).toEqual({});
	});

	it('refuses more categories than the GPU filter holds', () => {
		const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => ({ ...events[0]!, id: `e${i}`, category: `c${i}` }));
		expect(() => eventColumns(many)).toThrow("This atlas's 129 events have 129 categories; a layer this large can show at most 128.");
	});
});

describe('the columns as two files', () => {
	const { bytes, texts } = encodeColumns(columns);
	/** The file's bytes in a buffer of their own, as fetch's arrayBuffer() gives them. */
	const buffer = () => bytes.slice().buffer;

	it('reads back what it wrote, its arrays views of the file', () => {
		const read = decodeColumns(buffer(), JSON.parse(JSON.stringify(texts)), '/atlas/large/');
		for (const name of ['positions', 'from', 'to', 'tagStarts', 'tagIds', 'category'] as const) {
			expect(Array.from(read[name]), name).toEqual(Array.from(columns[name]));
		}
		for (const name of ['length', 'categories', 'tags', 'titles', 'keys'] as const) expect(read[name], name).toEqual(columns[name]);
		expect(read.words).toEqual(Object.fromEntries(Object.entries(columns.words!).map(([k, v]) => [String(k), v])));
		expect(read.positions.buffer.byteLength).toBe(bytes.byteLength);
	});

	it('refuses to write lines or areas, which a built atlas does not have', () => {
		const line = { ...columns, shapes: { ...columns.shapes, lineRows: new Uint32Array([0]) } };
		expect(() => encodeColumns(line)).toThrow(/Only columns of points are written/);
		expect(decodeColumns(buffer(), texts, 'x').shapes.lineRows.length).toBe(0);
	});

	it('writes an empty atlas as an empty file', () => {
		const empty = encodeColumns(eventColumns([]));
		expect(empty.bytes.byteLength).toBe(4);
		expect(decodeColumns(empty.bytes.slice().buffer, empty.texts, 'x').length).toBe(0);
	});

	it('says where and what does not fit', () => {
		const where = '/atlas/large/';
		expect(() => decodeColumns(buffer(), null, where)).toThrow('/atlas/large/: the texts are not an object');
		expect(() => decodeColumns(buffer(), { ...texts, length: -1 }, where)).toThrow('"length" is not a count of rows');
		expect(() => decodeColumns(buffer(), { ...texts, titles: texts.titles.slice(1) }, where)).toThrow(`"titles" is not a list of ${texts.length} texts`);
		expect(() => decodeColumns(buffer(), { ...texts, words: { 1: 2 } }, where)).toThrow('"words" is not a set of texts by row');
		expect(() => decodeColumns(bytes.slice(0, -1).buffer, texts, where)).toThrow(`holds ${bytes.byteLength - 1} bytes where ${texts.length} rows need ${bytes.byteLength}`);
		expect(() => decodeColumns(buffer(), { ...texts, categories: ['battle'] }, where)).toThrow("a row's category is not one of the 1 listed");
		expect(() => decodeColumns(buffer(), { ...texts, tags: [] }, where)).toThrow("a row's hashtag is not one of the 0 listed");
	});

	it("finds rows whose hashtags do not end where the count of hashtags says", () => {
		const n = columns.length;
		const short: LayerColumns = { ...columns, tagStarts: Uint32Array.from(columns.tagStarts, (s, i) => (i === n ? s - 1 : s)) };
		const file = encodeColumns(short);
		expect(() => decodeColumns(file.bytes.slice().buffer, file.texts, 'x')).toThrow(`x: the rows' hashtags end at ${columns.tagIds.length - 1}, not at ${columns.tagIds.length}`);
	});
});
