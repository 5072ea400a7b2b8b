/**
 * Turns a decoded atlas into one list of dated features (`compileAtlas`): the map's sources and time
 * table, the list of what the map shows, the panels, the search and the article pages all derive
 * from it, so a fact is turned into the page once.
 */
import { booleanPointInPolygon, distance, length, lineString, multiLineString } from '@turf/turf';
import { spanDays, standingDays, type Atlas, type AtlasEvent, type AtlasLine, type DateSpan, type Place, type Zone } from './atlas';
import { boxOf, capitalise, compileAdvance, compileFronts, emptyDetail, km, middle } from './compileMoving';
import type { AtlasFeature, CompiledAtlas, Detail, Ref } from './feature';
import { KIND_NAMES } from './feature';
import type { Day } from './day';
import { namesDuring, periodName, spellings } from './names';
import { periodInWords, spanInWords, standingInWords } from './spanWords';

/** "Oslo, called Christiania (1624 to 1924)" from a place's conventional period name. */
export function placeHeadline(place: Place): string {
	// A region's other names are states and zones, not what it was called: its name says enough.
	if (place.kind === 'region') return place.name;
	// The name maps of the period used, unless that is the usual name (then no other is needed).
	const conventional = place.names.filter((n) => n.conventional);
	const period = conventional.length ? conventional.find((n) => n.name !== place.name && !conventional.some((c) => c.name === place.name)) : place.names.find((n) => n.start && n.name !== place.name);
	if (!period) return place.name;
	const when = periodInWords(period.start, period.end);
	return `${place.name}, called ${period.name}${when ? ` (${when})` : ''}`;
}

/** A place's name on a day: the one in use then when it differs from the usual one ('' for no place). */
const nameOn = (place: Place | undefined, day: Day): string => (place ? (periodName(place.name, place.names, day) ?? place.name) : '');

/** The events that name a place, or whose point lies within it, in date order. */
export function lifeMoments(place: Place, events: readonly AtlasEvent[]): string[] {
	const g = place.geometry;
	const inside = (e: AtlasEvent) => g !== null && g.type !== 'Point' && booleanPointInPolygon(e.geometry.coordinates, g);
	return events
		.filter((e) => e.places.includes(place.id) || inside(e))
		.sort((a, b) => a.when.start.start - b.when.start.start || a.title.localeCompare(b.title))
		.map((e) => e.id);
}

const uncertain = (w: DateSpan) => w.start.uncertain || w.start.approximate || !!w.end?.uncertain || !!w.end?.approximate;

function compileEvent(e: AtlasEvent, atlas: Atlas, places: ReadonlyMap<string, Place>, advances: readonly AtlasFeature[]): AtlasFeature {
	const ref: Ref = { kind: 'event', id: e.id };
	const { from, to } = spanDays(e.when);
	const when = spanInWords(e.when);
	const at = e.geometry.coordinates as [number, number];
	const facts: string[] = [];
	for (const a of atlas.advances) {
		const span = spanDays(a.when);
		if (distance(a.geometry.coordinates.at(-1)!, at) < 25 && span.from < to && from < span.to) {
			const advance = advances.find((f) => f.id === a.id)!;
			facts.push(`Related: ${advance.label}. ${advance.detail.facts[0]}`);
		}
	}
	// What its places were called then finds it too ("Christiania" finds an event of 1900 in Oslo).
	const names = [...new Set(e.places.flatMap((id) => places.get(id) ?? []).flatMap((p) => namesDuring(p, from, to)))];
	const detail: Detail = {
		...emptyDetail(ref, 'event', e.title), kindLine: `${capitalise(KIND_NAMES.event)} · ${e.category}`, when, from, to, uncertain: uncertain(e.when),
		category: e.category, summary: e.summary, tags: e.tags, places: e.places, sources: e.sources, coordinates: at, bbox: [at[0], at[1], at[0], at[1]], facts,
		notes: [...(e.dateNote ? [{ label: 'On the date', text: e.dateNote }] : []), ...(e.locationNote ? [{ label: 'On the point', text: e.locationNote }] : [])]
	};
	return {
		kind: 'event', id: e.id, ref, label: e.title, from, to, hold: true, when, category: e.category, tags: e.tags, listed: true,
		place: nameOn(places.get(e.places[0] ?? ''), from), names, at, detail,
		parts: [{ source: 'events', from, to, hold: true, geometry: e.geometry, props: { ref: `event:${e.id}`, label: e.title, what: KIND_NAMES.event, id: e.id, category: e.category } }]
	};
}

function compilePlace(p: Place, events: readonly AtlasEvent[]): AtlasFeature {
	const ref: Ref = { kind: 'place', id: p.id };
	const box = p.geometry ? boxOf(p.geometry) : null;
	const coordinates = p.geometry?.type === 'Point' ? (p.geometry.coordinates as [number, number]) : null;
	const notes = [
		...(p.locationNote ? [{ label: 'On the point', text: p.locationNote }] : []),
		...(p.derivation ? [{ label: 'Shape', text: `${p.derivation.method}${p.derivation.approximate ? ' (approximate)' : ''}.` }] : [])
	];
	const detail: Detail = {
		...emptyDetail(ref, 'place', p.name), kindLine: `${capitalise(KIND_NAMES.place)} · ${p.kind}`, headline: placeHeadline(p), summary: p.summary,
		sources: p.sources, coordinates, bbox: box, notes, moments: lifeMoments(p, events),
		names: p.names.map((n) => ({
			name: n.name, ...(n.lang ? { lang: n.lang } : {}), period: periodInWords(n.start, n.end), ...(n.note ? { note: n.note } : {}),
			...(n.variants?.length ? { variants: n.variants } : {})
		}))
	};
	return {
		kind: 'place', id: p.id, ref, label: p.name, from: null, to: null, hold: false, when: '', category: null, tags: [], listed: false, place: '',
		names: p.names.flatMap(spellings), at: box ? middle(box) : null, detail, parts: []
	};
}

/** A zone or a line: drawn while it stands (one with no end stands on), not remembered once over. */
function compileStanding(s: Zone | AtlasLine, kind: 'zone' | 'line'): AtlasFeature {
	const ref: Ref = { kind: 'feature', id: s.id };
	const { from, to } = standingDays(s.when);
	const when = standingInWords(s.when);
	const box = boxOf(s.geometry);
	const g = s.geometry;
	const facts =
		g.type === 'LineString' || g.type === 'MultiLineString'
			? [`${km(g.type === 'LineString' ? length(lineString(g.coordinates)) : length(multiLineString(g.coordinates)))} long.`]
			: [];
	const detail: Detail = {
		...emptyDetail(ref, kind, s.name), when, from, to, category: s.category ?? null, summary: s.summary, sources: s.sources, facts, bbox: box,
		notes: [{ label: 'Shape', text: `${s.derivation.method}${s.derivation.approximate ? ' (approximate boundary)' : ''}.` }]
	};
	const props = { ref: `feature:${s.id}`, label: s.name, what: KIND_NAMES[kind], id: s.id, style: s.style ?? '', ...('kind' in s ? { kind: s.kind } : {}) };
	return {
		kind, id: s.id, ref, label: s.name, from, to, hold: false, when, category: s.category ?? null, tags: [], listed: true, place: '', names: [], at: middle(box), detail,
		parts: [{ source: kind === 'zone' ? 'zones' : 'lines', from, to, hold: false, geometry: s.geometry, props }]
	};
}

/** Compiles a decoded atlas: events in date order, then fronts and their keyframes, advances, zones, lines and places. */
export function compileAtlas(atlas: Atlas): CompiledAtlas {
	const places = new Map(atlas.places.map((p) => [p.id, p]));
	const advances = atlas.advances.map(compileAdvance);
	const events = atlas.events
		.map((e) => compileEvent(e, atlas, places, advances))
		.sort((a, b) => a.from! - b.from! || a.to! - b.to! || a.label.localeCompare(b.label));
	return {
		features: [
			...events,
			...compileFronts(atlas.frontlines),
			...advances,
			...atlas.zones.map((z) => compileStanding(z, 'zone')),
			...atlas.lines.map((l) => compileStanding(l, 'line')),
			...atlas.places.map((p) => compilePlace(p, atlas.events))
		]
	};
}
