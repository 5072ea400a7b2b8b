// Serves the basemap's GeoJSON tiers, built from Natural Earth once, at build time (prerendered).
import { error, json } from '@sveltejs/kit';
import { buildNamedTier, TIER_NAMES } from '$lib/server/basemap/catalog';
import { built } from '$lib/server/compiled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => TIER_NAMES.map((tier) => ({ tier }));

export const GET: RequestHandler = ({ params }) => {
	if (!(TIER_NAMES as readonly string[]).includes(params.tier)) error(404, `No basemap tier "${params.tier}"`);
	// Drawn in detail over the atlas's extent.
	return json(buildNamedTier(params.tier, built().settings.extent));
};
