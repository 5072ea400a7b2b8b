/**
 * The search worker: fetches the atlas's index when the page first asks, prepares it, the reader's
 * own entries and their large layers' rows (read from where they are kept) once, and answers each
 * query with the ranked results, off the page's thread.
 */
import { prepareIndex, search, type PreparedIndex, type SearchEntry } from '../domain/search';
import { keptColumns, largeChunk } from '../import/store';
import { RECORDS_PER_CHUNK } from '../import/types';
import { addLargeEntries } from './largeEntries';
import { largeId, type LargeSearchLayer, type SearchReply, type SearchRequest } from './types';

const post = (reply: SearchReply) => self.postMessage(reply);

let atlas: Promise<PreparedIndex> = Promise.reject(new Error('The search was asked before it was told where its index is'));
atlas.catch(() => undefined);
let extra: PreparedIndex = prepareIndex([]);
/** Each large layer's index, by layer and where its rows are kept: built once, kept while the layer is (hidden too). */
const large = new Map<string, Promise<PreparedIndex>>();
/** The indexes of the large layers shown. */
let shown: Promise<PreparedIndex>[] = [];

/** The atlas's index, prepared; rejects saying what failed and where. */
async function load(url: string): Promise<PreparedIndex> {
	const response = await fetch(url).catch((e: Error) => Promise.reject(new Error(`The search index could not be loaded from ${url}: ${e.message}`)));
	if (!response.ok) throw new Error(`The search index could not be loaded from ${url}: HTTP ${response.status}`);
	const entries: unknown = await response.json().catch(() => null);
	if (!Array.isArray(entries)) throw new Error(`The search index at ${url} is not a list of entries`);
	return prepareIndex(entries as SearchEntry[]);
}

/** A large layer's rows, prepared, read a chunk at a time; rejects naming the layer. */
async function largeIndex(layer: LargeSearchLayer): Promise<PreparedIndex> {
	try {
		const columns = layer.columns ?? (await keptColumns(layer.large.key));
		const entries: SearchEntry[] = [];
		for (let n = 0; n < layer.large.chunks; n++) addLargeEntries(entries, layer.id, columns, await largeChunk(layer.large, n), n * RECORDS_PER_CHUNK);
		return prepareIndex(entries);
	} catch (error) {
		throw new Error(`The rows of ${layer.name} could not be searched: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
}

/** Builds the indexes of layers not seen before, forgets those of layers gone, and searches the visible ones. */
function setLarge(layers: readonly LargeSearchLayer[]) {
	const current = new Set(layers.map(largeId));
	for (const known of large.keys()) if (!current.has(known)) large.delete(known);
	for (const layer of layers) {
		if (large.has(largeId(layer))) continue;
		const index = largeIndex(layer);
		index.catch(() => undefined);
		large.set(largeId(layer), index);
	}
	shown = layers.filter((l) => l.visible).map((l) => large.get(largeId(l))!);
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	if (request.type === 'load') {
		atlas = load(request.url);
		atlas.catch(() => undefined);
	} else if (request.type === 'extra') extra = prepareIndex(request.entries);
	else if (request.type === 'large') setLarge(request.layers);
	else {
		// A query asked while a large layer's rows are being read waits for them; one whose rows cannot be
		// read is left out, and named, and the rest are searched. Without the atlas's index every query fails.
		const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
		const [index, ...layers] = await Promise.allSettled([atlas, ...shown]);
		if (index!.status === 'rejected') {
			post({ type: 'failed', id: request.id, message: message(index!.reason) });
			return;
		}
		const read = layers.flatMap((l) => (l.status === 'fulfilled' ? [l.value] : []));
		const problems = layers.flatMap((l) => (l.status === 'rejected' ? [message(l.reason)] : []));
		post({ type: 'results', id: request.id, results: search([index!.value, extra, ...read], request.query, request.limit), problems });
	}
};
