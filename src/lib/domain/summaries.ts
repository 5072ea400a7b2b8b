/**
 * Turns the atlas into the small, flat records the explorer's lists, slider and announcements use
 * on every date: events with their dates in words, the fronts, advances, zones and lines with the
 * days they are drawn, and each front's movement day by day.
 */
import { keyframesByFront, spanDays, standingDays, type Atlas, type DateSpan, type EventCategory, type FrontlineKeyframe } from './atlas';
import { civilFromDay, MONTH_NAMES, yearInWords, type Day } from './day';
import { frontStates } from './frontline';
import { historicalDateInWords } from './historicalDate';

export interface EventSummary {
	id: string;
	title: string;
	from: Day;
	to: Day;
	/** "21–22 August 1945", "about 21 August 1945 (uncertain)". */
	when: string;
	category: EventCategory;
	tags: string[];
	/** Name of the primary reference place. */
	place: string;
}

/** A front, an axis of advance, a zone, a line or one front's keyframe, and when the map draws it. */
export interface FeatureSummary {
	/** How a selection (and a link) names it: `front=<id>` or `feature=<id>`. */
	kind: 'front' | 'feature';
	id: string;
	type: 'front' | 'advance' | 'zone' | 'line' | 'keyframe';
	name: string;
	from: Day;
	/** Exclusive. */
	to: Day;
	/** Whether it stays on the map, faded, after `to` (a front's last position, a finished advance). */
	hold: boolean;
	when: string;
}

export interface FrontDay {
	front: string;
	name: string;
	day: Day;
	kind: 'keyframe' | 'inferred';
	movedKm: number;
}

/** A span in words: "21 August 1945", "21–22 August 1945", "9 August 1945 to 2 September 1945". */
export function spanInWords(span: DateSpan): string {
	const { start, end } = span;
	if (!end) return historicalDateInWords(start);
	const plain = (d: typeof start) => d.precision === 'day' && !d.approximate && !d.uncertain && !d.unspecified;
	if (plain(start) && plain(end)) {
		const a = civilFromDay(start.start);
		const b = civilFromDay(end.start);
		if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTH_NAMES[b.month - 1]} ${yearInWords(b.year)}`;
		if (a.year === b.year) return `${a.day} ${MONTH_NAMES[a.month - 1]} to ${b.day} ${MONTH_NAMES[b.month - 1]} ${yearInWords(b.year)}`;
	}
	return `${historicalDateInWords(start)} to ${historicalDateInWords(end)}`;
}

/** The events in date order, summarised. */
export function eventSummaries(atlas: Atlas): EventSummary[] {
	const placeNames = new Map(atlas.places.map((p) => [p.id, p.name]));
	return atlas.events
		.map((e) => {
			const { from, to } = spanDays(e.when);
			return {
				id: e.id,
				title: e.title,
				from,
				to,
				when: spanInWords(e.when),
				category: e.category,
				tags: e.tags,
				place: placeNames.get(e.places[0] ?? '') ?? ''
			};
		})
		.sort((a, b) => a.from - b.from || a.to - b.to || a.title.localeCompare(b.title));
}

/** A front's position on its date, as panels, lists and links name it. */
export function keyframeName(k: FrontlineKeyframe): string {
	return `${k.frontName} on ${historicalDateInWords(k.date)}`;
}

/** A span in words; one with no end ("from 15 August 1948") stands from then on. */
export function standingInWords(span: DateSpan): string {
	return span.end ? spanInWords(span) : `from ${spanInWords(span)}`;
}

/** The fronts (each from its first to its last keyframe), advances, zones, lines and keyframes. */
export function featureSummaries(atlas: Atlas): FeatureSummary[] {
	const list: FeatureSummary[] = [];
	for (const [id, keyframes] of keyframesByFront(atlas.frontlines)) {
		const from = keyframes[0]!.date.start;
		const last = keyframes.at(-1)!.date.start;
		const when = spanInWords({ start: keyframes[0]!.date, end: keyframes.at(-1)!.date });
		list.push({ kind: 'front', id, type: 'front', name: keyframes[0]!.frontName, from, to: last + 1, hold: true, when });
		for (const k of keyframes) {
			list.push({ kind: 'feature', id: k.id, type: 'keyframe', name: keyframeName(k), from: k.date.start, to: k.date.start + 1, hold: false, when: historicalDateInWords(k.date) });
		}
	}
	for (const a of atlas.advances) list.push({ kind: 'feature', id: a.id, type: 'advance', name: a.name, ...spanDays(a.when), hold: true, when: spanInWords(a.when) });
	for (const z of atlas.zones) list.push({ kind: 'feature', id: z.id, type: 'zone', name: z.name, ...standingDays(z.when), hold: false, when: standingInWords(z.when) });
	for (const l of atlas.lines) list.push({ kind: 'feature', id: l.id, type: 'line', name: l.name, ...standingDays(l.when), hold: false, when: standingInWords(l.when) });
	return list;
}

/** Every front's state on each day, for announcing how far it moved. */
export function frontDays(atlas: Atlas): FrontDay[] {
	return [...keyframesByFront(atlas.frontlines).values()].flatMap((keyframes) =>
		frontStates(keyframes).states.map((s) => ({ front: s.front, name: s.frontName, day: s.day, kind: s.kind, movedKm: s.movedKm }))
	);
}
