/**
 * Recognises what a reader's text holds (JSON, or a table and its delimiter) and, from a table's
 * header, which column holds what: names compared case-insensitively, spaces and hyphens as '_'.
 */
import type { ColumnMapping } from './types';

/** A text's content: JSON, a table with its delimiter, or nothing. The byte order mark is gone. */
export type Content = { kind: 'json'; text: string } | { kind: 'table'; text: string; delimiter: ',' | '\t' | ';' } | { kind: 'empty' };

const count = (line: string, char: string): number => line.split(char).length - 1;

/**
 * What a text holds: JSON when it starts with "{" or "["; otherwise a table, tab-separated when its
 * header has tabs and no more commas than tabs, semicolon-separated when it has only semicolons.
 */
export function detectContent(raw: string): Content {
	const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
	const first = text.search(/\S/);
	if (first < 0) return { kind: 'empty' };
	if (text[first] === '{' || text[first] === '[') return { kind: 'json', text };
	const lineEnd = text.search(/[\r\n]/);
	const header = lineEnd < 0 ? text : text.slice(0, lineEnd);
	const [tabs, commas, semicolons] = [count(header, '\t'), count(header, ','), count(header, ';')];
	const delimiter = tabs > 0 && commas <= tabs ? '\t' : commas === 0 && semicolons > 0 ? ';' : ',';
	return { kind: 'table', text, delimiter };
}

/** A header's name as compared: trimmed, lower case, runs of spaces and hyphens as one '_'. */
export const columnKey = (name: string): string => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

const LINKED_PLACES_ONLY = ['title_source', 'title_uri', 'ccodes', 'parent_name', 'parent_id', 'geo_source', 'geo_id', 'aat_types'];

/** Whether a header is Linked Places TSV's (v0.5): columns only it has, or "@id" with "title" and "start". */
export function isLinkedPlacesTable(headers: readonly string[]): boolean {
	const keys = new Set(headers.map(columnKey));
	return LINKED_PLACES_ONLY.some((k) => keys.has(k)) || (keys.has('@id') && keys.has('title') && keys.has('start'));
}

const ALIASES = {
	title: ['title', 'name', 'headline'],
	text: ['description', 'summary', 'text'],
	category: ['category', 'type', 'group'],
	tags: ['tags', 'hashtags'],
	source: ['source', 'sources', 'url', 'link'],
	id: ['id', '@id'],
	start: ['start', 'start_date', 'date'],
	end: ['end', 'end_date'],
	geometry: ['geometry', 'wkt', 'geowkt', '_geojson']
} as const satisfies Partial<Record<keyof ColumnMapping, readonly string[]>>;

const TIMELINE = { year: 'year', month: 'month', day: 'day', endYear: 'end_year', endMonth: 'end_month', endDay: 'end_day' } as const;

const LAT = /^(?:(.+)_)?(?:lat|latitude)$/;
const LON = /^(?:(.+)_)?(?:lon|lng|long|longitude)$/;

/** A header's coordinate columns: each latitude with the longitude of the same prefix, if any ("pickup_lat" with "pickup_lng"). */
function coordinateColumns(headers: readonly string[]): { lats: string[]; lons: string[]; pairs: [string, string][] } {
	const lats: { name: string; prefix: string }[] = [];
	const lons: { name: string; prefix: string }[] = [];
	for (const name of headers) {
		const key = columnKey(name);
		// "y" and "x" pair only with each other: they get a prefix of their own.
		const lat = key === 'y' ? ['', 'y'] : LAT.exec(key);
		const lon = key === 'x' ? ['', 'x'] : LON.exec(key);
		if (lat) lats.push({ name, prefix: key === 'y' ? '(xy)' : (lat[1] ?? '') });
		if (lon) lons.push({ name, prefix: key === 'x' ? '(xy)' : (lon[1] ?? '') });
	}
	const pairs = lats.flatMap((lat): [string, string][] => {
		const lon = lons.find((l) => l.prefix === lat.prefix);
		return lon ? [[lat.name, lon.name]] : [];
	});
	return { lats: lats.map((l) => l.name), lons: lons.map((l) => l.name), pairs };
}

const list = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** The best guess at a table's columns, and what makes it uncertain, in words (empty when it is sure). */
export function guessMapping(headers: readonly string[]): { mapping: ColumnMapping; doubts: string[] } {
	const byKey = new Map<string, string>();
	for (const name of headers) if (!byKey.has(columnKey(name))) byKey.set(columnKey(name), name);
	const find = (keys: readonly string[]) => keys.map((k) => byKey.get(k)).find((name) => name !== undefined);
	const mapping: ColumnMapping = {};
	for (const [field, keys] of Object.entries(ALIASES)) {
		const name = find(keys);
		if (name !== undefined) mapping[field as keyof typeof ALIASES] = name;
	}
	const doubts: string[] = [];
	const { lats, lons, pairs } = coordinateColumns(headers);
	const [pair] = pairs;
	if (pair) [mapping.lat, mapping.lon] = pair;
	if (lats.length > 1) doubts.push(`Several columns could hold the latitude (${list(lats)}): choose one.`);
	if (lons.length > 1) doubts.push(`Several columns could hold the longitude (${list(lons)}): choose one.`);
	const geometries = headers.filter((h) => (ALIASES.geometry as readonly string[]).includes(columnKey(h)));
	if (geometries.length > 1) doubts.push(`Several columns could hold the geometry (${list(geometries)}): choose one.`);
	if (!pair && !mapping.geometry) {
		if (lats.length + lons.length > 0) doubts.push(`A latitude or longitude column (${list([...lats, ...lons])}) has no partner: choose both columns.`);
		else doubts.push('No columns look like coordinates (lat and lon, latitude and longitude, y and x) or a geometry (WKT or GeoJSON): choose them.');
	}
	const timeline = ['month', 'day', 'end_year'].some((k) => byKey.has(k));
	if (!mapping.start && timeline) {
		for (const [field, key] of Object.entries(TIMELINE)) if (byKey.has(key)) mapping[field as keyof typeof TIMELINE] = byKey.get(key);
	} else if (!mapping.start && byKey.has('year')) {
		mapping.start = byKey.get('year');
	}
	if (!mapping.start && !mapping.year) doubts.push("No column looks like a date (start, start_date, date, year, or TimelineJS's Year, Month and Day): choose one.");
	if (!mapping.title) doubts.push('No column looks like a title (title, name or headline): choose one.');
	return { mapping, doubts };
}

const FIELDS = [...Object.keys(ALIASES), ...Object.keys(TIMELINE), 'lat', 'lon'] as (keyof ColumnMapping)[];

/** What keeps a mapping (the guess or the reader's choice) from reading the table, in words; empty when it can. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): string[] {
	const problems: string[] = [];
	for (const field of FIELDS) {
		const name = mapping[field];
		if (name !== undefined && !headers.includes(name)) problems.push(`The column "${name}" chosen for ${field} is not in the file.`);
	}
	if (Boolean(mapping.lat) !== Boolean(mapping.lon)) problems.push('Choose both a latitude and a longitude column, or neither.');
	if (!mapping.geometry && !(mapping.lat && mapping.lon)) problems.push('Choose the latitude and longitude columns, or a geometry column.');
	if (!mapping.start && !mapping.year) problems.push('Choose a date column (or a year column).');
	if (mapping.start && mapping.year) problems.push('Choose either a date column or the year, month and day columns, not both.');
	if (!mapping.title) problems.push('Choose a title column.');
	return problems;
}
