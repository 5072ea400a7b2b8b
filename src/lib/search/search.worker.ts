/**
 * The search worker: fetches the atlas's index when the page first asks, prepares it and the reader's
 * own entries once, and answers each query with the ranked results, off the page's thread.
 */
import { prepareIndex, search, type PreparedIndex, type SearchEntry } from '../domain/search';
import type { SearchReply, SearchRequest } from './types';

const post = (reply: SearchReply) => self.postMessage(reply);

let atlas: Promise<PreparedIndex> = Promise.reject(new Error('The search was asked before it was told where its index is'));
atlas.catch(() => undefined);
let extra: PreparedIndex = prepareIndex([]);

/** The atlas's index, prepared; rejects saying what failed and where. */
async function load(url: string): Promise<PreparedIndex> {
	const response = await fetch(url).catch((e: Error) => Promise.reject(new Error(`The search index could not be loaded from ${url}: ${e.message}`)));
	if (!response.ok) throw new Error(`The search index could not be loaded from ${url}: HTTP ${response.status}`);
	const entries: unknown = await response.json().catch(() => null);
	if (!Array.isArray(entries)) throw new Error(`The search index at ${url} is not a list of entries`);
	return prepareIndex(entries as SearchEntry[]);
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.type === 'load') {
		atlas = load(request.url);
		atlas.catch(() => undefined);
	} else if (request.type === 'extra') extra = prepareIndex(request.entries);
	else {
		try {
			const index = await atlas;
			post({ type: 'results', id: request.id, results: search([index, extra], request.query, request.limit) });
		} catch (error) {
			post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
		}
	}
};
