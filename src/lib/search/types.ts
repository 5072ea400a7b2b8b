/**
 * The messages between the page and the search worker: what the page asks, and what the worker answers.
 */
import type { SearchEntry, SearchResult } from '../domain/search';

export type SearchRequest =
	/** Where the atlas's index is: the worker fetches it at once. */
	| { type: 'load'; url: string }
	/** The reader's own entries, searched beside the atlas's (they replace the last ones sent). */
	| { type: 'extra'; entries: readonly SearchEntry[] }
	| { type: 'query'; id: number; query: string; limit: number };

export type SearchReply = { type: 'results'; id: number; results: SearchResult[] } | { type: 'failed'; id: number; message: string };
