/**
 * The atlas as the explorer knows it once decoded: dated events, places with their names through
 * time, frontline keyframes, axes of advance, zones and lines, each citing its sources.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Day } from './day';
import type { HistoricalDate } from './historicalDate';
import { OPEN_END } from './timeline';

/**
 * What kind of work a source is, so a reader sees what a fact rests on: a document of the time, an
 * official history, a scholarly work, a reference work, the press, or a web page.
 */
export const SOURCE_KINDS = ['primary', 'official history', 'scholarly', 'reference', 'press', 'web'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A work cited: its title, and its author or issuing body, publisher or archive, year and canonical
 * address where it has them. An atlas's data gives every source a kind; a reader's imported file may
 * give only an address.
 */
export interface Source {
	title: string;
	kind?: SourceKind;
	/** The work's canonical page (http or https), absent for a book with none. */
	url?: string;
	author?: string;
	publisher?: string;
	/** As the work gives it ("1983", "1815–1816"). */
	year?: string;
}

/** When something happened: from `start` to the end of `end` (or of `start` when it has none). */
export interface DateSpan {
	start: HistoricalDate;
	end: HistoricalDate | null;
}

/** The half-open interval of days a span covers: [first day of start, day after the end). */
export function spanDays(span: DateSpan): { from: Day; to: Day } {
	return { from: span.start.start, to: (span.end ?? span.start).end };
}

/**
 * The days a zone or a line stands: as {@link spanDays}, except that one with no end (the Republic of
 * a state that still stands, a border still drawn) stands to the end of time, not for one day.
 */
export function standingDays(span: DateSpan): { from: Day; to: Day } {
	const { from, to } = spanDays(span);
	return { from, to: span.end === null ? OPEN_END : to };
}

/** The keyframes of each front, by front id, in the atlas's order (which the data keeps by date). */
export function keyframesByFront(frontlines: readonly FrontlineKeyframe[]): Map<string, FrontlineKeyframe[]> {
	const byFront = new Map<string, FrontlineKeyframe[]>();
	for (const k of frontlines) byFront.set(k.front, [...(byFront.get(k.front) ?? []), k]);
	return byFront;
}

export interface AtlasEvent {
	id: string;
	title: string;
	when: DateSpan;
	/** A free string ("military", "trade"); the atlas's manifest may give it a label and a colour. */
	category: string;
	/** '' when the data gives none (an atlas made from a reader's table). */
	summary: string;
	/** Hashtags, such as "#Waterloo". */
	tags: string[];
	/** Place ids, the main place first; none when the data names none. */
	places: string[];
	sources: Source[];
	geometry: Point;
	/** Which source gives which date, where they differ. */
	dateNote?: string;
	/** Why the point stands where it does, when it is not the event's exact site. */
	locationNote?: string;
}

/** A name a place had, and when (open-ended when a bound is missing). */
export interface PlaceName {
	name: string;
	lang?: string;
	start?: HistoricalDate;
	end?: HistoricalDate;
	note?: string;
	/** The name English-language maps and reports of the time used (Mukden, Port Arthur). */
	conventional?: boolean;
	/** Other romanisations of the same name ("Tchernigov" for "Chernigov"): one name, one entry. */
	variants?: string[];
}

export const PLACE_KINDS = ['city', 'port', 'island', 'site', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** How a shape was made from other data, and whether its boundary is only approximate. */
export interface Derivation {
	method: string;
	approximate: boolean;
}

export interface Place {
	id: string;
	kind: PlaceKind;
	/** The name the explorer shows by default (today's usual English name). */
	name: string;
	names: PlaceName[];
	summary: string;
	sources: Source[];
	/** A point for a city or site; a polygon for a region, or null when no boundary is drawn. */
	geometry: Point | Polygon | MultiPolygon | null;
	derivation?: Derivation;
	/** Where the point's coordinates come from, or why it stands where it does. */
	locationNote?: string;
	/**
	 * How early its label is placed where labels collide: 1 first (a seat of government of the
	 * period), then 2, 3…; a place without a rank comes after every ranked one.
	 */
	rank?: number;
}

/** One formation's reported position that a frontline keyframe passes through. */
export interface FrontPosition {
	place: string;
	date: HistoricalDate;
	formation: string;
	coordinates: Position;
}

/** A front's position on one date: a line through the furthest positions sources report. */
export interface FrontlineKeyframe {
	id: string;
	front: string;
	frontName: string;
	date: HistoricalDate;
	positions: FrontPosition[];
	sources: Source[];
	geometry: LineString;
	note?: string;
	/** What the front was and did: given on its first keyframe only, it opens the front's panel. */
	frontSummary?: string;
	/** The front's category (an event category's id): given on its first keyframe only. */
	category?: string;
}

export const ADVANCE_KINDS = ['ground', 'sea', 'airborne'] as const;
export type AdvanceKind = (typeof ADVANCE_KINDS)[number];

export interface Advance {
	id: string;
	name: string;
	front: string;
	kind: AdvanceKind;
	when: DateSpan;
	/** The places the route passes, in order, with the date each was reached where known. */
	waypoints: { place: string; date: HistoricalDate | null }[];
	sources: Source[];
	geometry: LineString;
	note?: string;
	/** An event category's id, so the category filters act on it too. */
	category?: string;
}

export interface Zone {
	id: string;
	name: string;
	kind: string;
	when: DateSpan;
	summary: string;
	sources: Source[];
	derivation: Derivation;
	geometry: Polygon | MultiPolygon;
	/** A key into the manifest's `styles`: how the zone is drawn and named in the legend. */
	style?: string;
	/** An event category's id, so the category filters act on it too. */
	category?: string;
}

export interface AtlasLine {
	id: string;
	name: string;
	when: DateSpan;
	summary: string;
	sources: Source[];
	derivation: Derivation;
	geometry: LineString | MultiLineString;
	/** A key into the manifest's `styles`: how the line is drawn and named in the legend. */
	style?: string;
	/** An event category's id, so the category filters act on it too. */
	category?: string;
}

export interface Atlas {
	events: AtlasEvent[];
	places: Place[];
	frontlines: FrontlineKeyframe[];
	advances: Advance[];
	zones: Zone[];
	lines: AtlasLine[];
}
