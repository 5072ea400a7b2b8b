/** The names of the files of an atlas folder: its manifest, and the GeoJSON file of each kind of feature. */

/** The manifest: the atlas's title, description and optional settings. Every folder needs one. */
export const MANIFEST_FILE = 'atlas.json';

/** The name of each feature file in an atlas folder, by kind; only events.geojson is required. */
export const ATLAS_FILE_NAMES = {
	events: 'events.geojson',
	places: 'places.geojson',
	frontlines: 'frontlines.geojson',
	advances: 'advances.geojson',
	zones: 'zones.geojson',
	lines: 'lines.geojson'
} as const;
