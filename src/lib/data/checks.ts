/**
 * Turns a decoded atlas into the problems that no single feature shows: duplicate ids, references to
 * places and fronts that do not exist, keyframes out of date order, a front summary missing or
 * misplaced, self-intersecting polygons, and research notes in the text readers see.
 */
import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { keyframesByFront, type Atlas } from '../domain/atlas';
import { ATLAS_FILE_NAMES } from './files';
import type { Problem } from './problem';
import { checkReaderText } from './readerText';
import { didYouMean } from './suggest';

/** Where a polygon crosses itself, as "lon,lat" strings (none for a valid polygon). */
export function selfIntersections(geometry: Polygon | MultiPolygon): string[] {
	const polygons: Polygon[] =
		geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	return polygons.flatMap((p) => kinks(p).features.map((k) => k.geometry.coordinates.map((c) => c.toFixed(4)).join(',')));
}

/**
 * An advance names the front it belongs to, which must be a front of frontlines.geojson. A sea or
 * airborne landing may instead name the force that made it (a fleet draws no frontline), unless the
 * name is close to a real front's, which makes it a misspelling.
 */
function checkAdvanceFronts(atlas: Atlas): Problem[] {
	const fronts = new Set(atlas.frontlines.map((k) => k.front));
	return atlas.advances.flatMap((advance): Problem[] => {
		if (fronts.has(advance.front)) return [];
		const suggestion = didYouMean(advance.front, fronts);
		if (advance.kind !== 'ground' && suggestion === '') return [];
		return [{ file: ATLAS_FILE_NAMES.advances, id: advance.id, path: 'properties.front', message: `no front with id "${advance.front}" in frontlines.geojson${suggestion}` }];
	});
}

/**
 * Each front says once what it was and did, and its category, on its first keyframe by date (its
 * panel opens with it); either on a later keyframe would be lost, so it is an error too.
 */
function checkFrontSummaries(atlas: Atlas): Problem[] {
	const problems: Problem[] = [];
	for (const [front, keyframes] of keyframesByFront(atlas.frontlines)) {
		const first = keyframes.reduce((a, b) => (b.date.start < a.date.start ? b : a));
		const at = (id: string, path: string, message: string) => problems.push({ file: ATLAS_FILE_NAMES.frontlines, id, path: `properties.${path}`, message });
		if (first.frontSummary === undefined) at(first.id, 'frontSummary', `required on the first keyframe of ${front}: what the front was and did, for its panel`);
		for (const k of keyframes) {
			if (k !== first && k.frontSummary !== undefined) at(k.id, 'frontSummary', `only the first keyframe of ${front} (${first.id}) gives its summary`);
			if (k !== first && k.category !== undefined) at(k.id, 'category', `only the first keyframe of ${front} (${first.id}) gives its category`);
		}
	}
	return problems;
}

/** Problems that span features and files; the features themselves have already been decoded. */
export function checkAtlas(atlas: Atlas): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const kind of Object.keys(ATLAS_FILE_NAMES) as (keyof Atlas)[]) {
		const file = ATLAS_FILE_NAMES[kind];
		for (const { id } of atlas[kind]) {
			const other = seen.get(id);
			if (other) problems.push({ file, id, path: 'id', message: `duplicate id: also used in ${other}` });
			else seen.set(id, file);
		}
	}

	const placeIds = new Set(atlas.places.map((p) => p.id));
	for (const event of atlas.events) {
		event.places.forEach((place, i) => {
			if (!placeIds.has(place)) {
				problems.push({ file: ATLAS_FILE_NAMES.events, id: event.id, path: `properties.places[${i}]`, message: `no place with id "${place}" in places.geojson${didYouMean(place, placeIds)}` });
			}
		});
	}
	problems.push(...checkAdvanceFronts(atlas), ...checkFrontSummaries(atlas));

	const lastDate = new Map<string, { day: number; id: string }>();
	for (const keyframe of atlas.frontlines) {
		const previous = lastDate.get(keyframe.front);
		if (previous && keyframe.date.start <= previous.day) {
			problems.push({
				file: ATLAS_FILE_NAMES.frontlines,
				id: keyframe.id,
				path: 'properties.date',
				message: `keyframes of ${keyframe.front} must be in date order: ${keyframe.date.text} does not come after ${previous.id}`
			});
		}
		lastDate.set(keyframe.front, { day: keyframe.date.start, id: keyframe.id });
	}

	const polygons: { file: string; id: string; geometry: Polygon | MultiPolygon | null }[] = [
		...atlas.zones.map((z) => ({ file: ATLAS_FILE_NAMES.zones, id: z.id, geometry: z.geometry })),
		...atlas.places.map((p) => ({
			file: ATLAS_FILE_NAMES.places,
			id: p.id,
			geometry: p.geometry && p.geometry.type !== 'Point' ? p.geometry : null
		}))
	];
	for (const { file, id, geometry } of polygons) {
		if (!geometry) continue;
		const crossings = selfIntersections(geometry);
		if (crossings.length) {
			problems.push({ file, id, path: 'geometry', message: `the polygon crosses itself at ${crossings.slice(0, 3).join('; ')}${crossings.length > 3 ? ` and ${crossings.length - 3} more` : ''}` });
		}
	}
	problems.push(...checkReaderText(atlas));
	return problems;
}
