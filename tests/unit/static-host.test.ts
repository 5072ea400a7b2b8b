import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.js';
import { acceptedEncodings, byteRange, serveStatic } from '../../scripts/static-host.js';

const root = mkdtempSync(join(tmpdir(), 'static-host-'));
const site = join(root, 'site');
const script = 'export const place = "Waterloo";\n'.repeat(40);
const style = 'body { color: black; }\n';
let server: Server;
let origin: string;
/** What the server reported serving, as the benchmark counts it. */
const served: { pathname: string; file: string | null; bytes: number }[] = [];

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** A raw request, so that nothing between the test and the server adds or undoes an encoding. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
	return new Promise((done, fail) => {
		const req = request(`${origin}${path}`, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

beforeAll(async () => {
	mkdirSync(join(site, 'events'), { recursive: true });
	writeFileSync(join(site, 'app.js'), script);
	writeFileSync(join(site, 'app.js.br'), brotliCompressSync(script));
	writeFileSync(join(site, 'app.js.gz'), gzipSync(script));
	writeFileSync(join(site, 'app.css'), style);
	writeFileSync(join(site, 'index.html'), '<h1>Home</h1>');
	writeFileSync(join(site, 'events', 'waterloo.html'), '<h1>Waterloo</h1>');
	writeFileSync(join(site, '404.html'), '<h1>Not here</h1>');
	writeFileSync(join(root, 'secret.txt'), 'outside the site');
	server = await serveStatic(site, 0, (s) => served.push(s));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the server has no port');
	origin = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
	await new Promise((done) => server.close(done));
	rmSync(root, { recursive: true, force: true });
});

describe('the static host', () => {
	it('sends the brotli copy, under the file’s own type, to a browser that accepts it', async () => {
		const answer = await get('/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-encoding']).toBe('br');
		expect(answer.headers['content-type']).toBe('text/javascript');
		expect(answer.headers.vary).toBe('Accept-Encoding');
		expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
		expect(answer.body.length).toBeLessThan(script.length);
		expect(brotliDecompressSync(answer.body).toString()).toBe(script);
	});

	it('sends the gzip copy where brotli is not accepted or refused', async () => {
		for (const accept of ['gzip, deflate', 'br;q=0, gzip;q=0.8']) {
			const answer = await get('/app.js', { 'accept-encoding': accept });
			expect(answer.headers['content-encoding'], accept).toBe('gzip');
			expect(gunzipSync(answer.body).toString(), accept).toBe(script);
		}
	});

	it('sends the plain file, still saying it varies, to a request without Accept-Encoding', async () => {
		const answer = await get('/app.js');
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.headers.vary).toBe('Accept-Encoding');
		expect(answer.body.toString()).toBe(script);
	});

	it('sends a file without compressed copies as it is, whatever the request accepts', async () => {
		const answer = await get('/app.css', { 'accept-encoding': 'br, gzip' });
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.headers.vary).toBeUndefined();
		expect(answer.headers['content-type']).toBe('text/css');
		expect(answer.body.toString()).toBe(style);
	});

	it('answers a byte range from the file itself, never from a compressed copy', async () => {
		const answer = await get('/app.js', { 'accept-encoding': 'br', range: 'bytes=7-12' });
		expect(answer.status).toBe(206);
		expect(answer.headers['content-encoding']).toBeUndefined();
		expect(answer.headers['content-range']).toBe(`bytes 7-12/${script.length}`);
		expect(answer.body.toString()).toBe(script.slice(7, 13));
		expect((await get('/app.js', { range: `bytes=${script.length}-` })).status).toBe(416);
	});

	it('serves pages by their extensionless paths, and 404.html for anything else, outside the folder included', async () => {
		expect((await get('/')).body.toString()).toBe('<h1>Home</h1>');
		const page = await get('/events/waterloo');
		expect([page.status, page.headers['content-type'], page.body.toString()]).toEqual([200, 'text/html; charset=utf-8', '<h1>Waterloo</h1>']);
		for (const path of ['/events/oslo', '/%2e%2e/secret.txt', '/%E0%A4%A']) {
			const missing = await get(path);
			expect([missing.status, missing.body.toString()], path).toEqual([404, '<h1>Not here</h1>']);
		}
	});

	it('tells its listener which file each response sent and how many bytes it holds before encoding', async () => {
		served.length = 0;
		await get('/app.js', { 'accept-encoding': 'br' });
		await get('/app.js', { range: 'bytes=0-9' });
		await get('/events/oslo');
		expect(served).toEqual([
			{ pathname: '/app.js', file: join(site, 'app.js'), bytes: script.length },
			{ pathname: '/app.js', file: join(site, 'app.js'), bytes: 10 },
			{ pathname: '/events/oslo', file: join(site, '404.html'), bytes: '<h1>Not here</h1>'.length }
		]);
	});

	it('answers HEAD without a body and refuses other methods', async () => {
		const head = await get('/app.js', { 'accept-encoding': 'br' }, 'HEAD');
		expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([200, 'br', 0]);
		expect((await get('/app.js', {}, 'POST')).status).toBe(405);
	});
});

describe('what a request accepts', () => {
	it('reads Accept-Encoding with its weights and wildcard', () => {
		expect([...acceptedEncodings('gzip, deflate, br')]).toEqual(['br', 'gzip']);
		expect([...acceptedEncodings('*;q=0.5, br;q=0')]).toEqual(['gzip']);
		expect([...acceptedEncodings('identity')]).toEqual([]);
		expect([...acceptedEncodings(undefined)]).toEqual([]);
	});

	it('reads one byte range, and leaves several to the whole file', () => {
		expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
		expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
		expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
		expect(byteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
		expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(byteRange('bytes=0-1, 5-6', 100)).toBeNull();
		expect(byteRange('bytes=9-3', 100)).toBeNull();
		expect(byteRange(undefined, 100)).toBeNull();
	});
});

describe('precompression of what SvelteKit leaves out', () => {
	it('writes .br and .gz beside data and tiles that shrink, and none beside what does not', async () => {
		const dir = join(root, 'data');
		mkdirSync(join(dir, 'tiles', '3'), { recursive: true });
		const geojson = JSON.stringify({ type: 'FeatureCollection', features: Array(50).fill({ type: 'Feature', properties: { name: 'Oslo' }, geometry: null }) });
		writeFileSync(join(dir, 'events.geojson'), geojson);
		writeFileSync(join(dir, 'tiles', '3', 'packed.pbf'), randomBytes(4096));
		writeFileSync(join(dir, 'font.woff2'), geojson);
		expect(await precompress(dir)).toBe(2);
		expect(brotliDecompressSync(readFileSync(join(dir, 'events.geojson.br'))).toString()).toBe(geojson);
		expect(gunzipSync(readFileSync(join(dir, 'events.geojson.gz'))).toString()).toBe(geojson);
		expect(['tiles/3/packed.pbf.br', 'tiles/3/packed.pbf.gz', 'font.woff2.br'].filter((f) => existsSync(join(dir, f)))).toEqual([]);
	});
});
