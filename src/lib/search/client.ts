/**
 * Runs the search in its own module worker, started the first time a query is asked, and turns its
 * answers into promises: the latest query wins, and an answer to an older one is never delivered.
 */
import type { SearchEntry } from '../domain/search';
import { largeId, type LargeSearchLayer, type SearchAnswer, type SearchReply, type SearchRequest } from './types';

export interface SearchClient {
	/**
	 * The best `limit` results for `query`, and the large layers that could not be searched; null when a
	 * later query was asked meanwhile. Rejects with the worker's error (the index could not be loaded,
	 * the worker could not start).
	 */
	find(query: string, limit?: number): Promise<SearchAnswer | null>;
	/** Starts the worker, which loads the index, ahead of the first query (when the search box is focused). */
	prepare(): void;
	/** The reader's own entries, searched beside the atlas's; sent once the worker runs. */
	setExtra(entries: readonly SearchEntry[]): void;
	/** The reader's large layers, whose rows the worker reads and indexes; sent once the worker runs. */
	setLarge(layers: readonly LargeSearchLayer[]): void;
	/** Stops the worker; a query still waiting resolves with null. */
	destroy(): void;
}

/** A search over the index at `indexUrl` (the atlas's `search.json`, from the page's address), the entries given to `setExtra` and the rows of the layers given to `setLarge`. */
export function searchClient(indexUrl: string): SearchClient {
	let worker: Worker | null = null;
	let failure: Error | null = null;
	let extra: readonly SearchEntry[] = [];
	let large: readonly LargeSearchLayer[] = [];
	let latest = 0;
	let waiting: { id: number; resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void } | null = null;

	/** Settles the query waiting, if it is the latest: an older one resolves with null. */
	const settle = (id: number, outcome: SearchAnswer | Error) => {
		if (!waiting || waiting.id !== id) return;
		const w = waiting;
		waiting = null;
		if (outcome instanceof Error) w.reject(outcome);
		else w.resolve(outcome);
	};
	const send = (request: SearchRequest) => worker?.postMessage(request);

	function start(): Worker {
		const started = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
		started.onmessage = (event: MessageEvent<SearchReply>) => {
			const reply = event.data;
			settle(reply.id, reply.type === 'results' ? { results: reply.results, problems: reply.problems } : new Error(reply.message));
		};
		started.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			failure = new Error(`The search could not start: ${event.message || 'its worker failed'}`);
			if (waiting) settle(waiting.id, failure);
		};
		worker = started;
		send({ type: 'load', url: new URL(indexUrl, location.href).href });
		if (extra.length) send({ type: 'extra', entries: extra });
		if (large.length) send({ type: 'large', layers: large });
		return started;
	}

	return {
		find(query, limit = 8) {
			if (failure) return Promise.reject(failure);
			if (!worker) start();
			const id = ++latest;
			waiting?.resolve(null);
			const promise = new Promise<SearchAnswer | null>((resolve, reject) => (waiting = { id, resolve, reject }));
			send({ type: 'query', id, query, limit });
			return promise;
		},
		prepare() {
			if (!worker && !failure) start();
		},
		setExtra(entries) {
			if (entries === extra) return;
			extra = entries;
			send({ type: 'extra', entries });
		},
		setLarge(layers) {
			if (layers === large || (!layers.length && !large.length)) return;
			// The worker keeps the rows it has read while their layer stays: their texts are not sent again.
			const had = new Set(large.map(largeId));
			large = layers;
			const bare = ({ columns: _columns, large: { key, chunks }, ...layer }: LargeSearchLayer): LargeSearchLayer => ({ ...layer, large: { key, chunks } });
			send({ type: 'large', layers: layers.map((l) => (had.has(largeId(l)) ? bare(l) : l)) });
		},
		destroy() {
			worker?.terminate();
			worker = null;
			waiting?.resolve(null);
			waiting = null;
		}
	};
}
