// `node tests/e2e/static-server.js <folder> <port>`: serves a static build as a plain static host
// does (a file, or the .html file of an extensionless path, else 404.html with status 404), on
// 127.0.0.1 only. The browser tests serve the second atlas's build with it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder, portText] = process.argv.slice(2);
if (!folder || !/^\d+$/.test(portText ?? '')) {
	console.error('usage: node tests/e2e/static-server.js <folder> <port>');
	process.exit(2);
}
const root = resolve(folder);
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** The file an address names inside the root, or null. */
function fileFor(pathname) {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (!path.startsWith(root)) return null;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	const served = file ?? join(root, '404.html');
	response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
	createReadStream(served).pipe(response);
}).listen(Number(portText), '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${portText}/`));
