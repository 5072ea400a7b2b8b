/**
 * The messages between the page and the search worker: what the page asks, what the worker answers,
 * and how a large layer is named in them.
 */
import type { SearchEntry, SearchResult } from '../domain/search';
import type { LayerColumns } from '../import/columns';
import type { LargeRecords } from '../import/types';

export type SearchRequest =
	/** Where the atlas's index is: the worker fetches it at once. */
	| { type: 'load'; url: string }
	/** The reader's own entries, searched beside the atlas's (they replace the last ones sent). */
	| { type: 'extra'; entries: readonly SearchEntry[] }
	/** The reader's large layers, whose rows the worker reads and indexes itself (they replace the last ones sent). */
	| { type: 'large'; layers: readonly LargeSearchLayer[] }
	| { type: 'query'; id: number; query: string; limit: number };

/** The results of a query, and why a large layer's rows are missing from them, if any could not be read (one sentence each). */
export interface SearchAnswer {
	results: SearchResult[];
	problems: string[];
}

export type SearchReply = ({ type: 'results'; id: number } & SearchAnswer) | { type: 'failed'; id: number; message: string };

/**
 * A large layer as the search worker is told of it: where its records are kept, and, when the browser
 * would not keep them, the records' texts and the columns the entries need.
 */
export interface LargeSearchLayer {
	/** The layer's id: a row's entry is `${id}-${key}`, as the map and the list name it. */
	id: string;
	/** Its name, to say which layer could not be searched. */
	name: string;
	visible: boolean;
	large: Pick<LargeRecords, 'key' | 'chunks' | 'texts'>;
	/** Present when the records are not kept in the browser (`large.texts` is then set too). */
	columns?: RowColumns;
}

/** What tells a large layer's rows apart: its id and where its records are kept. */
export const largeId = (l: Pick<LargeSearchLayer, 'id' | 'large'>): string => `${l.id} ${l.large.key}`;

/** The columns a row's entry takes from: its key and its drawn point. */
export type RowColumns = Pick<LayerColumns, 'keys' | 'positions'>;
