import 'fake-indexeddb/auto';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserLayer } from './layers';
import { toColumns } from './columns';
import { forgetLarge, keepLarge, largeRecord, layerStore, newLargeKey, storageProblem } from './store';
import { RECORDS_PER_CHUNK, type ImportedRecord } from './types';

const layer = (id: string, created: number): UserLayer => ({
	id,
	name: `Layer ${id}`,
	color: '#0b7285',
	visible: true,
	format: 'csv',
	file: `${id}.csv`,
	records: [],
	problems: [{ row: 3, column: 'lat', reason: 'latitude "abc" is not a number' }],
	created
});

afterEach(() => vi.restoreAllMocks());

describe('layerStore', () => {
	it('keeps layers across openings, in the order they were added', async () => {
		const first = layerStore();
		await first.put(layer('my-data-2', 20));
		await first.put(layer('my-data-1', 10));
		const again = await layerStore().all();
		expect(again.map((l) => l.id)).toEqual(['my-data-1', 'my-data-2']);
		expect(again[0]?.problems[0]?.reason).toBe('latitude "abc" is not a number');
		await first.remove('my-data-1');
		await first.remove('my-data-2');
		expect(await layerStore().all()).toEqual([]);
	});

	it('says in words when the quota is full', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await expect(layerStore().put(layer('my-data-3', 30))).rejects.toThrow(/storage for the explorer is full, so the layer is kept for this session only/);
	});

	it('says in words when the browser has no storage for it (a private window)', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			await expect(layerStore().all()).rejects.toThrow(/does not let the explorer keep data \(a private window does not\)/);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('names an unexpected failure', () => {
		expect(storageProblem(new Error('disk on fire'))).toMatch(/could not be kept in this browser \(disk on fire\)/);
	});
});

describe('layerStore keeping records apart', () => {
	it('keeps a rename without losing the records, and removes both', async () => {
		const store = layerStore();
		const withRecords: UserLayer = {
			...layer('my-data-7', 70),
			records: [
				{
					id: 'a',
					row: 2,
					title: 'Waterloo',
					text: '',
					category: '',
					tags: [],
					sources: [],
					written: { start: '1815-06-18', end: null },
					when: { start: { text: '1815-06-18', precision: 'day', start: -56445, end: -56444, approximate: false, uncertain: false, unspecified: false }, end: null },
					geometry: { type: 'Point', coordinates: [4.41, 50.68] }
				}
			]
		};
		await store.put(withRecords);
		await store.update({ ...withRecords, name: 'Renamed', records: [] });
		const [back] = await layerStore().all();
		expect(back?.name).toBe('Renamed');
		expect(back?.records).toEqual(withRecords.records);
		await store.remove('my-data-7');
		expect(await layerStore().all()).toEqual([]);
	});
});

describe('a large layer kept apart', () => {
	const records: ImportedRecord[] = Array.from({ length: RECORDS_PER_CHUNK + 5 }, (_, i) => ({
		id: String(i),
		row: i + 2,
		title: `Row ${i}`,
		text: '',
		category: i % 2 ? 'odd' : 'even',
		tags: [],
		sources: [],
		written: { start: '1815-06-18', end: null },
		when: { start: { text: '1815-06-18', precision: 'day', start: -56445, end: -56444, approximate: false, uncertain: false, unspecified: false }, end: null },
		geometry: { type: 'Point', coordinates: [4.41, 50.68] }
	}));

	it('keeps its records in chunks and its columns, reads any row back, and forgets them with the layer', async () => {
		const key = newLargeKey();
		const columns = toColumns(records);
		expect(await keepLarge(key, records, columns)).toEqual({});
		const large = { columns, key, chunks: 2 };
		expect((await largeRecord(large, RECORDS_PER_CHUNK + 4))?.title).toBe(`Row ${RECORDS_PER_CHUNK + 4}`);
		expect((await largeRecord(large, 3))?.category).toBe('odd');
		const store = layerStore();
		await store.put({ ...layer('my-data-8', 80), large });
		const [back] = await layerStore().all();
		expect(back?.records).toEqual([]);
		expect(back?.large?.key).toBe(key);
		expect(back?.large?.columns.titles).toEqual(columns.titles);
		expect([...back!.large!.columns.from]).toEqual([...columns.from]);
		await store.remove('my-data-8');
		await forgetLarge(key);
		expect(await largeRecord(large, 3)).toBeUndefined();
	});

	it("makes columns kept before they held hashtags and shapes again from the records, once", async () => {
		const key = newLargeKey();
		const tagged = records.map((r, i) => ({
			...r,
			tags: i % 3 ? ['#Ligny'] : ['#Ligny', '#Wavre'],
			...(i === 5 ? { geometry: { type: 'LineString' as const, coordinates: [[4.41, 50.68], [4.5, 50.7]] } } : {})
		}));
		const { tagStarts: _s, tagIds: _i, tags: _t, shapes: _p, ...old } = toColumns(tagged);
		await keepLarge(key, tagged, old as ReturnType<typeof toColumns>);
		await layerStore().put({ ...layer('my-data-9', 90), large: { columns: old as ReturnType<typeof toColumns>, key, chunks: 2 } });
		const [back] = await layerStore().all();
		const expected = toColumns(tagged);
		expect(back?.large?.columns.tags).toEqual(expected.tags);
		expect([...back!.large!.columns.tagIds]).toEqual([...expected.tagIds]);
		expect([...back!.large!.columns.tagStarts]).toEqual([...expected.tagStarts]);
		expect([...back!.large!.columns.shapes.lineRows]).toEqual([5]);
		expect([...back!.large!.columns.shapes.lineCoords]).toEqual([...expected.shapes.lineCoords]);
		// Kept so: the next reading finds them without the records.
		const get = vi.spyOn(IDBObjectStore.prototype, 'get');
		expect((await layerStore().all())[0]?.large?.columns.tags).toEqual(expected.tags);
		expect(get.mock.calls.map(([k]) => String(k)).filter((k) => !k.endsWith(':columns'))).toEqual([]);
		await layerStore().remove('my-data-9');
		await forgetLarge(key);
	});

	it('forgets the records no layer holds (an import never added) when the layers are read', async () => {
		const key = newLargeKey();
		await keepLarge(key, records.slice(0, 3), toColumns(records.slice(0, 3)));
		expect((await largeRecord({ key }, 1))?.title).toBe('Row 1');
		await forgetLarge('nothing');
		expect(await layerStore().all()).toEqual([]);
		expect(await largeRecord({ key }, 1)).toBeUndefined();
	});

	it('keeps the chunks in memory, and says why, when the browser refuses', async () => {
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const kept = await keepLarge(newLargeKey(), records.slice(0, 3), toColumns(records.slice(0, 3)));
		expect(kept.storage).toMatch(/storage for the explorer is full/);
		expect(JSON.parse(kept.texts![0]!)).toHaveLength(3);
	});
});
