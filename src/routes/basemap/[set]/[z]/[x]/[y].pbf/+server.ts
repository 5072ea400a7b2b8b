// Serves the basemap's vector tiles, cut from Natural Earth once, at build time (prerendered).
import { error } from '@sveltejs/kit';
import { basemapTiles } from '$lib/server/basemap/tiles';
import { built } from '$lib/server/compiled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Drawn in detail over the atlas's extent.
const tiles = () => basemapTiles(built().settings.extent);

export const entries: EntryGenerator = () => tiles().addresses().map(({ set, z, x, y }) => ({ set, z: `${z}`, x: `${x}`, y: `${y}` }));

/** A tile number as its URL writes it (no sign, no leading zero), or NaN. */
const whole = (text: string): number => (/^(0|[1-9]\d*)$/.test(text) ? Number(text) : NaN);

export const GET: RequestHandler = ({ params }) => {
	const bytes = tiles().bytes({ set: params.set, z: whole(params.z), x: whole(params.x), y: whole(params.y) });
	if (!bytes) error(404, `No basemap tile ${params.set}/${params.z}/${params.x}/${params.y}`);
	return new Response(bytes, { headers: { 'content-type': 'application/x-protobuf' } });
};
