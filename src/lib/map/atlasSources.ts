/**
 * Turns the decoded atlas into the GeoJSON the map's sources load: flat properties that style
 * expressions can read (no nested objects), built once at build time.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../domain/atlas';
import type { Day } from '../domain/day';
import { periodName } from '../domain/names';

/** A place label: its usual name, and the name it had on the reference day if that differed. */
export interface PlaceLabelProps {
	id: string;
	name: string;
	/** e.g. "Genzan" for Wonsan in 1945; empty when the name was the same. */
	period: string;
	kind: Place['kind'];
}

/** The points of the atlas's cities, ports, islands and sites, labelled as of `day`. */
export function placeLabels(places: readonly Place[], day: Day): FeatureCollection<Point, PlaceLabelProps> {
	const features: Feature<Point, PlaceLabelProps>[] = [];
	for (const place of places) {
		if (place.geometry?.type !== 'Point') continue;
		features.push({
			type: 'Feature',
			properties: { id: place.id, name: place.name, period: periodName(place.name, place.names, day) ?? '', kind: place.kind },
			geometry: place.geometry
		});
	}
	return { type: 'FeatureCollection', features };
}
