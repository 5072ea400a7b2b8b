/**
 * Turns the features whose shape changes with the date, fronts (through their keyframes) and axes
 * of advance, into compiled features: one map part per day, so scrubbing never recomputes geometry.
 */
import { bbox, length, lineString } from '@turf/turf';
import type { Geometry } from 'geojson';
import { advanceStates } from './advance';
import { keyframesByFront, spanDays, type Advance, type FrontlineKeyframe } from './atlas';
import { dayInWords } from './day';
import type { AtlasFeature, Detail, MapPart, Ref } from './feature';
import { KIND_NAMES } from './feature';
import { frontStates, meanShiftKm } from './frontline';
import { historicalDateInWords } from './historicalDate';
import { spanInWords } from './spanWords';

type Box = [number, number, number, number];

/** The category of a front or an axis of advance whose data gives none: both are military by nature. */
export const MOVING_CATEGORY = 'military';

export const km = (n: number): string => `${Math.round(n).toLocaleString('en-GB')} km`;
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const boxOf = (g: Geometry): Box => bbox(g) as Box;
export const middle = ([w, s, e, n]: Box): [number, number] => [(w + e) / 2, (s + n) / 2];
const union = (boxes: Box[]): Box =>
	boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);

/** A detail with every list empty: each kind fills what it has. */
export function emptyDetail(ref: Ref, kind: Detail['kind'], title: string): Detail {
	return {
		ref, kind, kindLine: capitalise(KIND_NAMES[kind]), title, headline: title, when: '', from: null, to: null, uncertain: false,
		category: null, summary: '', notes: [], tags: [], places: [], names: [], moments: [], facts: [], sources: [], coordinates: null, bbox: null
	};
}

/** A front's position on its date, as panels, lists and links name it. */
export function keyframeName(k: FrontlineKeyframe): string {
	return `${k.frontName} on ${historicalDateInWords(k.date)}`;
}

/** Each front (drawn day by day from its keyframes) and each of its keyframes. */
export function compileFronts(frontlines: readonly FrontlineKeyframe[]): AtlasFeature[] {
	const out: AtlasFeature[] = [];
	for (const [frontId, keyframes] of keyframesByFront(frontlines)) {
		const first = keyframes[0]!;
		const name = first.frontName;
		const ref: Ref = { kind: 'front', id: frontId };
		const when = spanInWords({ start: first.date, end: keyframes.at(-1)!.date });
		const { states, ghosts } = frontStates(keyframes);
		const last = states.at(-1);
		const category = first.category ?? MOVING_CATEGORY;
		const parts: MapPart[] = [];
		const base = { ref: `front:${frontId}`, label: name, front: frontId };
		for (const s of states) {
			parts.push({
				source: 'fronts', from: s.day, to: s.day + 1, hold: s === last, geometry: s.geometry,
				props: { ...base, what: s.kind === 'inferred' ? 'front, inferred' : 'front', kind: s.kind, movedKm: s.movedKm, keyframes: s.keyframes.join(' ') }
			});
		}
		for (const g of ghosts) {
			parts.push({ source: 'fronts', from: g.from, to: g.to, hold: false, geometry: g.geometry, props: { ...base, what: 'front', kind: 'ghost', keyframes: g.keyframe } });
		}
		const box = union(keyframes.map((k) => boxOf(k.geometry)));
		const from = first.date.start;
		const to = keyframes.at(-1)!.date.start + 1;
		const detail: Detail = { ...emptyDetail(ref, 'front', name), when, from, to, category, bbox: box, positions: keyframes.map((k) => k.id) };
		// The panel opens with what the front was and did; each keyframe keeps its own note.
		detail.summary = keyframes.find((k) => k.frontSummary)?.frontSummary ?? '';
		out.push({ kind: 'front', id: frontId, ref, label: name, from, to, hold: true, when, category, tags: [], listed: true, place: '', names: [], at: middle(box), detail, parts });
		keyframes.forEach((k, i) => {
			const previous = keyframes[i - 1];
			const facts = [`A position given by sources: the line joins ${k.positions.map((p) => `${p.place} (${p.formation}, ${historicalDateInWords(p.date)})`).join('; ')}.`];
			if (previous) facts.push(`Moved about ${km(meanShiftKm(previous.geometry, k.geometry))} (mean over the line) since ${historicalDateInWords(previous.date)}.`);
			const kref: Ref = { kind: 'feature', id: k.id };
			const label = keyframeName(k);
			const kwhen = historicalDateInWords(k.date);
			const kbox = boxOf(k.geometry);
			const kdetail: Detail = {
				...emptyDetail(kref, 'keyframe', label), when: kwhen, from: k.date.start, to: k.date.start + 1,
				summary: k.note ?? `The ${k.frontName}'s position on ${dayInWords(k.date.start)}.`, sources: k.sources, facts, bbox: kbox,
				front: { id: frontId, name, when }
			};
			out.push({
				kind: 'keyframe', id: k.id, ref: kref, label, from: k.date.start, to: k.date.start + 1, hold: false, when: kwhen, category: null, tags: [],
				listed: false, place: '', names: [], at: middle(kbox), detail: kdetail, parts: []
			});
		});
	}
	return out;
}

const ADVANCE_MANNER: Record<Advance['kind'], string> = { sea: 'a landing from the sea', airborne: 'an airborne landing', ground: 'on the ground' };

/** Each axis of advance, growing day by day, with a tip for its arrowhead; the last day stays. */
export function compileAdvance(a: Advance): AtlasFeature {
	const ref: Ref = { kind: 'feature', id: a.id };
	const { from, to } = spanDays(a.when);
	const when = spanInWords(a.when);
	const category = a.category ?? MOVING_CATEGORY;
	const parts: MapPart[] = [];
	const base = { ref: `feature:${a.id}`, label: a.name, what: KIND_NAMES.advance, id: a.id, kind: a.kind };
	for (const s of advanceStates(a)) {
		const days = { source: 'advances' as const, from: s.day, to: s.day + 1, hold: s.final };
		parts.push({ ...days, geometry: s.geometry, props: { ...base, part: 'route', lengthKm: s.lengthKm, kmPerDay: s.kmPerDay } });
		parts.push({ ...days, geometry: { type: 'Point', coordinates: s.geometry.coordinates.at(-1)! }, props: { ...base, part: 'tip', bearing: s.tipBearing } });
	}
	const total = length(lineString(a.geometry.coordinates));
	const box = boxOf(a.geometry);
	const days = to - from;
	const detail: Detail = {
		...emptyDetail(ref, 'advance', a.name), when, from, to, category, bbox: box, sources: a.sources,
		summary: `An axis of advance (${ADVANCE_MANNER[a.kind]}) through ${a.waypoints.map((w) => w.place).join(', ')}.`,
		facts: [
			`${km(total)} from ${a.waypoints[0]?.place ?? 'its start'} to the end of the route, in ${days} day${days === 1 ? '' : 's'}: about ${km(total / days)} a day.`,
			'The map draws the route growing evenly over those days: where the force was on a given day between its dated places is inferred.'
		],
		notes: a.note ? [{ label: 'Note', text: a.note }] : []
	};
	return { kind: 'advance', id: a.id, ref, label: a.name, from, to, hold: true, when, category, tags: [], listed: true, place: '', names: [], at: middle(box), detail, parts };
}
