// Serves the atlas to the map as GeoJSON, one file per source, built at build time from geodata/
// (prerendered); bad data fails the build here.
import { error, json } from '@sveltejs/kit';
import { historicalDate } from '$lib/domain/historicalDate';
import { MAP_LAYERS, placeLabels, type MapLayerName } from '$lib/map/atlasSources';
import { loadAtlas } from '$lib/server/atlas';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Labels carry the names in use when the Soviet offensive began. */
const REFERENCE_DAY = historicalDate('1945-08-09').start;

const NAMES: MapLayerName[] = [...(Object.keys(MAP_LAYERS) as (keyof typeof MAP_LAYERS)[]), 'places'];

export const entries: EntryGenerator = () => NAMES.map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params }) => {
	const atlas = loadAtlas();
	if (params.layer === 'places') return json(placeLabels(atlas.places, REFERENCE_DAY));
	if (!(params.layer in MAP_LAYERS)) error(404, `No atlas layer "${params.layer}"`);
	return json(MAP_LAYERS[params.layer as keyof typeof MAP_LAYERS](atlas));
};
