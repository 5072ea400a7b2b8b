/**
 * Turns the cells of a table row into checked values: coordinates, dates (one cell, an EDTF interval
 * or TimelineJS's split columns), hashtags and web addresses, each problem with a reason a reader can act on.
 */
import type { DateSpan, Source } from '../domain/atlas';
import { MERCATOR_LATITUDE } from '../data/schema';
import { hashtag, isHttpUrl, readSpan } from './geojsonInput';
import type { ImportedRecord } from './types';

/** What is wrong with a cell, and in which column (as the header writes it). */
export interface CellProblem {
	column: string;
	reason: string;
}

/** A cell cut to a length that fits in a sentence. */
export const shorten = (cell: string, max = 40): string => (cell.length > max ? `${cell.slice(0, max - 1)}…` : cell);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A cell as a number, or why it is not one. `Number()` alone would read '' as 0 and '0x10' as 16. */
export function readNumber(cell: string, what: string): number | string {
	if (cell === '') return `${what} is empty`;
	if (NUMBER.test(cell)) return Number(cell);
	if (DECIMAL_COMMA.test(cell)) return `${what} "${cell}" is not a number: write decimals with a point ("${cell.replace(',', '.')}")`;
	return `${what} "${shorten(cell)}" is not a number`;
}

/** A point's latitude and longitude, or the problem with each, a pair that looks swapped said so. */
export function readLatLon(latCell: string, lonCell: string, columns: { lat: string; lon: string }): { lat: number; lon: number } | CellProblem[] {
	const lat = readNumber(latCell, 'latitude');
	const lon = readNumber(lonCell, 'longitude');
	const problems: CellProblem[] = [];
	if (typeof lat === 'string') problems.push({ column: columns.lat, reason: lat });
	if (typeof lon === 'string') problems.push({ column: columns.lon, reason: lon });
	if (typeof lat === 'number' && Math.abs(lat) > 90) {
		const swapped = typeof lon === 'number' && Math.abs(lon) <= 90 ? `: it looks swapped with the longitude (${lon})` : '';
		problems.push({ column: columns.lat, reason: `latitude ${lat} is out of range (-90 to 90)${swapped}` });
	} else if (typeof lat === 'number' && Math.abs(lat) > MERCATOR_LATITUDE) {
		problems.push({ column: columns.lat, reason: `latitude ${lat} lies beyond ±${MERCATOR_LATITUDE}°, where the Web Mercator map ends: the map cannot draw it` });
	}
	if (typeof lon === 'number' && Math.abs(lon) > 180) problems.push({ column: columns.lon, reason: `longitude ${lon} is out of range (-180 to 180)` });
	return problems.length > 0 || typeof lat !== 'number' || typeof lon !== 'number' ? problems : { lat, lon };
}

const LOOSE_DATE = /^([+-]?)(\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?([~?%]?)$/;
const LONG_YEAR = /^([+-]?)(\d{5,})$/;

/** One date written loosely ("-218", "1815-6-18", "+1815", "12000") as EDTF writes it ("-0218", "1815-06-18", "Y12000"). */
function normaliseOne(text: string): string {
	const long = LONG_YEAR.exec(text);
	if (long) return `Y${long[1] === '-' ? '-' : ''}${long[2]}`;
	const m = LOOSE_DATE.exec(text);
	if (!m) return text;
	const [, sign, year = '', month, day, qualifier = ''] = m;
	const pad = (part: string | undefined) => (part === undefined ? '' : `-${part.padStart(2, '0')}`);
	return `${sign === '-' ? '-' : ''}${year.padStart(4, '0')}${pad(month)}${pad(day)}${qualifier}`;
}

/** A date or an interval of two ("-218/-201") in EDTF's form; text that is neither is left for the date parser to explain. */
export function normaliseDate(text: string): string {
	const parts = text.split('/');
	return parts.length === 2 ? parts.map(normaliseOne).join('/') : normaliseOne(text);
}

/** The cells of TimelineJS's split date columns, and their columns. */
export interface SplitDate {
	year: string;
	month: string;
	day: string;
	columns: { year: string; month: string; day: string };
}

const WHOLE = /^[+-]?\d+$/;
const SMALL = /^\d{1,2}$/;

/** TimelineJS's Year, Month and Day cells as one date ("1815-06-18"); '' when all are empty. */
export function composeDate({ year, month, day, columns }: SplitDate): string | CellProblem {
	if (year === '') return month === '' && day === '' ? '' : { column: columns.year, reason: 'missing year: a month or day is given without one' };
	if (!WHOLE.test(year)) return { column: columns.year, reason: `year "${shorten(year)}" is not a whole number` };
	if (month !== '' && !(SMALL.test(month) && Number(month) >= 1 && Number(month) <= 12)) {
		return { column: columns.month, reason: `month "${shorten(month)}" is not a number from 1 to 12` };
	}
	if (day !== '' && month === '') return { column: columns.month, reason: 'missing month: a day is given without one' };
	if (day !== '' && !(SMALL.test(day) && Number(day) >= 1)) return { column: columns.day, reason: `day "${shorten(day)}" is not a number from 1 to 31` };
	return normaliseOne([year, month, day].filter((part) => part !== '').join('-'));
}

/** A row's dates read, with the texts as written and open or unknown ends in words; or the problems. */
export type RowDates =
	| { ok: true; when: DateSpan; written: ImportedRecord['written']; dateNote?: string }
	| { ok: false; problems: CellProblem[] };

/**
 * Reads a start and an optional end through the project's EDTF parser. An end cell of ".." (open)
 * reads as the open interval "start/..", so that a table can say "still going on" as EDTF does.
 */
export function readDates(start: { text: string; column: string }, end: { text: string; column: string } | null): RowDates {
	const open = end?.text === '..' && !start.text.includes('/');
	const read = readSpan(
		{ text: normaliseDate(open ? `${start.text}/..` : start.text), column: start.column },
		end === null || end.text === '' || open ? null : { text: normaliseDate(end.text), column: end.column }
	);
	if (!read.ok) return read;
	const written = { start: start.text, end: end === null || end.text === '' ? null : end.text };
	return { ok: true, when: read.when, written, ...(read.notes.length > 0 ? { dateNote: read.notes.join(' ') } : {}) };
}

const TAG_SEPARATORS = /[,;\s]+/;

/** Hashtags from a cell of words separated by commas, semicolons or spaces, '#' added where missing. */
export function readTagCell(cell: string): string[] {
	return [...new Set(cell.split(TAG_SEPARATORS).map(hashtag).filter((tag): tag is string => tag !== null))];
}

const SOURCE_SEPARATORS = /[\s;|]+/;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const TRAILING_PUNCTUATION = /[,.]$/;

/** The web addresses in a cell, and what was left out because it is not an http(s) address. */
export function readSourceCell(cell: string, column: string): { sources: Source[]; left: CellProblem[] } {
	if (cell === '') return { sources: [], left: [] };
	const tokens = cell.split(SOURCE_SEPARATORS).map((token) => token.replace(TRAILING_PUNCTUATION, '')).filter((token) => URL_LIKE.test(token));
	if (tokens.length === 0) return { sources: [], left: [{ column, reason: `source "${shorten(cell)}" is not a web address (http or https): left out` }] };
	const sources: Source[] = [];
	const left: CellProblem[] = [];
	for (const url of tokens) {
		if (!isHttpUrl(url)) left.push({ column, reason: `source "${shorten(url)}" is not an http or https address: left out` });
		else if (!sources.some((s) => s.url === url)) sources.push({ title: url, url });
	}
	return { sources, left };
}
