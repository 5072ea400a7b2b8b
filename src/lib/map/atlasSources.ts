/**
 * Turns the decoded atlas into the GeoJSON the map's sources load: flat properties that style
 * expressions read (from, to and hold for the date; no nested objects), built once at build time.
 * Fronts and advances are expanded into one feature per day, so scrubbing never recomputes geometry.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { advanceStates } from '../domain/advance';
import { keyframesByFront, spanDays, standingDays, type Atlas, type Place } from '../domain/atlas';
import type { Day } from '../domain/day';
import { frontStates } from '../domain/frontline';
import { periodName } from '../domain/names';

type Props = Record<string, string | number | boolean>;
type Collection<G extends Geometry = Geometry> = FeatureCollection<G, Props>;

/** A collection whose features carry numeric ids (their index): the map sets each one's feature-state by it. */
const collection = <G extends Geometry>(features: Feature<G, Props>[]): Collection<G> => ({
	type: 'FeatureCollection',
	features: features.map((f, id) => ({ ...f, id }))
});

/** A place label: its usual name, and the name it had on the reference day if that differed. */
export function placeLabels(places: readonly Place[], day: Day): Collection<Point> {
	const features: Feature<Point, Props>[] = [];
	for (const place of places) {
		if (place.geometry?.type !== 'Point') continue;
		features.push({
			type: 'Feature',
			properties: { id: place.id, name: place.name, period: periodName(place.name, place.names, day) ?? '', kind: place.kind },
			geometry: place.geometry
		});
	}
	return collection(features);
}

/** Events as points that stay, fading, once over. */
export function eventFeatures(atlas: Atlas): Collection<Point> {
	return collection(
		atlas.events.map((e) => {
			const { from, to } = spanDays(e.when);
			return { type: 'Feature', properties: { id: e.id, title: e.title, category: e.category, from, to, hold: true }, geometry: e.geometry };
		})
	);
}

/** Every front's line on each day (keyframe or inferred), and its ghosts. */
export function frontFeatures(atlas: Atlas): Collection {
	const features: Feature<Geometry, Props>[] = [];
	for (const keyframes of keyframesByFront(atlas.frontlines).values()) {
		const { states, ghosts } = frontStates(keyframes);
		const last = states.at(-1);
		for (const s of states) {
			features.push({
				type: 'Feature',
				properties: { front: s.front, name: s.frontName, kind: s.kind, from: s.day, to: s.day + 1, hold: s === last, movedKm: s.movedKm, keyframes: s.keyframes.join(' ') },
				geometry: s.geometry
			});
		}
		for (const g of ghosts) {
			features.push({ type: 'Feature', properties: { front: g.front, kind: 'ghost', from: g.from, to: g.to, hold: false, keyframes: g.keyframe }, geometry: g.geometry });
		}
	}
	return collection(features);
}

/** Each advance as it grows day by day (the last day stays, fading), with a tip point for the arrowhead. */
export function advanceFeatures(atlas: Atlas): Collection {
	const features: Feature<Geometry, Props>[] = [];
	for (const advance of atlas.advances) {
		for (const s of advanceStates(advance)) {
			const props = { id: advance.id, name: advance.name, kind: advance.kind, from: s.day, to: s.day + 1, hold: s.final };
			features.push({ type: 'Feature', properties: { ...props, part: 'route', lengthKm: s.lengthKm, kmPerDay: s.kmPerDay }, geometry: s.geometry });
			features.push({
				type: 'Feature',
				properties: { ...props, part: 'tip', bearing: s.tipBearing },
				geometry: { type: 'Point', coordinates: s.geometry.coordinates.at(-1)! }
			});
		}
	}
	return collection(features);
}

/** Zones of the political map: shown while they existed (a zone that ended is not remembered). */
export function zoneFeatures(atlas: Atlas): Collection {
	return collection(
		atlas.zones.map((z) => {
			const { from, to } = standingDays(z.when);
			return { type: 'Feature', properties: { id: z.id, name: z.name, kind: z.kind, from, to, hold: false }, geometry: z.geometry };
		})
	);
}

/** Dated lines such as the 38th parallel. */
export function lineFeatures(atlas: Atlas): Collection {
	return collection(
		atlas.lines.map((l) => {
			const { from, to } = standingDays(l.when);
			return { type: 'Feature', properties: { id: l.id, name: l.name, from, to, hold: false }, geometry: l.geometry };
		})
	);
}

/** The map's dated sources, by name: each is served as /atlas/<name>.geojson. */
export const MAP_LAYERS = {
	events: eventFeatures,
	fronts: frontFeatures,
	advances: advanceFeatures,
	zones: zoneFeatures,
	lines: lineFeatures
} as const;

export type MapLayerName = keyof typeof MAP_LAYERS | 'places';

/** Each dated feature of a source, by id: [id, from, to, hold (1 or 0)]. */
export interface Timetable {
	rows: Record<keyof typeof MAP_LAYERS, [number, Day, Day, number][]>;
	/** Each event's category and hashtags, by id: the filters act on them. */
	events: { category: string; tags: string[] }[];
}

/**
 * The time table of every dated source, and what the filters read of each event: what the map needs
 * to tell each feature how strongly to draw it.
 */
export function timetable(atlas: Atlas): Timetable {
	const rows = {} as Timetable['rows'];
	for (const [name, build] of Object.entries(MAP_LAYERS) as [keyof typeof MAP_LAYERS, (a: Atlas) => Collection][]) {
		rows[name] = build(atlas).features.map((f) => [Number(f.id), Number(f.properties['from']), Number(f.properties['to']), f.properties['hold'] ? 1 : 0]);
	}
	// eventFeatures keeps the atlas's order, so an event's id is its index here too.
	return { rows, events: atlas.events.map((e) => ({ category: e.category, tags: e.tags })) };
}
