import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { normalise, type SearchEntry } from '../domain/search';
import { toColumns } from '../import/columns';
import { forgetLarge, keepLarge } from '../import/store';
import { RECORDS_PER_CHUNK, type ImportedRecord } from '../import/types';
import type { LargeSearchLayer, SearchReply, SearchRequest } from './types';

// The worker's global scope, as the module sees it: what it posts, and the handler it installs.
const scope = { postMessage: vi.fn<(reply: SearchReply) => void>(), onmessage: null as ((event: { data: SearchRequest }) => Promise<void>) | null };
const fetch = vi.fn<(url: string) => Promise<Response>>();

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	vi.stubGlobal('fetch', fetch);
	await import('./search.worker');
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
	scope.postMessage.mockClear();
	fetch.mockReset();
});

const entry = (kind: SearchEntry['kind'], id: string, label: string, from: number | null): SearchEntry => ({
	kind,
	id,
	label,
	detail: '',
	from,
	at: null,
	haystack: normalise(label),
	names: []
});
const ATLAS = [entry('event', 'battle', 'Battle of Waterloo', 10), entry('place', 'waterloo', 'Waterloo', null), entry('place', 'oslo', 'Oslo', null)];

async function send(request: SearchRequest): Promise<SearchReply[]> {
	scope.postMessage.mockClear();
	await scope.onmessage!({ data: request });
	return scope.postMessage.mock.calls.map(([reply]) => reply);
}
const ids = (replies: SearchReply[]) => replies.map((r) => (r.type === 'results' ? r.results.map((x) => x.entry.id) : r.message));

describe('search.worker', () => {
	it('fetches the index it is told of, and answers queries with the ranked results', async () => {
		fetch.mockResolvedValue(new Response(JSON.stringify(ATLAS)));
		await send({ type: 'load', url: 'http://127.0.0.1/atlas/search.json' });
		expect(fetch).toHaveBeenCalledWith('http://127.0.0.1/atlas/search.json');
		expect(await send({ type: 'query', id: 1, query: 'waterloo', limit: 8 })).toEqual([
			{ type: 'results', id: 1, results: [{ entry: ATLAS[1], matchedName: null }, { entry: ATLAS[0], matchedName: null }], problems: [] }
		]);
		expect(ids(await send({ type: 'query', id: 2, query: 'waterloo', limit: 1 }))).toEqual([['waterloo']]);
	});

	it("searches the reader's entries beside the atlas's, and forgets them when they are replaced", async () => {
		fetch.mockResolvedValue(new Response(JSON.stringify(ATLAS)));
		await send({ type: 'load', url: '/atlas/search.json' });
		await send({ type: 'extra', entries: [entry('event', 'mine', 'Oslo fjord frozen', 5)] });
		expect(ids(await send({ type: 'query', id: 3, query: 'oslo', limit: 8 }))).toEqual([['oslo', 'mine']]);
		await send({ type: 'extra', entries: [] });
		expect(ids(await send({ type: 'query', id: 4, query: 'oslo', limit: 8 }))).toEqual([['oslo']]);
	});

	it('answers every query with a clear failure when the index cannot be loaded', async () => {
		fetch.mockResolvedValue(new Response('Not Found', { status: 404 }));
		await send({ type: 'load', url: '/atlas/search.json' });
		expect(await send({ type: 'query', id: 5, query: 'oslo', limit: 8 })).toEqual([
			{ type: 'failed', id: 5, message: 'The search index could not be loaded from /atlas/search.json: HTTP 404' }
		]);
		fetch.mockRejectedValue(new TypeError('Failed to fetch'));
		await send({ type: 'load', url: '/atlas/search.json' });
		expect(ids(await send({ type: 'query', id: 6, query: 'oslo', limit: 8 }))).toEqual(['The search index could not be loaded from /atlas/search.json: Failed to fetch']);
		fetch.mockResolvedValue(new Response('{"entries": []}'));
		await send({ type: 'load', url: '/atlas/search.json' });
		expect(ids(await send({ type: 'query', id: 7, query: 'oslo', limit: 8 }))).toEqual(['The search index at /atlas/search.json is not a list of entries']);
	});

	describe("a large layer's rows", () => {
		// One more row than a chunk holds: the last one is read from the second chunk.
		const ROWS = RECORDS_PER_CHUNK + 1;
		const records = Array.from(
			{ length: ROWS },
			(_, i): ImportedRecord => ({
				id: `row ${i}`,
				row: i + 2,
				title: i === ROWS - 1 ? 'Bergen burns' : `Generated row ${i}`,
				text: i === 0 ? 'A fire in Trondheim.' : '',
				category: '',
				tags: [],
				sources: [],
				written: { start: '1815-06-18', end: null },
				when: { start: historicalDate('1815-06-18'), end: null },
				geometry: { type: 'Point', coordinates: [5.25, 60.5] }
			})
		);
		const columns = toColumns(records);
		const layer = (key: string, visible = true): LargeSearchLayer => ({ id: 'my-data-1', name: 'Fires', visible, large: { key, chunks: 2 } });

		beforeAll(async () => {
			fetch.mockResolvedValue(new Response(JSON.stringify(ATLAS)));
			await send({ type: 'load', url: '/atlas/search.json' });
			expect(await keepLarge('large-kept', records, columns)).toEqual({});
		});
		afterAll(() => forgetLarge('large-kept'));

		it('are read from where they are kept and searched beside the atlas, each as the event the map draws', async () => {
			await send({ type: 'large', layers: [layer('large-kept')] });
			const [reply] = await send({ type: 'query', id: 8, query: 'bergen', limit: 8 });
			expect(reply).toEqual({
				type: 'results',
				id: 8,
				results: [expect.objectContaining({ entry: expect.objectContaining({ id: 'my-data-1-row-10000', label: 'Bergen burns', at: [5.25, 60.5] }) })],
				problems: []
			});
			expect(ids(await send({ type: 'query', id: 9, query: 'trondheim', limit: 8 }))).toEqual([['my-data-1-row-0']]);
		});

		it('are not searched while their layer is hidden, and are forgotten once it is gone', async () => {
			await send({ type: 'large', layers: [layer('large-kept', false)] });
			expect(ids(await send({ type: 'query', id: 10, query: 'bergen', limit: 8 }))).toEqual([[]]);
			await send({ type: 'large', layers: [layer('large-kept')] });
			expect(ids(await send({ type: 'query', id: 11, query: 'bergen', limit: 8 }))).toEqual([['my-data-1-row-10000']]);
			await send({ type: 'large', layers: [] });
			expect(ids(await send({ type: 'query', id: 12, query: 'bergen', limit: 8 }))).toEqual([[]]);
		});

		it('are read from the texts and columns given when the browser would not keep them', async () => {
			const texts = [JSON.stringify(records.slice(0, RECORDS_PER_CHUNK)), JSON.stringify(records.slice(RECORDS_PER_CHUNK))];
			await send({ type: 'large', layers: [{ ...layer('large-unkept'), large: { key: 'large-unkept', chunks: 2, texts }, columns }] });
			expect(ids(await send({ type: 'query', id: 13, query: 'bergen', limit: 8 }))).toEqual([['my-data-1-row-10000']]);
		});

		it('are left out when they are missing, and named, while the atlas and the layers that can be read are searched', async () => {
			await send({ type: 'large', layers: [layer('large-missing'), { ...layer('large-kept'), id: 'my-data-2' }] });
			const [reply] = await send({ type: 'query', id: 14, query: 'bergen', limit: 8 });
			expect(ids([reply!])).toEqual([['my-data-2-row-10000']]);
			expect(reply).toMatchObject({ problems: ["The rows of Fires could not be searched: The columns of the rows kept as large-missing are missing from this browser's storage."] });
			expect(ids(await send({ type: 'query', id: 15, query: 'oslo', limit: 8 }))).toEqual([['oslo']]);
			await send({ type: 'large', layers: [] });
		});
	});
});
