// Serves what the explorer's panels and search say about each feature, built at build time from
// geodata/ (prerendered) and loaded by the page once the map is drawn.
import { json } from '@sveltejs/kit';
import { buildDetails } from '$lib/domain/details';
import { loadAtlas } from '$lib/server/atlas';

export const prerender = true;

export const GET = () => json(buildDetails(loadAtlas()));
