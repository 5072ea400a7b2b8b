// Serves the panels' texts a chunk at a time (/atlas/details/<n>.json: the details, by ref key, of
// the features `chunkOf` puts in chunk n), built at build time (prerendered); the explorer fetches a
// chunk the first time a panel needs one of its features.
import { error, json } from '@sveltejs/kit';
import { chunkCount, chunkDetails } from '$lib/domain/detailChunks';
import type { Detail } from '$lib/domain/feature';
import { built } from '$lib/server/compiled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let chunks: Record<string, Detail>[] | undefined;

/** Every chunk of the atlas's details, cut once per build. */
function all(): Record<string, Detail>[] {
	const { details } = built();
	chunks ??= chunkDetails(details, chunkCount(Object.keys(details).length));
	return chunks;
}

export const entries: EntryGenerator = () => all().map((_, n) => ({ chunk: String(n) }));

export const GET: RequestHandler = ({ params }) => {
	const chunk = /^\d+$/.test(params.chunk) ? all()[Number(params.chunk)] : undefined;
	if (!chunk) error(404, `No chunk "${params.chunk}" of the panels' texts`);
	return json(chunk);
};
