/**
 * Turns the atlas into what its panels and article pages say about each feature: texts, dates in
 * words, sources, links between events and places (a place's "life moments"), and facts computed
 * with Turf where they mean something.
 */
import { bbox, booleanPointInPolygon, distance, length, lineString, multiLineString } from '@turf/turf';
import type { Geometry } from 'geojson';
import { keyframesByFront, spanDays, standingDays, type Atlas, type AtlasEvent, type Place, type Source } from './atlas';
import type { Day } from './day';
import { dayInWords } from './day';
import { meanShiftKm } from './frontline';
import { historicalDateInWords, type HistoricalDate } from './historicalDate';
import { keyframeName, spanInWords, standingInWords } from './summaries';

export interface NameDetail {
	name: string;
	lang?: string;
	/** "1910 to 1945", "from 1947", "" when undated. */
	period: string;
	note?: string;
}

export interface EventDetail {
	id: string;
	title: string;
	when: string;
	from: Day;
	to: Day;
	uncertain: boolean;
	category: string;
	summary: string;
	tags: string[];
	/** Place ids, the primary reference first. */
	places: string[];
	sources: Source[];
	dateNote?: string;
	locationNote?: string;
	coordinates: [number, number];
	/** Facts computed with Turf, in words. */
	facts: string[];
}

export interface PlaceDetail {
	id: string;
	kind: string;
	name: string;
	/** "Wonsan, called Genzan under Japanese rule (1910 to 1945)". */
	headline: string;
	names: NameDetail[];
	summary: string;
	sources: Source[];
	locationNote?: string;
	derivation?: { method: string; approximate: boolean };
	/** Events that name the place or lie within it, in date order. */
	moments: string[];
	/** A point, or the bounding box of a region; null when no shape is drawn. */
	bbox: [number, number, number, number] | null;
}

export interface FeatureDetail {
	id: string;
	kind: 'front' | 'advance' | 'zone' | 'line';
	name: string;
	when: string;
	from: Day;
	to: Day;
	summary: string;
	sources: Source[];
	facts: string[];
	note?: string;
	/** West, south, east and north edges of the shape. */
	bbox: [number, number, number, number];
	/** For a front's keyframe: the front it belongs to, and when its first and last keyframes are. */
	front?: { id: string; name: string; when: string };
}

export interface Details {
	events: Record<string, EventDetail>;
	places: Record<string, PlaceDetail>;
	features: Record<string, FeatureDetail>;
}

const km = (n: number) => `${Math.round(n).toLocaleString('en-GB')} km`;

function namePeriod(start?: HistoricalDate, end?: HistoricalDate): string {
	if (start && end) return `${historicalDateInWords(start)} to ${historicalDateInWords(end)}`;
	if (start) return `from ${historicalDateInWords(start)}`;
	if (end) return `until ${historicalDateInWords(end)}`;
	return '';
}

/** "Wonsan, called Genzan under Japanese rule (1910 to 1945)" from a place's conventional period name. */
export function placeHeadline(place: Place): string {
	// A region's other names are states and zones, not what it was called: its name says enough.
	if (place.kind === 'region') return place.name;
	const period = place.names.find((n) => n.conventional && n.name !== place.name) ?? place.names.find((n) => n.start && n.name !== place.name);
	if (!period) return place.name;
	const when = namePeriod(period.start, period.end);
	return `${place.name}, called ${period.name}${when ? ` (${when})` : ''}`;
}

/** The bounding box of any shape (a place with no shape has none). */
function bboxOf(g: Geometry | null): PlaceDetail['bbox'] {
	if (!g) return null;
	const [w, s, e, n] = bbox(g);
	return [w, s, e, n];
}

/** The events that name a place, or whose point lies within it, in date order. */
export function lifeMoments(place: Place, events: readonly AtlasEvent[]): string[] {
	const g = place.geometry;
	const inside = (e: AtlasEvent) => g !== null && g.type !== 'Point' && booleanPointInPolygon(e.geometry.coordinates, g);
	return events
		.filter((e) => e.places.includes(place.id) || inside(e))
		.sort((a, b) => a.when.start.start - b.when.start.start || a.title.localeCompare(b.title))
		.map((e) => e.id);
}

/** Everything the panels and pages say, keyed by id. */
export function buildDetails(atlas: Atlas): Details {
	const details: Details = { events: {}, places: {}, features: {} };
	for (const a of atlas.advances) {
		const { from, to } = spanDays(a.when);
		const total = length(lineString(a.geometry.coordinates));
		const first = a.waypoints[0]?.place ?? 'its start';
		details.features[a.id] = {
			id: a.id,
			kind: 'advance',
			name: a.name,
			when: spanInWords(a.when),
			from,
			to,
			summary: `An axis of advance (${a.kind === 'sea' ? 'a landing from the sea' : a.kind === 'airborne' ? 'an airborne landing' : 'on the ground'}) through ${a.waypoints.map((w) => w.place).join(', ')}.`,
			sources: a.sources,
			facts: [
				`${km(total)} from ${first} to the end of the route, in ${to - from} day${to - from === 1 ? '' : 's'}: about ${km(total / (to - from))} a day.`,
				'The map draws the route growing evenly over those days: where the force was on a given day between its dated places is inferred.'
			],
			...(a.note ? { note: a.note } : {}),
			bbox: bboxOf(a.geometry)!
		};
	}
	for (const e of atlas.events) {
		const { from, to } = spanDays(e.when);
		const [lon = 0, lat = 0] = e.geometry.coordinates;
		const facts: string[] = [];
		for (const a of atlas.advances) {
			const end = a.geometry.coordinates.at(-1)!;
			const span = spanDays(a.when);
			if (distance(end, [lon, lat]) < 25 && span.from < to && from < span.to) {
				const detail = details.features[a.id]!;
				facts.push(`Related: ${detail.name}. ${detail.facts[0]}`);
			}
		}
		details.events[e.id] = {
			id: e.id,
			title: e.title,
			when: spanInWords(e.when),
			from,
			to,
			uncertain: e.when.start.uncertain || e.when.start.approximate || !!e.when.end?.uncertain || !!e.when.end?.approximate,
			category: e.category,
			summary: e.summary,
			tags: e.tags,
			places: e.places,
			sources: e.sources,
			coordinates: [lon, lat],
			facts,
			...(e.dateNote ? { dateNote: e.dateNote } : {}),
			...(e.locationNote ? { locationNote: e.locationNote } : {})
		};
	}
	for (const p of atlas.places) {
		details.places[p.id] = {
			id: p.id,
			kind: p.kind,
			name: p.name,
			headline: placeHeadline(p),
			names: p.names.map((n) => ({
				name: n.name,
				...(n.lang ? { lang: n.lang } : {}),
				period: namePeriod(n.start, n.end),
				...(n.note ? { note: n.note } : {})
			})),
			summary: p.summary,
			sources: p.sources,
			moments: lifeMoments(p, atlas.events),
			bbox: bboxOf(p.geometry),
			...(p.derivation ? { derivation: p.derivation } : {})
		};
	}
	for (const keyframes of keyframesByFront(atlas.frontlines).values()) {
		const front = { id: keyframes[0]!.front, name: keyframes[0]!.frontName, when: spanInWords({ start: keyframes[0]!.date, end: keyframes.at(-1)!.date }) };
		keyframes.forEach((k, i) => {
			const previous = keyframes[i - 1];
			const facts = [`A position given by sources: the line joins ${k.positions.map((p) => `${p.place} (${p.formation}, ${historicalDateInWords(p.date)})`).join('; ')}.`];
			if (previous) facts.push(`Moved about ${km(meanShiftKm(previous.geometry, k.geometry))} (mean over the line) since ${historicalDateInWords(previous.date)}.`);
			details.features[k.id] = {
				id: k.id,
				kind: 'front',
				name: keyframeName(k),
				when: historicalDateInWords(k.date),
				from: k.date.start,
				to: k.date.start + 1,
				summary: k.note ?? `The ${k.frontName}'s position on ${dayInWords(k.date.start)}.`,
				sources: k.sources,
				facts,
				bbox: bboxOf(k.geometry)!,
				front
			};
		});
	}
	for (const z of atlas.zones) {
		const { from, to } = standingDays(z.when);
		details.features[z.id] = {
			id: z.id,
			kind: 'zone',
			name: z.name,
			when: standingInWords(z.when),
			from,
			to,
			summary: z.summary,
			sources: z.sources,
			facts: [`Shape: ${z.derivation.method}${z.derivation.approximate ? ' (approximate boundary)' : ''}.`],
			bbox: bboxOf(z.geometry)!
		};
	}
	for (const l of atlas.lines) {
		const { from, to } = standingDays(l.when);
		const g = l.geometry;
		const total = g.type === 'LineString' ? length(lineString(g.coordinates)) : length(multiLineString(g.coordinates));
		details.features[l.id] = {
			id: l.id,
			kind: 'line',
			name: l.name,
			when: standingInWords(l.when),
			from,
			to,
			summary: l.summary,
			sources: l.sources,
			facts: [`${km(total)} across the peninsula, over land.`, `Shape: ${l.derivation.method}.`],
			bbox: bboxOf(l.geometry)!
		};
	}
	return details;
}
