// Serves the atlas's place labels to the map, built at build time from geodata/ (prerendered);
// bad data fails the build here.
import { json } from '@sveltejs/kit';
import { historicalDate } from '$lib/domain/historicalDate';
import { placeLabels } from '$lib/map/atlasSources';
import { loadAtlas } from '$lib/server/atlas';

export const prerender = true;

/** Labels carry the names in use when the Soviet offensive began. */
const REFERENCE_DAY = historicalDate('1945-08-09').start;

export const GET = () => json(placeLabels(loadAtlas().places, REFERENCE_DAY));
