/**
 * What importing a reader's file yields, whatever its format: the records it holds, each read and
 * checked, and every row that could not be read, by its row number, column and reason.
 */
import type { Geometry } from 'geojson';
import type { DateSpan, Source } from '../domain/atlas';
import type { LayerColumns } from './columns';

/** The formats an import understands, detected from the content. */
export const IMPORT_FORMATS = ['csv', 'tsv', 'geojson', 'lpf', 'lpf-tsv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What a field of a record is read from: a column's name as written in the header. */
export interface ColumnMapping {
	/** Latitude and longitude columns, or a geometry column (WKT or GeoJSON) instead. */
	lat?: string;
	lon?: string;
	geometry?: string;
	/** A date or an EDTF interval ("1906/1908") in `start`; TimelineJS's split columns instead. */
	start?: string;
	end?: string;
	year?: string;
	month?: string;
	day?: string;
	endYear?: string;
	endMonth?: string;
	endDay?: string;
	title?: string;
	text?: string;
	category?: string;
	tags?: string;
	source?: string;
	id?: string;
}

/** One good row or feature of a file, read into the explorer's terms. */
export interface ImportedRecord {
	/** The id the file gives, or its row number as text; unique within the file. */
	id: string;
	/** The row (a table's line number, the header being row 1) or the feature's number (from 1). */
	row: number;
	title: string;
	/** '' when the file gives none. */
	text: string;
	/** '' when the file gives none. */
	category: string;
	/** Hashtags, '#' included. */
	tags: string[];
	/** Only http(s) addresses; the title is the address when the file gives no other. */
	sources: Source[];
	/** The dates as written in the file (kept for export), and as read. */
	written: { start: string; end: string | null };
	when: DateSpan;
	/** Open or unknown ends ("1985/..", "/1800") in words, when the file gives one. */
	dateNote?: string;
	geometry: Geometry;
}

/** A row that was not imported, and why, in words a reader can act on. */
export interface RowProblem {
	/** As in {@link ImportedRecord.row}; 0 for a problem of the whole file. */
	row: number;
	/** The column or property at fault, or null when it is the whole row. */
	column: string | null;
	reason: string;
}

/** A file read through: what it held, in which format, and what could not be read. */
export interface ImportResult {
	format: ImportFormat;
	/** The columns used, for a table. */
	mapping?: ColumnMapping;
	records: ImportedRecord[];
	problems: RowProblem[];
	/** What good rows left out (a source that is not a web address), by row, column and reason. */
	warnings?: RowProblem[];
	/** Rows or features in the file, good and bad. */
	total: number;
	/** A file of columns.ts's GPU_THRESHOLD good rows or more: its records are kept apart (`records` is then empty). */
	large?: LargeRecords;
}

/**
 * A large file's good rows: their columns, which the GPU draws, and their records, kept off the page's
 * heap as JSON texts of {@link RECORDS_PER_CHUNK} records each: in IndexedDB under `${key}:${n}`, or
 * in `texts` when the browser would not keep them (`storage` then says why, in words).
 */
export interface LargeRecords {
	columns: LayerColumns;
	key: string;
	chunks: number;
	texts?: string[];
	storage?: string;
	/**
	 * Resolved once the records are kept (the import worker keeps them while the map draws the
	 * columns), `texts` and `storage` set by then if the browser refused; absent once read back.
	 */
	kept?: Promise<void>;
}

/** What the import worker posts of a large file once its records are kept: the chunks and why, if the browser would not keep them. */
export type KeptMessage = { type: 'kept'; texts?: string[]; storage?: string };

/** How many records a chunk of a large file's records holds. */
export const RECORDS_PER_CHUNK = 10_000;

/** How many good rows a result holds, whether large or not. */
export const recordCount = (result: Pick<ImportResult, 'records' | 'large'>): number => result.large?.columns.length ?? result.records.length;

/** What importing a text gives: its records and problems, a request to choose its columns, or why nothing could be read. */
export type ImportOutcome =
	| { kind: 'result'; result: ImportResult }
	| {
			kind: 'needs-mapping';
			headers: string[];
			/** The first data rows, cells trimmed, as they will be read. */
			preview: string[][];
			guess: ColumnMapping;
			/** What the reader has to decide, in words. */
			why: string;
	  }
	| { kind: 'error'; message: string };

/**
 * What the import worker is asked to read, and the columns the reader chose, if any; `gpuThreshold`
 * replaces columns.ts's GPU_THRESHOLD (the browser tests lower it through the page's `?bench` hooks).
 */
export type ImportRequest = ({ text: string } | { file: File }) & { mapping?: ColumnMapping; gpuThreshold?: number };

/**
 * What the worker posts: progress (0 to 1), then the outcome or why it failed. The outcome travels as
 * JSON text: a big file's records are millions of small objects, which a structured clone copies
 * several times slower than JSON.parse reads them; a large file's columns travel beside it, transferred,
 * and its records are kept by the worker after it has posted them ('kept').
 */
export type ImportMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; outcome: string; large?: LargeRecords }
	| KeptMessage
	| { type: 'failed'; message: string };
