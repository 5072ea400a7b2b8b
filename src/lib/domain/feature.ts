/**
 * The one model every output of an atlas derives from: a dated feature as `compileAtlas()` makes it,
 * with what selecting it opens, what its panel says and the parts the map draws of it.
 */
import type { Geometry } from 'geojson';
import type { Source } from './atlas';
import type { Day } from './day';

/** What a selection (and a link) names: `event=`, `place=`, `front=` or `feature=` in the URL. */
export const REF_KINDS = ['event', 'place', 'front', 'feature'] as const;
export type RefKind = (typeof REF_KINDS)[number];

/** What selecting a feature opens. */
export interface Ref {
	kind: RefKind;
	id: string;
}

/** "event:battle-of-waterloo": a ref as one string, the key of details and lists. */
export const refKey = (ref: Ref): string => `${ref.kind}:${ref.id}`;

/** The kinds of feature an atlas holds (a front is drawn through its keyframes). */
export const FEATURE_KINDS = ['event', 'place', 'front', 'keyframe', 'advance', 'zone', 'line'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** How the explorer names each kind, in lower case: the one place these words live. */
export const KIND_NAMES: Record<FeatureKind, string> = {
	event: 'event',
	place: 'place',
	front: 'front',
	keyframe: 'front position',
	advance: 'axis of advance',
	zone: 'zone',
	line: 'line'
};

/** The map's dated sources, bottom to top of the drawing order of their layers. */
export const DATED_SOURCES = ['zones', 'lines', 'advances', 'fronts', 'events'] as const;
export type DatedSource = (typeof DATED_SOURCES)[number];

/** Flat properties a style expression can read. */
export type PartProps = Record<string, string | number | boolean>;

/**
 * One shape the map draws of a feature, on its own days: an event's point, a front's line on one
 * day, an advance's route on one day and its tip. Its properties always carry `ref` (the feature's
 * ref key), `label` (a one-line name) and `what` (what it is, in words), so a pick needs no lookup.
 */
export interface MapPart {
	source: DatedSource;
	from: Day;
	/** Exclusive. */
	to: Day;
	/** Whether it stays on the map, fading, once over. */
	hold: boolean;
	geometry: Geometry;
	props: PartProps;
}

/** A name a place has had, in words. */
export interface NameDetail {
	name: string;
	lang?: string;
	/** "1624 to 1924", "from 1947", "" when undated. */
	period: string;
	note?: string;
	/** Other romanisations of the name ("Tchernigov" for "Chernigov"). */
	variants?: string[];
}

/** A note shown under a heading ("On the date", "On the point", "Shape"). */
export interface Note {
	label: string;
	text: string;
}

/** What a feature's panel and article page say: every field is shown when it has content. */
export interface Detail {
	ref: Ref;
	kind: FeatureKind;
	/** "Event · military", "Place · city", "Axis of advance". */
	kindLine: string;
	title: string;
	/** The title as a heading: a place's name with its period name ("Oslo, called Christiania (1624 to 1924)"). */
	headline: string;
	/** When, in words ('' for a place). */
	when: string;
	from: Day | null;
	to: Day | null;
	uncertain: boolean;
	category: string | null;
	summary: string;
	notes: Note[];
	tags: string[];
	/** Place ids, the main place first. */
	places: string[];
	names: NameDetail[];
	/** Ids of the events that name the place or lie within it, in date order. */
	moments: string[];
	/** Facts computed with Turf, in words. */
	facts: string[];
	sources: Source[];
	/** A point feature's position. */
	coordinates: [number, number] | null;
	/** West, south, east and north edges of the shape; null when nothing is drawn. */
	bbox: [number, number, number, number] | null;
	/** A keyframe's front, and when its first and last keyframes are. */
	front?: { id: string; name: string; when: string };
	/** A front's keyframes, by id, in date order. */
	positions?: string[];
}

/** A feature of the compiled atlas. */
export interface AtlasFeature {
	kind: FeatureKind;
	id: string;
	/** What selecting it opens (a keyframe's is its front's panel, through the front). */
	ref: Ref;
	label: string;
	/** First day it is drawn, and the day after its last (null for an undated place). */
	from: Day | null;
	to: Day | null;
	/** Whether it stays, fading, once over. Decided here, for every kind, once. */
	hold: boolean;
	when: string;
	category: string | null;
	tags: string[];
	/** Whether the list of what the map shows names it (a front's single positions open from its panel). */
	listed: boolean;
	/** The main place's name (events; '' when it names none). */
	place: string;
	/**
	 * Names a search matches besides the label and summary: every name a place has had, with its
	 * variants; for an event, the names its places had on its days.
	 */
	names: string[];
	/** Where to bring the map to show it. */
	at: [number, number] | null;
	detail: Detail;
	parts: MapPart[];
}

/** The whole atlas as one list of features, in a stable order: events by date first. */
export interface CompiledAtlas {
	features: AtlasFeature[];
}
