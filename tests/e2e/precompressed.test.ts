import { expect, mapReady, test } from './fixtures';

/** What the browser fetched of the build, with the encoding it asked for and the one it got. */
interface Fetched {
	path: string;
	accepted: string;
	encoding: string | undefined;
	type: string | undefined;
}

test('the explorer comes precompressed: its page, scripts, styles and data in the encoding the browser asks for', async ({ page, baseURL }) => {
	const fetched: Fetched[] = [];
	page.on('response', async (response) => {
		const url = new URL(response.url());
		if (url.origin !== new URL(baseURL ?? '').origin || response.status() !== 200) return;
		const [request, headers] = [await response.request().allHeaders(), await response.allHeaders()];
		fetched.push({ path: url.pathname, accepted: request['accept-encoding'] ?? '', encoding: headers['content-encoding'], type: headers['content-type'] });
	});
	await page.goto('/');
	await mapReady(page);
	const compressible = fetched.filter((f) => /(\/|\.html|\.js|\.css|\.json|\.geojson)$/.test(f.path));
	expect(compressible.map((f) => f.path)).toEqual(expect.arrayContaining(['/', expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/), expect.stringMatching(/\.json$/)]));
	for (const f of compressible) {
		const best = /\bbr\b/.test(f.accepted) ? 'br' : 'gzip';
		expect(f.encoding, `${f.path} (asked for ${f.accepted})`).toBe(best);
	}
	expect(fetched.find((f) => f.path === '/')?.type).toBe('text/html; charset=utf-8');
	expect(fetched.find((f) => f.path.endsWith('.js'))?.type).toBe('text/javascript');
	// woff2 is compressed inside: the build writes no copy of it, and it travels as it is.
	const fonts = fetched.filter((f) => f.path.endsWith('.woff2'));
	for (const f of fonts) expect([f.path, f.encoding]).toEqual([f.path, undefined]);
});

test('a client that accepts no encoding gets each file as it is', async ({ request }) => {
	const plain = await request.get('/', { headers: { 'accept-encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(plain.headers().vary).toBe('Accept-Encoding');
	expect(await plain.text()).toContain('<!doctype html>');
});
