/**
 * Turns a reader's GeoJSON (a FeatureCollection, one Feature, or Linked Places Format) into checked
 * records: dates from OpenHistoricalMap tags, GeoJSON-events `when`, LPF `when.timespans` or this
 * atlas's own `start`/`end`; every feature that cannot be read is reported by number, property and reason.
 */
import type { Geometry, Position } from 'geojson';
import { SOURCE_KINDS, type DateSpan, type Source } from '../domain/atlas';
import { parseEdtf, type EdtfBound } from '../domain/edtf';
import { historicalDateInWords, parseHistoricalDate } from '../domain/historicalDate';
import { MERCATOR_LATITUDE } from '../data/schema';
import type { ImportedRecord, ImportResult, RowProblem } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of the first of `names` the object has (case-insensitively), and the key as written. */
function property(props: Json, ...names: string[]): { key: string; value: unknown } | null {
	for (const name of names) {
		const key = Object.keys(props).find((k) => k.toLowerCase() === name);
		if (key !== undefined && props[key] !== null && props[key] !== '') return { key, value: props[key] };
	}
	return null;
}

/** A property as trimmed text ('' when absent); numbers are written as they stand. */
function textOf(props: Json, ...names: string[]): string {
	const found = property(props, ...names);
	return typeof found?.value === 'string' || typeof found?.value === 'number' ? String(found.value).trim() : '';
}

/** What is wrong with a date, and in which property or column. */
export interface SpanProblem {
	column: string;
	reason: string;
}

/** Dates read: the span, the texts as written, and notes in words on open ends, ranges and bounds given loosely. */
export type SpanRead =
	| { ok: true; when: DateSpan; written: ImportedRecord['written']; notes: string[]; open: boolean }
	| { ok: false; problems: SpanProblem[] };

/** A date as written, and where it was written. */
export interface WrittenDate {
	text: string;
	column: string;
}

const inWords = (text: string): string => {
	const parsed = parseHistoricalDate(text);
	return parsed.ok ? historicalDateInWords(parsed.value) : text;
};

/** "between 1906 and 1908" when both bounds of an interval are dates. */
const betweenWords = (a: EdtfBound, b: EdtfBound): string | null =>
	a.kind === 'date' && b.kind === 'date' ? `between ${historicalDateInWords(a.date)} and ${historicalDateInWords(b.date)}` : null;

/**
 * Reads a start and an optional end, each a date or an EDTF interval. A start written as an interval
 * with no end is the whole span ("1906/1908"); with an end, the start lies within it. An open or
 * unknown end ("1985/..", "1985/") leaves the span without an end, said in a note; a start that is
 * open or unknown cannot be shown in time and is a problem.
 */
export function readSpan(start: WrittenDate, end: WrittenDate | null): SpanRead {
	const problems: SpanProblem[] = [];
	const parse = (d: WrittenDate) => {
		const parsed = d.text.trim() === '' ? { ok: false as const, error: 'missing date' } : parseEdtf(d.text.trim());
		if (parsed.ok) return parsed.value;
		problems.push({ column: d.column, reason: parsed.error });
		return null;
	};
	const s = parse(start);
	const e = end ? parse(end) : null;
	if (!s || (end && !e)) return { ok: false, problems };
	const notes: string[] = [];
	const first: EdtfBound = s.kind === 'date' ? s : s.start;
	const last: EdtfBound | null = e ? (e.kind === 'date' ? e : e.end) : s.kind === 'interval' ? s.end : null;
	if (e && s.kind === 'interval' && betweenWords(s.start, s.end)) notes.push(`The file dates its start ${betweenWords(s.start, s.end)}.`);
	if (e?.kind === 'interval' && betweenWords(e.start, e.end)) notes.push(`The file dates its end ${betweenWords(e.start, e.end)}.`);
	if (first.kind !== 'date') {
		return { ok: false, problems: [{ column: start.column, reason: `the start of "${start.text}" is ${first.kind}: the map needs a date to show it from` }] };
	}
	const written = { start: start.text.trim(), end: end ? end.text.trim() : null };
	if (last === null || last.kind !== 'date') {
		if (last?.kind === 'open') notes.push('The file leaves its end open: it goes on.');
		if (last?.kind === 'unknown') notes.push('The file gives its end as unknown.');
		return { ok: true, when: { start: first.date, end: null }, written, notes, open: last !== null };
	}
	if (last.date.end <= first.date.start || last.date.start < first.date.start) {
		const column = end?.column ?? start.column;
		return { ok: false, problems: [{ column, reason: `ends (${last.date.text}) before it starts (${first.date.text})` }] };
	}
	return { ok: true, when: { start: first.date, end: last.date }, written, notes, open: false };
}

/** The text of an LPF timespan bound: a string, or `{ in }`, or `{ earliest, latest }` (the outer one taken, said in a note). */
function boundText(bound: unknown, which: 'start' | 'end', notes: string[]): string | null {
	if (typeof bound === 'string') return bound;
	if (!isObject(bound)) return null;
	const text = (v: unknown) => (typeof v === 'string' ? v : null);
	const [inText, earliest, latest] = [text(bound['in']), text(bound['earliest']), text(bound['latest'])];
	if (inText) return inText;
	if (earliest && latest) notes.push(`The file dates its ${which} between ${inWords(earliest)} and ${inWords(latest)}.`);
	return which === 'start' ? (earliest ?? latest) : (latest ?? earliest);
}

/** Reads Linked Places `when.timespans`: one timespan, or several taken as the whole range from the first to the last, said in a note. */
export function readTimespans(timespans: unknown[], column: string): SpanRead {
	if (timespans.length === 0) return { ok: false, problems: [{ column, reason: 'no timespan: a Linked Places "when" needs at least one' }] };
	const reads = timespans.map((ts, i): SpanRead => {
		const notes: string[] = [];
		const at = `${column}[${i}]`;
		const start = isObject(ts) ? boundText(ts['start'], 'start', notes) : null;
		const reason = 'missing date: a timespan needs a start ("in", "earliest" or "latest")';
		if (start === null) return { ok: false, problems: [{ column: `${at}.start`, reason }] };
		const end = isObject(ts) && ts['end'] !== undefined ? boundText(ts['end'], 'end', notes) : null;
		const read = readSpan({ text: start, column: `${at}.start` }, end === null ? null : { text: end, column: `${at}.end` });
		return read.ok ? { ...read, notes: [...notes, ...read.notes] } : read;
	});
	const failed = reads.flatMap((r) => (r.ok ? [] : r.problems));
	const good = reads.filter((r) => r.ok);
	if (failed.length || good.length === 0) return { ok: false, problems: failed };
	if (good.length === 1) return good[0]!;
	const first = good.reduce((a, b) => (b.when.start.start < a.when.start.start ? b : a));
	const lastDay = (r: (typeof good)[number]) => (r.open ? Infinity : (r.when.end ?? r.when.start).end);
	const last = good.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
	const end = last.open ? null : (last.when.end ?? last.when.start);
	const notes = [...new Set([...good.flatMap((r) => r.notes), `The file gives ${good.length} timespans; shown as one, from the first to the last.`])];
	const written = { start: first.written.start, end: end === null || end === first.when.start ? null : (last.written.end ?? last.written.start) };
	return { ok: true, when: { start: first.when.start, end: end === first.when.start ? null : end }, written, notes, open: last.open };
}

/** A year given as a number (1815, -218) in the four-digit form dates are written in. */
const yearText = (v: unknown): string | null =>
	typeof v === 'number' && Number.isInteger(v) ? `${v < 0 ? '-' : ''}${String(Math.abs(v)).padStart(4, '0')}` : typeof v === 'string' ? v.trim() : null;

/** "#TradeRoute" from "trade route": hashtags of letters and digits, as the atlas's filters use them. */
export function hashtag(word: string): string | null {
	const core = word
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((w) => w[0]!.toUpperCase() + w.slice(1))
		.join('');
	return core ? `#${core}` : null;
}

/** Tags from a list or from text separated by commas, semicolons or spaces before a '#'. */
export function readTags(value: unknown): string[] {
	const words = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(/[,;]|\s+(?=#)/) : [];
	return [...new Set(words.map(hashtag).filter((t): t is string => t !== null))];
}

/** Whether the text is an http(s) address: the only links the explorer opens. */
export function isHttpUrl(text: string): boolean {
	if (!/^https?:\/\//i.test(text)) return false;
	try {
		return new URL(text).protocol.startsWith('http');
	} catch {
		return false;
	}
}

/**
 * Sources from `sources` ({ title, url } with the atlas's kind, author, publisher and year, or bare
 * addresses), `source`/`url`, and Linked Places' links, citations and descriptions.
 */
function readSources(feature: Json, props: Json): Source[] {
	const found: Source[] = [];
	const add = (url: unknown, title?: unknown, work: Json = {}) => {
		if (typeof url !== 'string' || !isHttpUrl(url.trim()) || found.some((s) => s.url === url.trim())) return;
		const kind = SOURCE_KINDS.find((k) => k === work['kind']);
		const given = (k: string) => (typeof work[k] === 'string' && work[k].trim() ? [[k, work[k].trim()]] : []);
		const extra = Object.fromEntries(['author', 'publisher', 'year'].flatMap(given));
		found.push({ title: typeof title === 'string' && title.trim() ? title.trim() : url.trim(), ...(kind ? { kind } : {}), url: url.trim(), ...extra });
	};
	const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
	for (const s of list(property(props, 'sources')?.value)) {
		if (isObject(s)) add(s['url'], s['title'], s);
		else add(s);
	}
	for (const v of [property(props, 'source', 'url', 'link')?.value].flat()) for (const url of typeof v === 'string' ? v.split(/\s+/) : []) add(url);
	for (const n of list(feature['names'])) for (const c of isObject(n) ? list(n['citations']) : []) if (isObject(c)) add(c['@id'], c['label']);
	for (const d of list(feature['descriptions'])) if (isObject(d)) add(d['source'] ?? d['@id']);
	for (const l of list(feature['links'])) if (isObject(l)) add(l['identifier']);
	return found;
}

/** A position's longitude and latitude, or why it is not one. */
function readPosition(p: unknown, point: boolean): Position | string {
	const numbers = Array.isArray(p) && p.length >= 2 && p.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n));
	if (!numbers) return `${JSON.stringify(p)} is not a [longitude, latitude] position`;
	const [lon, lat] = p as [number, number];
	if (lon < -180 || lon > 180) return `longitude ${lon} is out of range (-180 to 180)`;
	if (lat < -90 || lat > 90) return `latitude ${lat} is out of range (-90 to 90)`;
	if (point && Math.abs(lat) > MERCATOR_LATITUDE) {
		return `latitude ${lat} lies beyond ±${MERCATOR_LATITUDE}°, where the Web Mercator map ends: the map cannot draw it`;
	}
	return [lon, lat];
}

const readLine = (line: unknown): Position[] | string => {
	if (!Array.isArray(line) || line.length < 2) return 'a line needs at least two positions';
	const positions = line.map((p) => readPosition(p, false));
	return positions.find((p): p is string => typeof p === 'string') ?? (positions as Position[]);
};

const readRing = (ring: unknown): Position[] | string => {
	const positions = readLine(ring);
	if (typeof positions === 'string') return positions;
	const [first, last] = [positions[0]!, positions.at(-1)!];
	if (positions.length < 4) return 'a ring needs at least four positions';
	return first[0] === last[0] && first[1] === last[1] ? positions : 'a ring must end where it starts';
};

/** Reads every part with `read`; the first problem found, or the parts. */
function all<T>(parts: unknown, read: (part: unknown) => T | string): T[] | string {
	if (!Array.isArray(parts) || parts.length === 0) return 'no coordinates';
	const read_ = parts.map(read);
	return read_.find((p): p is string => typeof p === 'string') ?? (read_ as T[]);
}

const SUPPORTED = 'points, lines (LineString, MultiLineString) and polygons (Polygon, MultiPolygon)';

/**
 * A geometry the explorer draws, with bare [longitude, latitude] positions, or why it cannot be one.
 * Linked Places wraps its geometry in a GeometryCollection: its first geometry is taken.
 */
export function readGeometry(g: unknown): Geometry | string {
	if (!isObject(g)) return 'the feature has no geometry';
	const c = g['coordinates'];
	const made = <T>(value: T | string, build: (v: T) => Geometry): Geometry | string => (typeof value === 'string' ? value : build(value));
	switch (g['type']) {
		case 'Point':
			return made(readPosition(c, true), (coordinates) => ({ type: 'Point', coordinates }));
		case 'LineString':
			return made(readLine(c), (coordinates) => ({ type: 'LineString', coordinates }));
		case 'MultiLineString':
			return made(all(c, readLine), (coordinates) => ({ type: 'MultiLineString', coordinates }));
		case 'Polygon':
			return made(all(c, readRing), (coordinates) => ({ type: 'Polygon', coordinates }));
		case 'MultiPolygon':
			return made(all(c, (p) => all(p, readRing)), (coordinates) => ({ type: 'MultiPolygon', coordinates }));
		case 'GeometryCollection': {
			const first = Array.isArray(g['geometries']) ? g['geometries'].find(isObject) : undefined;
			return first ? readGeometry(first) : 'the GeometryCollection holds no geometry';
		}
		default:
			return `a ${String(g['type'])} cannot be drawn: ${SUPPORTED} can`;
	}
}

/** The `when` of a feature, its properties or (Linked Places) its geometries, if any. */
function whenOf(feature: Json, props: Json): { when: Json; column: string } | null {
	if (isObject(feature['when'])) return { when: feature['when'], column: 'when' };
	if (isObject(props['when'])) return { when: props['when'], column: 'properties.when' };
	const g = feature['geometry'];
	const inner = isObject(g) ? (isObject(g['when']) ? [g] : Array.isArray(g['geometries']) ? g['geometries'].filter(isObject) : []) : [];
	const timed = inner.filter((x) => isObject(x['when']));
	if (timed.length === 0) return null;
	const timespans = timed.flatMap((x) => ((x['when'] as Json)['timespans'] as unknown[]) ?? []);
	return { when: { timespans }, column: 'geometry.when' };
}

/** Reads the dates of one feature, from the first of the conventions it follows. */
function readDates(feature: Json, props: Json): SpanRead {
	const pairs = [
		{ start: ['start_date:edtf', 'start_date'], end: ['end_date:edtf', 'end_date'] },
		{ start: ['start', 'date', 'year'], end: ['end'] }
	];
	for (const pair of pairs) {
		const start = property(props, ...pair.start);
		const text = start && yearText(start.value);
		if (!start || text === null) continue;
		const end = property(props, ...pair.end);
		return readSpan({ text, column: `properties.${start.key}` }, end ? { text: yearText(end.value) ?? '', column: `properties.${end.key}` } : null);
	}
	const found = whenOf(feature, props);
	if (found && Array.isArray(found.when['timespans'])) return readTimespans(found.when['timespans'], `${found.column}.timespans`);
	if (found && found.when['start'] !== undefined) {
		const end = found.when['end'];
		return readSpan(
			{ text: yearText(found.when['start']) ?? '', column: `${found.column}.start` },
			end === undefined || end === null ? null : { text: yearText(end) ?? '', column: `${found.column}.end` }
		);
	}
	const reason = 'no date: give start (and end), start_date (OpenHistoricalMap), when.start or when.timespans';
	return { ok: false, problems: [{ column: 'properties.start', reason }] };
}

/** Whether the JSON is Linked Places Format: its JSON-LD context names it, or its features carry `when.timespans`. */
function isLinkedPlaces(root: Json, features: unknown[]): boolean {
	const context = JSON.stringify(root['@context'] ?? '').toLowerCase();
	return /linked-?places/.test(context) || features.some((f) => isObject(f) && isObject(f['when']) && Array.isArray(f['when']['timespans']));
}

/** Reads one feature (numbered from 1) into a record, or the problems that keep it out. */
function readFeature(raw: unknown, row: number): ImportedRecord | RowProblem[] {
	if (!isObject(raw) || raw['type'] !== 'Feature') return [{ row, column: null, reason: 'not a GeoJSON Feature' }];
	const props = isObject(raw['properties']) ? raw['properties'] : {};
	const problems: RowProblem[] = [];
	const title = textOf(props, 'title', 'name:en', 'name', 'headline');
	if (!title) problems.push({ row, column: 'properties.title', reason: 'missing title: give title, name or headline' });
	const dates = readDates(raw, props);
	if (!dates.ok) problems.push(...dates.problems.map((p) => ({ row, ...p })));
	const geometry = readGeometry(raw['geometry']);
	if (typeof geometry === 'string') problems.push({ row, column: 'geometry', reason: geometry });
	if (problems.length || !dates.ok || typeof geometry === 'string') return problems;
	const descriptions = Array.isArray(raw['descriptions']) ? raw['descriptions'].filter(isObject) : [];
	const fileNote = textOf(props, 'datenote');
	const dateNote = [fileNote, ...dates.notes.filter((n) => !fileNote.includes(n))].filter(Boolean).join(' ');
	const id = [raw['id'], props['id'], raw['@id']].find((v) => typeof v === 'string' ? v.trim() !== '' : typeof v === 'number');
	return {
		id: id === undefined ? String(row) : String(id).trim(),
		row,
		title,
		text: textOf(props, 'description', 'summary', 'text') || (typeof descriptions[0]?.['value'] === 'string' ? descriptions[0]['value'].trim() : ''),
		category: textOf(props, 'category', 'type', 'group', 'historic', 'boundary'),
		tags: readTags(property(props, 'tags')?.value),
		sources: readSources(raw, props),
		written: dates.written,
		when: dates.when,
		...(dateNote ? { dateNote } : {}),
		geometry
	};
}

/**
 * Reads parsed GeoJSON named `name` (the file's name, for messages): a FeatureCollection, one Feature,
 * or a Linked Places FeatureCollection. Good features become records; each bad one is reported by its
 * number (from 1), the property at fault and why; a later feature reusing an id is reported, not read.
 */
export function readGeoJson(value: unknown, name: string): ImportResult {
	const root = isObject(value) ? value : {};
	const features = root['type'] === 'FeatureCollection' && Array.isArray(root['features']) ? root['features'] : root['type'] === 'Feature' ? [root] : null;
	if (!features) {
		const reason = `${name} is not GeoJSON the explorer reads: expected a FeatureCollection with a features array, or a Feature`;
		return { format: 'geojson', records: [], problems: [{ row: 0, column: null, reason }], total: 0 };
	}
	const records: ImportedRecord[] = [];
	const problems: RowProblem[] = [];
	const rows = new Map<string, number>();
	features.forEach((raw, i) => {
		const read = readFeature(raw, i + 1);
		if (Array.isArray(read)) return problems.push(...read);
		const first = rows.get(read.id);
		if (first !== undefined) return problems.push({ row: read.row, column: 'id', reason: `duplicate id "${read.id}": feature ${first} has it too` });
		rows.set(read.id, read.row);
		records.push(read);
	});
	return { format: isLinkedPlaces(root, features) ? 'lpf' : 'geojson', records, problems, total: features.length };
}
