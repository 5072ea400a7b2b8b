// A static host for a build folder, as nginx's gzip_static or Caddy's `precompressed` serve one:
// `npm start`, the browser tests and the benchmark all serve the explorer through it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.pbf': 'application/x-protobuf',
	'.mvt': 'application/vnd.mapbox-vector-tile',
	'.pmtiles': 'application/octet-stream',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm'
};

/** The encodings a precompressed copy may be in, best first, with the suffix of its file. */
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
];

/**
 * The content codings an Accept-Encoding header accepts (`q=0` refuses one; `*` stands for the rest).
 * @param {string | undefined} header
 */
export function acceptedEncodings(header) {
	const accepted = new Set();
	const refused = new Set();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		(q && Number(q.slice(2)) === 0 ? refused : accepted).add(name);
	}
	return new Set(ENCODINGS.map((e) => e.name).filter((n) => !refused.has(n) && (accepted.has(n) || accepted.has('*'))));
}

/** @param {string} path */
const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * The file an address names inside `root` (itself, its .html, or its folder's index.html), or null.
 * @param {string} root
 * @param {string} pathname
 */
function fileFor(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(`${root}/`)) return null;
	return [path, `${path}.html`, join(path, 'index.html')].find(isFile) ?? null;
}

/**
 * One byte range of a file of `size` bytes from a Range header (`bytes=a-b`, `bytes=a-`, `bytes=-n`),
 * 'unsatisfiable', or null for no header, an invalid one, or several ranges (the whole file, then).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number; end: number } | 'unsatisfiable' | null}
 */
export function byteRange(header, size) {
	const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
	// No range, or an invalid one (none, or one that ends before it starts): the whole file, as RFC 9110 says.
	if (!match || (match[1] === '' && match[2] === '') || (match[1] !== '' && match[2] !== '' && Number(match[2]) < Number(match[1]))) return null;
	const [start, end] = match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), Math.min(size - 1, match[2] === '' ? size - 1 : Number(match[2]))];
	return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/** @typedef {{ pathname: string; file: string | null; bytes: number }} Served What one response sent. */

/**
 * The request handler: GET and HEAD of a file, or of a path's .html, else `404.html` with status 404.
 * Where a `.br` or `.gz` copy lies beside the file and the request accepts that encoding, it sends the
 * copy with Content-Encoding, under the file's own Content-Type; a byte range is always of the file
 * itself. `onServed` hears of every response: the file sent (null for none) and its body's bytes before
 * any encoding.
 * @param {string} folder
 * @param {(served: Served) => void} [onServed]
 * @returns {import('node:http').RequestListener}
 */
export function staticHandler(folder, onServed = () => {}) {
	const root = resolve(folder);
	return (request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const found = fileFor(root, pathname);
		const file = found ?? join(root, '404.html');
		if (!isFile(file)) {
			const text = `Not found: ${pathname}\n`;
			onServed({ pathname, file: null, bytes: Buffer.byteLength(text) });
			response.writeHead(404, { 'content-type': TYPES['.txt'] }).end(text);
			return;
		}
		const size = statSync(file).size;
		/** @type {Record<string, string>} */
		const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes' };
		const copies = ENCODINGS.filter((e) => isFile(file + e.suffix));
		if (copies.length) headers.vary = 'Accept-Encoding';
		const range = found ? byteRange(request.headers.range, size) : null;
		if (range === 'unsatisfiable') {
			response.writeHead(416, { ...headers, 'content-range': `bytes */${size}` }).end();
			return;
		}
		const accepted = acceptedEncodings(request.headers['accept-encoding']);
		const copy = range ? undefined : copies.find((e) => accepted.has(e.name));
		let [status, sent, length, read] = [found ? 200 : 404, file, size, {}];
		if (range) {
			[status, length, read] = [206, range.end - range.start + 1, range];
			headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
		} else if (copy) {
			[sent, length] = [file + copy.suffix, statSync(file + copy.suffix).size];
			headers['content-encoding'] = copy.name;
		}
		response.writeHead(status, { ...headers, 'content-length': String(length) });
		onServed({ pathname, file, bytes: request.method === 'HEAD' ? 0 : range ? length : size });
		if (request.method === 'HEAD') response.end();
		else createReadStream(sent, read).pipe(response);
	};
}

/**
 * Serves `folder` on 127.0.0.1:`port`; resolves once it listens, rejects if the port is taken.
 * @param {string} folder
 * @param {number} port
 * @param {(served: Served) => void} [onServed]
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(folder, port, onServed) {
	const server = createServer(staticHandler(folder, onServed));
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done(server));
	});
}
