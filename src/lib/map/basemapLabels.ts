/**
 * Turns the atlas's basemap labels (seas and large lands, from its atlas.json) into the GeoJSON of
 * the style's label source. Their positions are placements chosen for legibility, not the position
 * of any event.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { MapLabel } from '../domain/manifest';

interface LabelProps {
	name: string;
	kind: MapLabel['kind'];
	/** Smallest zoom at which the label shows. */
	minzoom: number;
}

export function basemapLabels(labels: readonly MapLabel[]): FeatureCollection<Point, LabelProps> {
	return {
		type: 'FeatureCollection',
		features: labels.map(({ name, kind, coordinates, minzoom }) => ({
			type: 'Feature',
			properties: { name, kind, minzoom },
			geometry: { type: 'Point', coordinates }
		}))
	};
}
