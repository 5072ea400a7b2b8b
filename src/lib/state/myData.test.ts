import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import type { UserLayer } from '../import/layers';
import type { LayerStore } from '../import/store';
import type { ImportedRecord } from '../import/types';
import { toColumns } from '../import/columns';
import { MyData } from './myData.svelte';
import { rowIds } from '../import/columns';
import { largePeriod, largeRow, largeRows, largeStart, readerLarge, searchLayers } from './largeLayers';
import { joinRows } from '../domain/onDate';
import { NO_FILTERS } from '../domain/filters';

const record = (id: string, start: string, lon: number, lat: number, category = 'voyage'): ImportedRecord => ({
	id,
	row: Number(id) + 1,
	title: `Stop ${id}`,
	text: `The ship called at stop ${id}.`,
	category,
	tags: ['#Voyage'],
	sources: [{ title: 'https://example.org/log', url: 'https://example.org/log' }],
	written: { start, end: null },
	when: { start: historicalDate(start), end: null },
	geometry: { type: 'Point', coordinates: [lon, lat] }
});

const layer = (id: string, records: ImportedRecord[], created = 1): UserLayer => ({
	id, name: `Voyage ${id}`, color: '#0b7285', visible: true, format: 'csv', file: `${id}.csv`, records, problems: [], created
});

/** A store in memory, or one that refuses everything as a full quota would. */
function memoryStore(refuse = false): LayerStore & { kept: Map<string, UserLayer> } {
	const kept = new Map<string, UserLayer>();
	const no = () => Promise.reject(new Error("This browser's storage for the explorer is full, so the layer is kept for this session only."));
	return {
		kept,
		all: async () => (refuse ? no() : [...kept.values()]),
		put: async (l) => (refuse ? no() : void kept.set(l.id, l)),
		update: async (l) => (refuse ? no() : void kept.set(l.id, { ...l, records: kept.get(l.id)?.records ?? [] })),
		remove: async (id) => (refuse ? no() : void kept.delete(id)),
		persist: async () => true
	};
}

const cook = [record('1', '1768-08-26', -4.14, 50.37), record('2', '1769-04-13', -149.57, -17.53, 'landing'), record('3', '1770-04-29', 151.2, -34)];

describe('MyData', () => {
	it("adds a layer's events to the list, the panels, the search, the map and the period", async () => {
		const store = memoryStore();
		const mine = new MyData(store);
		await mine.add(layer('my-data-1', cook));
		await mine.saved;
		const { items, details, index, map, period, categories, legend } = mine.added;
		expect(items.map((i) => i.label)).toEqual(['Stop 1', 'Stop 2', 'Stop 3']);
		expect(Object.keys(details)).toHaveLength(3);
		expect(Object.values(details)[0]?.kindLine).toMatch(/^Voyage my-data-1 · /);
		expect(index.map((e) => e.label)).toContain('Stop 2');
		expect(map.sources.events.features).toHaveLength(3);
		expect(map.sources.events.features.every((f) => f.properties['color'] === '#0b7285')).toBe(true);
		expect(period?.from).toBe(historicalDate('1768-08').start);
		expect(categories.map((c) => c.id)).toEqual(['voyage', 'landing']);
		expect(legend).toEqual([{ symbol: 'event', color: '#0b7285', label: 'Voyage my-data-1 (your data)' }]);
		expect(store.kept.has('my-data-1')).toBe(true);
	});

	it('hides, recolours and renames a layer without losing it, and keeps each change', async () => {
		const store = memoryStore();
		const mine = new MyData(store);
		await mine.add(layer('my-data-1', cook));
		await mine.saved;
		await mine.update('my-data-1', { visible: false });
		expect(mine.added.items).toEqual([]);
		await mine.update('my-data-1', { visible: true, color: '#e8590c', name: 'Cook' });
		expect(mine.added.map.sources.events.features[0]?.properties['color']).toBe('#e8590c');
		expect(Object.values(mine.added.details)[0]?.kindLine).toMatch(/^Cook · /);
		expect(store.kept.get('my-data-1')?.name).toBe('Cook');
	});

	it('removes a layer, and brings it back on undo', async () => {
		const store = memoryStore();
		const mine = new MyData(store);
		await mine.add(layer('my-data-1', cook, 1));
		await mine.add(layer('my-data-2', [record('9', '1779-02-14', -155.93, 19.47)], 2));
		await mine.saved;
		await mine.remove('my-data-1');
		expect(mine.layers.map((l) => l.id)).toEqual(['my-data-2']);
		expect(store.kept.has('my-data-1')).toBe(false);
		await mine.undo();
		expect(mine.layers.map((l) => l.id)).toEqual(['my-data-1', 'my-data-2']);
		expect(store.kept.has('my-data-1')).toBe(true);
		expect(mine.removed).toBeNull();
	});

	it('keeps a layer for the session when the browser will not store it, and says why', async () => {
		const mine = new MyData(memoryStore(true));
		await mine.add(layer('my-data-1', cook));
		await mine.saved;
		expect(mine.layers).toHaveLength(1);
		expect(mine.added.items).toHaveLength(3);
		expect(mine.storage).toMatch(/kept for this session only/);
		await mine.load();
		expect(mine.layers).toHaveLength(1);
	});

	it('reads back the layers kept in the browser', async () => {
		const store = memoryStore();
		const first = new MyData(store);
		await first.add(layer('my-data-1', cook));
		await first.saved;
		const again = new MyData(store);
		await again.load();
		expect(again.added.items).toHaveLength(3);
	});

	it('keeps a large layer out of the compiled model, adds its categories, period and legend, and opens one row at a time', async () => {
		const large = { columns: toColumns(cook), key: 'large-test', chunks: 1, texts: [JSON.stringify(cook)] };
		const mine = new MyData(memoryStore());
		await mine.add({ ...layer('my-data-1', []), large });
		await mine.saved;
		expect(mine.compiled.features).toEqual([]);
		expect(mine.large.map((l) => l.id)).toEqual(['my-data-1']);
		expect(mine.added.items).toEqual([]);
		expect(mine.added.categories.map((c) => c.id)).toEqual(['voyage', 'landing']);
		expect(mine.added.period).toEqual(largePeriod(large.columns));
		expect(mine.added.period?.from).toBe(historicalDate('1768-08').start);
		expect(mine.added.legend).toHaveLength(1);
		expect(mine.large.flatMap((l) => rowIds(readerLarge(l)))).toEqual(['my-data-1-1', 'my-data-1-2', 'my-data-1-3']);
		await mine.open({ kind: 'event', id: 'my-data-1-2' });
		const detail = mine.added.details['event:my-data-1-2'];
		expect(detail?.title).toBe('Stop 2');
		expect(detail?.kindLine).toMatch(/^Voyage my-data-1 · /);
		expect(await mine.recordsOf(mine.layers[0]!)).toEqual(cook);
		// Renamed while its panel is open, the row's panel names the layer anew.
		await mine.update('my-data-1', { name: 'Second voyage' });
		await mine.open({ kind: 'event', id: 'my-data-1-2' });
		expect(mine.added.details['event:my-data-1-2']?.kindLine).toMatch(/^Second voyage · /);
	});
});

describe('largeRow', () => {
	const l = { ...layer('my-data-2', []), large: { columns: toColumns(cook), key: 'k', chunks: 1 } };

	it('finds the row an event of a large layer names, and nothing else', () => {
		expect(largeRow([l], { kind: 'event', id: 'my-data-2-3' })).toEqual({ layer: l, index: 2, key: '3' });
		expect(largeRow([l], { kind: 'event', id: 'my-data-2-9' })).toBeNull();
		expect(largeRow([l], { kind: 'place', id: 'my-data-2-3' })).toBeNull();
		expect(largeRow([l], { kind: 'event', id: 'my-data-1-3' })).toBeNull();
	});

	it("gives the day a large layer's row begins, from its columns, as the explorer's eventStarts asks", () => {
		expect(largeStart([readerLarge(l)], 'my-data-2-3')).toBe(l.large.columns.from[2]);
		expect(largeStart([readerLarge(l)], 'my-data-2-9')).toBeUndefined();
		expect(largeStart([readerLarge(l)], 'waterloo')).toBeUndefined();
	});

	it("finds a large atlas's events by their own ids, which have no layer's prefix", () => {
		const atlas = { ...readerLarge(l), id: 'atlas-events', prefix: '' };
		expect(largeStart([readerLarge(l), atlas], '3')).toBe(l.large.columns.from[2]);
		expect(largeStart([atlas], 'my-data-2-3')).toBeUndefined();
		expect(rowIds(atlas)).toEqual(['1', '2', '3']);
		expect(rowIds(readerLarge(l))).toEqual(['my-data-2-1', 'my-data-2-2', 'my-data-2-3']);
	});
});


describe('largeRows', () => {
	const l = { ...layer('my-data-2', []), large: { columns: toColumns(cook), key: 'k', chunks: 1 } };

	it("lists every row of a large layer, each written from its columns, with its link's id", () => {
		const rows = largeRows(readerLarge(l), NO_FILTERS);
		expect(Array.from(rows.columns.from)).toEqual(Array.from(l.large.columns.from));
		expect(Array.from(rows.columns.to)).toEqual(Array.from(l.large.columns.to));
		expect(rows.row(1)).toEqual({ ref: { kind: 'event', id: 'my-data-2-2' }, label: 'Stop 2', when: '13 April 1769', category: 'landing', kindName: 'event' });
	});

	it("writes a row's date in the words its columns keep for it, where they say more than its days", () => {
		const worded = { ...readerLarge(l), columns: { ...l.large.columns, words: { 1: 'about 13 April 1769' } } };
		expect(largeRows(worded, NO_FILTERS).row(1).when).toBe('about 13 April 1769');
		expect(largeRows(worded, NO_FILTERS).row(0).when).toBe(largeRows(readerLarge(l), NO_FILTERS).row(0).when);
	});

	it('keeps only the rows of the categories the filters show, as the map draws them', () => {
		const rows = largeRows(readerLarge(l), { categories: ['landing'], tag: '' });
		expect(Array.from(rows.columns.from)).toEqual([l.large.columns.from[1]]);
		expect(Array.from(rows.columns.to)).toEqual([l.large.columns.to[1]]);
		expect(rows.row(0).label).toBe('Stop 2');
		expect(largeRows(readerLarge(l), { categories: ['none of these'], tag: '' }).columns.from).toHaveLength(0);
	});

	it('keeps only the rows with the hashtag chosen, as for any event', () => {
		const tagged = { ...l, large: { ...l.large, columns: toColumns([cook[0]!, { ...cook[1]!, tags: ['#Tahiti'] }, cook[2]!]) } };
		const rows = largeRows(readerLarge(tagged), { categories: [], tag: '#Tahiti' });
		expect(rows.columns.from).toHaveLength(1);
		expect(rows.row(0).label).toBe('Stop 2');
		expect(largeRows(readerLarge(tagged), { categories: [], tag: '#Voyage' }).columns.from).toHaveLength(2);
		expect(largeRows(readerLarge(tagged), { categories: ['landing'], tag: '#Voyage' }).columns.from).toHaveLength(0);
	});

	it('joins the atlas list, whose rows it follows', () => {
		const atlas = { columns: { from: [1, 2], to: [3, 4], held: [0, 1] }, row: (i: number) => ({ ref: { kind: 'front' as const, id: `f${i}` }, label: `Front ${i}`, when: '', category: null, kindName: 'front' }) };
		const both = joinRows([atlas, largeRows(readerLarge(l), NO_FILTERS)]);
		expect(Array.from(both.columns.from).slice(0, 2)).toEqual([1, 2]);
		expect(Array.from(both.columns.held!)).toEqual([0, 1, 1, 1, 1]);
		expect(both.row(1).label).toBe('Front 1');
		expect(both.row(4).label).toBe('Stop 3');
	});
});

describe('searchLayers', () => {
	it('tells the search where each large layer keeps its rows once they are kept, and sends the rows along only when the browser would not keep them', async () => {
		const columns = toColumns(cook);
		let keep!: () => void;
		const kept = { ...layer('my-data-1', []), large: { columns, key: 'large-1', chunks: 1, kept: new Promise<void>((resolve) => (keep = resolve)) } };
		const unkept = { ...layer('my-data-2', []), visible: false, large: { columns, key: 'large-2', chunks: 1, texts: ['[]'], storage: 'refused' } };
		let told: Awaited<ReturnType<typeof searchLayers>> | null = null;
		const telling = searchLayers([kept, unkept]).then((layers) => (told = layers));
		await Promise.resolve();
		expect(told).toBeNull();
		keep();
		await telling;
		expect(told).toEqual([
			{ id: 'my-data-1', name: 'Voyage my-data-1', visible: true, large: { key: 'large-1', chunks: 1 } },
			{ id: 'my-data-2', name: 'Voyage my-data-2', visible: false, large: { key: 'large-2', chunks: 1, texts: ['[]'] }, columns: { keys: columns.keys, positions: columns.positions } }
		]);
	});
});
