import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { isShown, VIEWS, type TimeSettings } from '../domain/timeline';
import { activeIndices, columnsExtent, MAX_CATEGORIES, taggedRows, toColumns, transferables } from './columns';
import type { ImportedRecord } from './types';

const record = (id: string, start: string, end: string | null, geometry: ImportedRecord['geometry'], category = 'battle'): ImportedRecord => ({
	id,
	row: 2,
	title: `Record ${id}`,
	text: '',
	category,
	tags: [],
	sources: [],
	written: { start, end },
	when: { start: historicalDate(start), end: end === null ? null : historicalDate(end) },
	geometry
});

const waterloo = record('Waterloo', '1815-06-18', null, { type: 'Point', coordinates: [4.4125, 50.68] });
const road = record('road', '1815-06', '1815-07', { type: 'LineString', coordinates: [[4, 50], [6, 52]] }, 'march');
const field = record('field', '-0218', null, { type: 'Polygon', coordinates: [[[10, 40], [12, 40], [12, 44], [10, 44], [10, 40]]] }, '');
const again = record('Waterloo', '1815-06-19', null, { type: 'Point', coordinates: [4.4, 50.7] });

/** The area the triangles cover, in square degrees. */
function triangleArea(coords: Float32Array, triangles: Uint32Array): number {
	let sum = 0;
	for (let t = 0; t < triangles.length; t += 3) {
		const [a, b, d] = [triangles[t]!, triangles[t + 1]!, triangles[t + 2]!].map((v) => [coords[2 * v]!, coords[2 * v + 1]!] as const);
		sum += Math.abs((b![0] - a![0]) * (d![1] - a![1]) - (d![0] - a![0]) * (b![1] - a![1])) / 2;
	}
	return sum;
}

describe('toColumns', () => {
	const c = toColumns([waterloo, road, field, again]);

	it('keeps one row per record, a point where it is and a line or an area at the centre of its box (where the map goes to it)', () => {
		expect(c.length).toBe(4);
		expect([...c.positions]).toEqual([Math.fround(4.4125), Math.fround(50.68), 5, 51, 11, 42, Math.fround(4.4), Math.fround(50.7)]);
	});

	it("keeps the lines' and the areas' own positions: a path per line, an area's rings and its surface as triangles", () => {
		const { shapes } = c;
		expect([...shapes.lineRows]).toEqual([1]);
		expect([...shapes.lineStarts]).toEqual([0, 2]);
		expect([...shapes.lineCoords]).toEqual([4, 50, 6, 52]);
		expect([...shapes.polygonRows]).toEqual([2]);
		expect([...shapes.polygonStarts]).toEqual([0, 5]);
		expect([...shapes.ringRows]).toEqual([2]);
		expect([...shapes.ringStarts]).toEqual([0, 5]);
		expect(shapes.triangles.length).toBe(6);
		expect(triangleArea(shapes.polygonCoords, shapes.triangles)).toBeCloseTo(8);
	});

	it('cuts holes out of an area, and keeps each part of a multi-line or multi-area of the same row', () => {
		const ring = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
		const holed = record('holed', '1815', null, { type: 'MultiPolygon', coordinates: [[ring(0, 0, 10, 10), ring(2, 2, 4, 4)], [ring(20, 0, 21, 1)]] });
		const roads = record('roads', '1815', null, { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3], [4, 4]]] });
		const { shapes } = toColumns([waterloo, holed, roads]);
		expect([...shapes.polygonRows]).toEqual([1, 1]);
		expect([...shapes.polygonStarts]).toEqual([0, 10, 15]);
		expect([...shapes.ringRows]).toEqual([1, 1, 1]);
		expect([...shapes.ringStarts]).toEqual([0, 5, 10, 15]);
		expect(triangleArea(shapes.polygonCoords, shapes.triangles)).toBeCloseTo(100 - 4 + 1);
		expect([...shapes.lineRows]).toEqual([2, 2]);
		expect([...shapes.lineStarts]).toEqual([0, 2, 5]);
	});

	it('cuts an area into triangles as the map draws it, in Web Mercator, and keeps shapes within its latitudes', () => {
		// A concave area across 58 degrees of latitude: cut in degrees, its triangles overlap once projected.
		const ring = [[19.47, 42], [20.08, 63.09], [0, 75.58], [-13.12, 55.78], [-19.25, 42], [-4.68, 37.09], [0, 28.74], [23.45, 17.38], [19.47, 42]];
		const toPole = record('pole', '1815', null, { type: 'LineString', coordinates: [[0, 80], [0, 90]] });
		const { shapes } = toColumns([record('wide', '1815', null, { type: 'Polygon', coordinates: [ring] }), toPole]);
		const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const projected = Float32Array.from([...shapes.polygonCoords].map((v, i) => (i % 2 ? y(v) : v)));
		let outline = 0;
		for (let k = 0; k < ring.length - 1; k++) outline += (ring[k]![0]! * y(ring[k + 1]![1]!) - ring[k + 1]![0]! * y(ring[k]![1]!)) / 2;
		expect(triangleArea(projected, shapes.triangles)).toBeCloseTo(Math.abs(outline), 4);
		expect(shapes.lineCoords[3]).toBeCloseTo(85.0511, 4);
	});

	it('dates each row as the domain does: whole days, the end exclusive, BCE exact', () => {
		expect(c.from[0]).toBe(historicalDate('1815-06-18').start);
		expect(c.to[0]).toBe(historicalDate('1815-06-18').start + 1);
		expect([c.from[1], c.to[1]]).toEqual([historicalDate('1815-06').start, historicalDate('1815-07').end]);
		expect([c.from[2], c.to[2]]).toEqual([historicalDate('-0218').start, historicalDate('-0218').end]);
		expect(Number.isInteger(c.from[2])).toBe(true);
	});

	it('numbers the categories in order of first use, and gives each row a unique key as toAtlas would', () => {
		expect(c.categories).toEqual(['battle', 'march', '']);
		expect([...c.category]).toEqual([0, 1, 2, 0]);
		expect(c.keys).toEqual(['waterloo', 'road', 'field', 'waterloo-2']);
		expect(c.titles[3]).toBe('Record Waterloo');
	});

	it("keeps each row's hashtags, each named once", () => {
		const tagged = toColumns([{ ...waterloo, tags: ['#Hundred-Days', '#Battle'] }, road, { ...field, tags: ['#Battle'] }]);
		expect(tagged.tags).toEqual(['#Hundred-Days', '#Battle']);
		expect([...tagged.tagStarts]).toEqual([0, 2, 2, 3]);
		expect([...tagged.tagIds]).toEqual([0, 1, 1]);
	});

	it('says which rows carry a hashtag, as the domain filters an event; every row when none is chosen', () => {
		const tagged = toColumns([{ ...waterloo, tags: ['#Hundred-Days', '#Battle'] }, road, { ...field, tags: ['#Battle'] }]);
		expect(taggedRows(tagged, '#Battle')).toEqual(new Uint8Array([1, 0, 1]));
		expect(taggedRows(tagged, '#Hundred-Days')).toEqual(new Uint8Array([1, 0, 0]));
		expect(taggedRows(tagged, '#battle')).toEqual(new Uint8Array([0, 0, 0]));
		expect(taggedRows(tagged, '')).toBeNull();
	});

	it('hands over only typed arrays, the shapes included', () => {
		expect(transferables(c).every((b) => b instanceof ArrayBuffer)).toBe(true);
		expect(transferables(c)).toContain(c.shapes.triangles.buffer);
	});

	it('refuses more categories than the GPU filter can hold, saying how many', () => {
		const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => ({ ...waterloo, id: String(i), category: `c${i}` }));
		expect(() => toColumns(many)).toThrow(/129 categories; a layer this large can show at most 128/);
	});

	it('covers the days and the box of its rows, lines and areas whole', () => {
		expect(columnsExtent(c)).toEqual({ from: historicalDate('-0218').start, to: historicalDate('1815-07').end, bbox: [4, 40, 12, 52] });
		expect(columnsExtent(toColumns([]))).toBeNull();
	});
});

describe('activeIndices', () => {
	const c = toColumns([waterloo, road, again]);
	const day = historicalDate('1815-06-19').start;

	it('lists the rows the domain shows on a day, in every view', () => {
		for (const view of VIEWS) {
			const time: TimeSettings = { date: day, view, windowDays: 1 };
			const expected = [0, 1, 2].filter((i) => isShown({ from: c.from[i]!, to: c.to[i]!, hold: true }, time));
			expect([...activeIndices(c, time)], view).toEqual(expected);
		}
		expect([...activeIndices(c, { date: day, view: 'date', windowDays: 1 })]).toEqual([1, 2]);
	});

	it('leaves out the rows of categories the filters hide', () => {
		expect([...activeIndices(c, { date: day, view: 'history', windowDays: 7 }, (cat) => cat === 'march')]).toEqual([1]);
	});
});
