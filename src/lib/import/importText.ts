/**
 * Turns a reader's text, a table (CSV, TSV, Linked Places TSV) or JSON (GeoJSON, Linked Places), into
 * checked records and the problems of every row that cannot be read; or asks which columns to use.
 */
import Papa, { type ParseError } from 'papaparse';
import { detectContent, guessMapping, isLinkedPlacesTable, mappingProblems } from './detect';
import { readGeoJson } from './geojsonInput';
import { parseJsonText } from './jsonText';
import { createRowReader, type RowReader } from './table';
import type { ColumnMapping, ImportOutcome } from './types';

/** How to import: the columns the reader chose, a progress callback, the file's name for messages. */
export interface ImportOptions {
	/** The columns to read; without it they are guessed from the header. */
	mapping?: ColumnMapping;
	/** Called with the fraction of the text read so far each time it has grown by 1%, and with 1 at the end. */
	onProgress?: (fraction: number) => void;
	/** The file's name, for messages ("the text" when pasted). */
	name?: string;
}

const PREVIEW_ROWS = 5;
const PROGRESS_STEP = 0.01;
const DELIMITER_WORDS = { ',': 'comma', '\t': 'tab', ';': 'semicolon' } as const;

/** What PapaParse's quote errors mean for the reader. */
const PARSER_HINTS: Record<string, string> = {
	MissingQuotes: 'a quote opens a cell and is never closed, so the rest of the file was read into that cell',
	InvalidQuotes: 'a quoted cell has more text after its closing quote'
};

/** A progress callback called only when the fraction has grown by a step. */
function progress(onProgress: ((fraction: number) => void) | undefined, length: number): (offset: number) => void {
	let last = 0;
	return (offset) => {
		const fraction = length === 0 ? 1 : offset / length;
		if (onProgress && fraction - last >= PROGRESS_STEP) {
			last = fraction;
			onProgress(fraction);
		}
	};
}

/** Reads a table: the header decides the columns (or asks for them), then each row is read as PapaParse splits it. */
function importTable(text: string, delimiter: keyof typeof DELIMITER_WORDS, options: ImportOptions, name: string): ImportOutcome {
	const report = progress(options.onProgress, text.length);
	// Filled in by PapaParse's callback; an object, since TypeScript does not follow assignments made in callbacks.
	const state: { headers: string[] | null; reader: RowReader | null; mapping: ColumnMapping; why: string; failure: string | null } = {
		headers: null,
		reader: null,
		mapping: {},
		why: '',
		failure: null
	};
	const preview: string[][] = [];
	let row = 0;
	let total = 0;
	const readHeader = (headers: string[], errors: ParseError[]): void => {
		state.headers = headers;
		if (errors.length > 0) state.failure = `Cannot read the header of ${name}: ${errors[0]!.message}.`;
		const guess = options.mapping ? { mapping: options.mapping, doubts: [] } : guessMapping(headers);
		const doubts = guess.doubts.length > 0 ? guess.doubts : mappingProblems(headers, guess.mapping);
		state.mapping = guess.mapping;
		state.why = doubts.join(' ');
		if (state.failure === null && doubts.length === 0) state.reader = createRowReader(headers, guess.mapping);
	};
	Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		step(result, parser) {
			row++;
			const cells = result.data.map((cell) => cell.trim());
			const { headers, reader } = state;
			if (headers === null) {
				readHeader(cells, result.errors);
				if (state.failure !== null) parser.abort();
				return;
			}
			if (cells.every((cell) => cell === '')) return;
			if (reader === null) {
				preview.push(cells);
				if (preview.length >= PREVIEW_ROWS) parser.abort();
				return;
			}
			total++;
			report(result.meta.cursor);
			if (result.errors.length > 0) {
				for (const { code, message } of result.errors) reader.reject({ row, column: null, reason: PARSER_HINTS[code] ? `${message}: ${PARSER_HINTS[code]}` : message });
			} else if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell !== '')) {
				const reason = `the row has ${cells.length} cells but the header has ${headers.length} columns: is there a ${DELIMITER_WORDS[delimiter]} inside a cell without quotes?`;
				reader.reject({ row, column: null, reason });
			} else {
				reader.read(cells, row);
			}
		}
	});
	const { headers, reader, mapping, why, failure } = state;
	if (failure !== null) return { kind: 'error', message: failure };
	if (headers === null) return { kind: 'error', message: `Nothing to read: ${name} is empty.` };
	if (reader === null) return { kind: 'needs-mapping', headers, preview, guess: mapping, why };
	const { records, problems, warnings } = reader.finish();
	options.onProgress?.(1);
	const format = isLinkedPlacesTable(headers) ? 'lpf-tsv' : delimiter === '\t' ? 'tsv' : 'csv';
	return { kind: 'result', result: { format, mapping, records, problems, warnings, total } };
}

/**
 * Imports a text: a byte order mark is skipped; JSON (it starts with "{" or "[") goes to the GeoJSON
 * reader, anything else is read as a table with a header. Never throws on bad input: a file that
 * cannot be read at all is an 'error' with a message, a table whose columns are unclear is
 * 'needs-mapping' with the header, the first rows and the best guess.
 */
export function importText(text: string, options: ImportOptions = {}): ImportOutcome {
	const name = options.name ?? 'the text';
	const content = detectContent(text);
	if (content.kind === 'empty') return { kind: 'error', message: `Nothing to read: ${name} is empty.` };
	if (content.kind === 'table') return importTable(content.text, content.delimiter, options, name);
	const parsed = parseJsonText(content.text);
	if (!parsed.ok) return { kind: 'error', message: `Cannot read ${name}. ${parsed.error}` };
	options.onProgress?.(0.5);
	const result = readGeoJson(parsed.value, name);
	options.onProgress?.(1);
	return { kind: 'result', result };
}
