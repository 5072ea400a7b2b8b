/** The name in geodata/ of each atlas file, by kind. */
export const ATLAS_FILE_NAMES = {
	events: 'events.geojson',
	places: 'places.geojson',
	frontlines: 'frontlines.geojson',
	advances: 'advances.geojson',
	zones: 'zones.geojson',
	lines: 'lines.geojson'
} as const;
