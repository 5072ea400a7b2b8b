// Serves a large atlas's events as the explorer draws them on the GPU (/atlas/large/columns.bin, their
// typed arrays; /atlas/large/texts.json, their titles, ids, categories and hashtags), built at build
// time (prerendered) when the atlas has that many events; otherwise there are no such files.
import { error, json } from '@sveltejs/kit';
import { encodeColumns } from '$lib/import/columnsFile';
import { built } from '$lib/server/compiled';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The two files, encoded once per build. */
let encoded: ReturnType<typeof encodeColumns> | undefined;

export const entries: EntryGenerator = () => (built().large ? ['columns.bin', 'texts.json'].map((file) => ({ file })) : []);

export const GET: RequestHandler = ({ params }) => {
	const { large } = built();
	if (!large || !['columns.bin', 'texts.json'].includes(params.file)) error(404, `No file "${params.file}" of the atlas's large events`);
	encoded ??= encodeColumns(large);
	if (params.file === 'texts.json') return json(encoded.texts);
	return new Response(encoded.bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/octet-stream' } });
};
