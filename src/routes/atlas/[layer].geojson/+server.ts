// Serves the atlas to the map as GeoJSON, one file per source, built at build time from the atlas
// folder (prerendered); bad data fails the build here.
import { error, json } from '@sveltejs/kit';
import { DATED_SOURCES, type DatedSource } from '$lib/domain/feature';
import { placeLabels } from '$lib/domain/mapData';
import { built } from '$lib/server/compiled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...DATED_SOURCES, 'places'].map((layer) => ({ layer }));

export const GET: RequestHandler = ({ params }) => {
	const { atlas, settings, map } = built();
	// Labels carry the names in use on the day the explorer opens on.
	if (params.layer === 'places') return json(placeLabels(atlas.places, settings.start));
	if (!(DATED_SOURCES as readonly string[]).includes(params.layer)) error(404, `No atlas layer "${params.layer}"`);
	return json(map.sources[params.layer as DatedSource]);
};
