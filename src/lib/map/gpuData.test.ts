import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { toColumns } from '../import/columns';
import type { ImportedRecord } from '../import/types';
import { binary, categoryColors, categoryMask, rgba, rowValues, shapeBinaries, shapeData, SURFACE_ALPHA } from './gpuData';

const row = (id: string, category: string, start: string, tags: string[] = []): ImportedRecord => ({
	id, row: 2, title: id, text: '', category, tags, sources: [], written: { start, end: null },
	when: { start: historicalDate(start), end: null }, geometry: { type: 'Point', coordinates: [10.75, 59.91] }
});
const columns = toColumns([row('a', 'treaty', '1814-05-17', ['#Union']), row('b', '', '1905-06-07', ['#Union']), row('c', 'war', '1940-04-09')]);

describe('the binary data of a large layer', () => {
	it('holds [from, to, category] per row beside the positions, made once', () => {
		const b = binary(columns);
		expect(b.length).toBe(3);
		expect(b.attributes.getPosition.value).toBe(columns.positions);
		const d = historicalDate('1905-06-07').start;
		expect([...b.attributes.getFilterValue.value.slice(3, 6)]).toEqual([d, d + 1, 1]);
		expect(binary(columns)).toBe(b);
	});

	it('gives a row without the hashtag chosen the category -1, made once per hashtag', () => {
		const categories = (b: ReturnType<typeof binary>) => [0, 1, 2].map((i) => b.attributes.getFilterValue.value[3 * i + 2]);
		const union = binary(columns, '#Union');
		expect(categories(union)).toEqual([0, 1, -1]);
		expect(binary(columns, '#Union')).toBe(union);
		expect(categories(binary(columns, '#Nowhere'))).toEqual([-1, -1, -1]);
		expect(categories(binary(columns))).toEqual([0, 1, 2]);
		expect(binary(columns).attributes.getPosition.value).toBe(columns.positions);
	});

	it("carries each row's own colour when the layer has them, and none when it does not", () => {
		expect(binary(columns).attributes.getFillColor).toBeUndefined();
		const colors = categoryColors(columns, new Map([['treaty', '#117a65']]), '#5c5c5c');
		expect(Array.from(colors)).toEqual([0x11, 0x7a, 0x65, 242, 0x5c, 0x5c, 0x5c, 242, 0x5c, 0x5c, 0x5c, 242]);
		const other = toColumns([row('d', 'war', '1940-04-09')]);
		expect(binary(other, '', colors).attributes.getFillColor).toEqual({ value: colors, size: 4, normalized: true });
		expect(binary(other, '', colors)).toBe(binary(other, '', colors));
		expect(binary(other).attributes.getFillColor).toBeUndefined();
	});

	it('gives the same colour array for the same colour', () => {
		expect(rgba('#d6336c', 242)).toEqual([214, 51, 108, 242]);
		expect(rgba('#d6336c', 242)).toBe(rgba('#d6336c', 242));
	});

	it('masks the categories the filters hide; a row without one goes by the layer name', () => {
		const layer = { name: 'Norway', columns };
		expect(categoryMask(layer, { categories: [], tag: '' })).toEqual([0b111, 0, 0, 0]);
		expect(categoryMask(layer, { categories: ['war', 'Norway'], tag: '' })).toEqual([0b110, 0, 0, 0]);
		const many = toColumns(Array.from({ length: 40 }, (_, i) => row(String(i), `c${i}`, '1814-05-17')));
		expect(categoryMask({ name: 'x', columns: many }, { categories: ['c33', 'c31'], tag: '' })).toEqual([2 ** 31, 2, 0, 0]);
	});

	it("draws a line's or an area's row as its shape, not as a dot; the shapes' filter values stay", () => {
		const road = { ...row('road', 'march', '1814-05-17'), geometry: { type: 'LineString' as const, coordinates: [[10, 59], [11, 60], [12, 59]] } };
		const field = { ...row('field', 'war', '1940-04-09'), geometry: { type: 'Polygon' as const, coordinates: [[[10, 59], [11, 59], [11, 60], [10, 59]]] } };
		const mixed = toColumns([row('a', 'treaty', '1814-05-17'), road, field]);
		const dots = binary(mixed).attributes.getFilterValue.value;
		expect([2, 5, 8].map((k) => dots[k])).toEqual([0, -1, -1]);
		expect([2, 5, 8].map((k) => rowValues(mixed)[k])).toEqual([0, 1, 2]);
		const shapes = shapeData(mixed)!;
		expect(shapes.surfaces.length).toBe(1);
		expect(shapes.surfaces.triangles).toBe(mixed.shapes.triangles);
		expect([...shapes.surfaceRows]).toEqual([2]);
		expect([...shapes.surfaceVertexRows]).toEqual([2, 2, 2, 2]);
		// The line's two segments, then the triangle ring's three, two vertices each.
		expect([...shapes.segments.subarray(0, 8)]).toEqual([10, 59, 11, 60, 11, 60, 12, 59]);
		expect([...shapes.segmentRows]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
		const colored = shapeBinaries(mixed, '', categoryColors(mixed, new Map([['war', '#117a65']]), '#5c5c5c'))!;
		expect(colored.lines.length).toBe(10);
		expect([...colored.lines.attributes.getFilterValue.value.subarray(0, 3)]).toEqual([...rowValues(mixed).subarray(3, 6)]);
		expect([...colored.lines.attributes.getColor!.value.subarray(-4)]).toEqual([0x11, 0x7a, 0x65, 242]);
		// Each of the area's vertices carries its row's values, and its colour as a surface's.
		expect(colored.areas.attributes.indices).toBe(mixed.shapes.triangles);
		expect([...colored.areas.attributes.getFilterValue.value.subarray(9, 12)]).toEqual([...rowValues(mixed).subarray(6, 9)]);
		expect([...colored.areas.attributes.getFillColor!.value.subarray(-4)]).toEqual([0x11, 0x7a, 0x65, SURFACE_ALPHA]);
		expect(shapeBinaries(mixed, '', categoryColors(mixed, new Map(), '#5c5c5c'))).not.toBe(colored);
		const union = shapeBinaries(mixed, '#Union')!;
		expect(union.lines.attributes.getFilterValue.value[2]).toBe(-1);
		expect(union.areas.attributes.getFilterValue.value[2]).toBe(-1);
		expect(union.lines.attributes.getColor).toBeUndefined();
		expect(shapeBinaries(mixed, '#Union')).toBe(union);
		expect(shapeBinaries(columns)).toBeNull();
		expect(shapeData(mixed)).toBe(shapes);
		expect(shapeData(columns)).toBeNull();
	});
});
