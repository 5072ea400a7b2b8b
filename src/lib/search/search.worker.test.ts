import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalise, type SearchEntry } from '../domain/search';
import type { SearchReply, SearchRequest } from './types';

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
			{ type: 'results', id: 1, results: [{ entry: ATLAS[1], matchedName: null }, { entry: ATLAS[0], matchedName: null }] }
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
});
