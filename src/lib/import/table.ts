/**
 * Turns a table's rows, cell by cell, into checked records, and each row that cannot be read into
 * problems by row number (as a spreadsheet shows it: the header is row 1), column and reason.
 */
import type { Geometry } from 'geojson';
import { composeDate, readDates, readLatLon, readSourceCell, readTagCell, type CellProblem, type RowDates } from './cells';
import { rowsToFeatureCollection, type AdapterRow } from './geojsonAdapter';
import type { ColumnMapping, ImportedRecord, RowProblem } from './types';
import { readGeometryCell } from './wkt';

const TIMELINE_FIELDS: (keyof ColumnMapping)[] = ['year', 'month', 'day', 'endYear', 'endMonth', 'endDay'];
const FIELDS: (keyof ColumnMapping)[] = [...TIMELINE_FIELDS, 'lat', 'lon', 'geometry', 'start', 'end', 'title', 'text', 'category', 'tags', 'source', 'id'];

/**
 * How many distinct texts (dates, tags, sources) a reader remembers of each: the benchmark's million
 * rows, dated over three and a half years with ends up to a month later, have 36,540 pairs of dates.
 */
const CACHE_LIMIT = 100_000;

/** Reads a table's rows with a mapping (whose columns are in `headers`) and gathers what they give. */
export interface RowReader {
	/** Reads one row of cells, numbered as a spreadsheet shows it. */
	read(cells: readonly string[], row: number): void;
	/** Records a problem found before the cells could be read (a row the CSV parser could not split). */
	reject(problem: RowProblem): void;
	/** The good rows as records, their geometries made through the geojson adapter; the bad rows; what good rows left out. */
	finish(): { records: ImportedRecord[]; problems: RowProblem[]; warnings: RowProblem[] };
}

/** What a record holds until the adapter has made its geometry. */
const UNPLACED: Geometry = { type: 'GeometryCollection', geometries: [] };
const NO_PROPERTIES: Record<string, never> = {};

/** What a cache holds of `key`, read and kept (while it holds fewer than CACHE_LIMIT texts) when it has none. */
function remember<T>(cache: Map<string, T>, key: string, read: (key: string) => T): T {
	const known = cache.get(key);
	if (known !== undefined) return known;
	const value = read(key);
	if (cache.size < CACHE_LIMIT) cache.set(key, value);
	return value;
}

/** {@link remember} by two texts, a map of maps: joining them into one key costs more than the lookups. */
function pairCache<T>(): (first: string, second: string, read: () => T) => T {
	const byFirst = new Map<string, Map<string, T>>();
	let size = 0;
	return (first, second, read) => {
		let inner = byFirst.get(first);
		const known = inner?.get(second);
		if (known !== undefined) return known;
		const value = read();
		if (size < CACHE_LIMIT) {
			if (inner === undefined) byFirst.set(first, (inner = new Map()));
			inner.set(second, value);
			size++;
		}
		return value;
	};
}

/** A reader of rows whose columns `mapping` names. */
export function createRowReader(headers: readonly string[], mapping: ColumnMapping): RowReader {
	const column = (field: keyof ColumnMapping) => (mapping[field] === undefined ? -1 : headers.indexOf(mapping[field]));
	const at = Object.fromEntries(FIELDS.map((field) => [field, column(field)])) as Record<keyof ColumnMapping, number>;
	const records: ImportedRecord[] = [];
	const places: AdapterRow<Record<string, never>>[] = [];
	const problems: RowProblem[] = [];
	const warnings: RowProblem[] = [];
	const rowOfId = new Map<string, number>();
	// Files repeat their dates, tags and sources: each distinct text is read once (the date parser, hashtags and URLs are the costly part).
	const datesRead = pairCache<RowDates>();
	const tagsRead = new Map<string, string[]>();
	const sourcesRead = new Map<string, ReturnType<typeof readSourceCell>>();
	const timeline = mapping.start === undefined;
	const sourceColumn = mapping.source ?? 'source';
	const readSources = (cell: string) => readSourceCell(cell, sourceColumn);
	// The row being read: `get` is made once, not once a row.
	let cells: readonly string[] = [];
	const get = (field: keyof ColumnMapping): string => {
		const i = at[field];
		return i < 0 ? '' : (cells[i] ?? '').trim();
	};

	function readPlace(): AdapterRow<Record<string, never>> | CellProblem[] {
		const both = mapping.lat !== undefined && mapping.lon !== undefined;
		if (mapping.geometry !== undefined && (get('geometry') !== '' || !both)) {
			const geometry = readGeometryCell(get('geometry'));
			return typeof geometry === 'string' ? [{ column: mapping.geometry, reason: geometry }] : { geometry, properties: NO_PROPERTIES };
		}
		const point = readLatLon(get('lat'), get('lon'), { lat: mapping.lat ?? 'lat', lon: mapping.lon ?? 'lon' });
		return Array.isArray(point) ? point : { lat: point.lat, lon: point.lon, properties: NO_PROPERTIES };
	}

	function readRowDates(): RowDates {
		if (!timeline) {
			return readDates({ text: get('start'), column: mapping.start! }, mapping.end === undefined ? null : { text: get('end'), column: mapping.end });
		}
		const year = mapping.year ?? 'year';
		const start = composeDate({ year: get('year'), month: get('month'), day: get('day'), columns: { year, month: mapping.month ?? 'month', day: mapping.day ?? 'day' } });
		const endYear = mapping.endYear ?? 'end year';
		const endColumns = { year: endYear, month: mapping.endMonth ?? 'end month', day: mapping.endDay ?? 'end day' };
		const end = composeDate({ year: get('endYear'), month: get('endMonth'), day: get('endDay'), columns: endColumns });
		const wrong = [start, end].filter((d): d is CellProblem => typeof d !== 'string');
		if (wrong.length > 0) return { ok: false, problems: wrong };
		return readDates({ text: start as string, column: year }, end === '' ? null : { text: end as string, column: endYear });
	}

	return {
		read(rowCells, row) {
			cells = rowCells;
			const found: RowProblem[] = [];
			const fail = (p: CellProblem) => found.push({ row, column: p.column, reason: p.reason });
			const title = get('title');
			if (title === '') fail({ column: mapping.title ?? 'title', reason: 'missing title' });
			const place = readPlace();
			if (Array.isArray(place)) place.forEach(fail);
			const dates = timeline
				? datesRead(`${get('year')}\u0000${get('month')}\u0000${get('day')}`, `${get('endYear')}\u0000${get('endMonth')}\u0000${get('endDay')}`, readRowDates)
				: datesRead(get('start'), get('end'), readRowDates);
			if (!dates.ok) dates.problems.forEach(fail);
			const id = get('id') || String(row);
			const first = rowOfId.get(id);
			if (first !== undefined) found.push({ row, column: mapping.id ?? null, reason: `duplicate id "${id}": row ${first} has it too` });
			if (found.length > 0 || Array.isArray(place) || !dates.ok) return void problems.push(...found);
			rowOfId.set(id, row);
			const { sources, left } = remember(sourcesRead, get('source'), readSources);
			for (const p of left) warnings.push({ row, column: p.column, reason: p.reason });
			const tags = remember(tagsRead, get('tags'), readTagCell);
			// Rows with the same dates, tags or sources share what was read; each record gets its own objects all the same.
			const { when, written, dateNote } = dates;
			const record: ImportedRecord = {
				id,
				row,
				title,
				text: get('text'),
				category: get('category'),
				tags: tags.slice(),
				sources: sources.map((s) => ({ ...s })),
				written: { start: written.start, end: written.end },
				when: { start: when.start, end: when.end },
				geometry: UNPLACED
			};
			if (dateNote !== undefined) record.dateNote = dateNote;
			records.push(record);
			places.push(place);
		},
		reject(problem) {
			problems.push(problem);
		},
		finish() {
			const { features } = rowsToFeatureCollection(places);
			records.forEach((record, i) => (record.geometry = features[i]!.geometry));
			return { records, problems, warnings };
		}
	};
}
