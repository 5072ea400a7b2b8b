/**
 * The basemap's label points: seas and the large lands of the region. These are placements chosen
 * for legibility (well inside each sea or land), not the position of any event.
 */
import type { FeatureCollection, Point } from 'geojson';

export type LabelKind = 'ocean' | 'sea' | 'strait' | 'land';

interface LabelProps {
	name: string;
	kind: LabelKind;
	/** Smallest zoom at which the label shows. */
	minzoom: number;
}

const label = (name: string, kind: LabelKind, lon: number, lat: number, minzoom: number) => ({
	type: 'Feature' as const,
	properties: { name, kind, minzoom },
	geometry: { type: 'Point' as const, coordinates: [lon, lat] }
});

export const BASEMAP_LABELS: FeatureCollection<Point, LabelProps> = {
	type: 'FeatureCollection',
	features: [
		label('Pacific Ocean', 'ocean', 152, 30, 1),
		label('Sea of Japan', 'sea', 134.5, 40.5, 3),
		label('Yellow Sea', 'sea', 123.6, 35.6, 3),
		label('East China Sea', 'sea', 125.5, 29.5, 3),
		label('Sea of Okhotsk', 'sea', 149.5, 53.5, 3),
		label('Bohai Sea', 'sea', 120.3, 38.9, 5),
		label('Korea Strait', 'strait', 129.2, 34.6, 5.5),
		label('Strait of Tartary', 'strait', 141.2, 50.2, 5),
		label('Manchuria', 'land', 126.5, 46.2, 3),
		label('Korea', 'land', 126.9, 40.7, 3.5),
		label('Mongolia', 'land', 105, 46.5, 3),
		label('China', 'land', 112, 33, 3),
		label('Japan', 'land', 138.5, 36.7, 4),
		label('Siberia', 'land', 118, 57, 3)
	]
};
