// `node tests/e2e/static-server.js <folder> <port>`: serves a static build as a plain static host
// does (scripts/static-host.js: a file, or the .html file of an extensionless path, else 404.html with
// status 404; its .br or .gz copy where the browser accepts one), on 127.0.0.1 only. The browser tests
// serve both atlases' builds with it.
import { serveStatic } from '../../scripts/static-host.js';

const [folder, portText] = process.argv.slice(2);
if (!folder || !/^\d+$/.test(portText ?? '')) {
	console.error('usage: node tests/e2e/static-server.js <folder> <port>');
	process.exit(2);
}
await serveStatic(folder, Number(portText));
console.log(`Serving ${folder} at http://127.0.0.1:${portText}/`);
