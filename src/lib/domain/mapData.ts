/**
 * Turns the compiled atlas into the GeoJSON the map's sources load and their time table, in one pass
 * over its parts: each part becomes a feature with a numeric id (its index in its source), flat
 * properties that style expressions read, and a row [id, from, to, hold] of the time table.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Place } from './atlas';
import type { Day } from './day';
import { DATED_SOURCES, type CompiledAtlas, type DatedSource, type PartProps } from './feature';
import { periodName } from './names';

type Collection<G extends Geometry = Geometry> = FeatureCollection<G, PartProps>;

/** The map's dated sources, by name: each is served as /atlas/<name>.geojson. */
export type AtlasSources = Record<DatedSource, Collection>;

/** The dated sources other than events: fronts, advances, zones and lines. */
export type ShapeSource = Exclude<DatedSource, 'events'>;

/** Each dated feature of a source, by id: [id, from, to, hold (1 or 0)]. */
export interface Timetable {
	rows: Record<DatedSource, [number, Day, Day, number][]>;
	/** Each event's category and hashtags, by id: the filters act on them. */
	events: { category: string; tags: string[] }[];
	/** The category of each feature of the other sources, by id ('' for none): the category filters act on them too. */
	categories: Record<ShapeSource, string[]>;
}

const SHAPE_SOURCES = DATED_SOURCES.filter((s): s is ShapeSource => s !== 'events');

/** The dated sources and their time table. */
export function mapData(atlas: CompiledAtlas): { sources: AtlasSources; timetable: Timetable } {
	const sources = Object.fromEntries(DATED_SOURCES.map((s) => [s, { type: 'FeatureCollection', features: [] }])) as unknown as AtlasSources;
	const rows = Object.fromEntries(DATED_SOURCES.map((s) => [s, []])) as unknown as Timetable['rows'];
	const events: Timetable['events'] = [];
	const categories = Object.fromEntries(SHAPE_SOURCES.map((s) => [s, []])) as unknown as Timetable['categories'];
	for (const feature of atlas.features) {
		for (const part of feature.parts) {
			const list = sources[part.source].features;
			const id = list.length;
			// from, to and hold stay readable by expressions: the benchmark's setFilter baseline filters on them.
			list.push({ type: 'Feature', id, properties: { ...part.props, from: part.from, to: part.to, hold: part.hold }, geometry: part.geometry });
			rows[part.source].push([id, part.from, part.to, part.hold ? 1 : 0]);
			if (part.source === 'events') events[id] = { category: feature.category ?? '', tags: feature.tags };
			else categories[part.source][id] = feature.category ?? '';
		}
	}
	return { sources, timetable: { rows, events, categories } };
}

/** The `rank` of a place label whose place has none: after every ranked place. */
export const UNRANKED = 1000;

/**
 * A place label: its usual name, the name it had on the reference day if that differed, and its rank
 * (the place's, or {@link UNRANKED}), by which the map places colliding labels, lowest first.
 */
export function placeLabels(places: readonly Place[], day: Day): Collection<Point> {
	const features: Feature<Point, PartProps>[] = [];
	for (const place of places) {
		if (place.geometry?.type !== 'Point') continue;
		features.push({
			type: 'Feature',
			id: features.length,
			properties: {
				ref: `place:${place.id}`, label: place.name, what: 'place', id: place.id, name: place.name, period: periodName(place.name, place.names, day) ?? '', kind: place.kind,
				rank: place.rank ?? UNRANKED
			},
			geometry: place.geometry
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The map's data with more features after it: each source's features and time-table rows follow the
 * base's, their ids shifted past the base's, so strengths and filters keep finding them by id.
 */
export function appendMapData(base: { sources: AtlasSources; timetable: Timetable }, more: { sources: AtlasSources; timetable: Timetable }): { sources: AtlasSources; timetable: Timetable } {
	const sources = {} as AtlasSources;
	const rows = {} as Timetable['rows'];
	for (const s of DATED_SOURCES) {
		const offset = base.sources[s].features.length;
		sources[s] = { type: 'FeatureCollection', features: [...base.sources[s].features, ...more.sources[s].features.map((f) => ({ ...f, id: Number(f.id) + offset }))] };
		rows[s] = [...base.timetable.rows[s], ...more.timetable.rows[s].map(([id, from, to, hold]): [number, Day, Day, number] => [id + offset, from, to, hold])];
	}
	// Every feature of every source has its entry, so the lists line up as the sources do.
	const events = [...base.timetable.events, ...more.timetable.events];
	const categories = Object.fromEntries(SHAPE_SOURCES.map((s) => [s, [...base.timetable.categories[s], ...more.timetable.categories[s]]])) as unknown as Timetable['categories'];
	return { sources, timetable: { rows, events, categories } };
}
