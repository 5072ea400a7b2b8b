// `npm start` (after its build) and `npm run preview`: serves the production build (build/, or
// BUILD_DIR) at http://127.0.0.1:$PORT/ (4173 unless PORT says otherwise) as a static host does, with
// its precompressed .br and .gz files (scripts/static-host.js), and prints that address; Ctrl+C stops it.
import { existsSync } from 'node:fs';
import { serveStatic } from './static-host.js';

const text = process.env.PORT ?? '4173';
const port = Number(text);
if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number from 1 to 65535, not "${text}".`);
	process.exit(1);
}
const folder = process.env.BUILD_DIR ?? 'build';
if (!existsSync(`${folder}/index.html`)) {
	console.error(`${folder}/index.html not found: run \`npm run build\` first.`);
	process.exit(1);
}
// A port already taken is an error, never a silent move to another one.
await serveStatic(folder, port).catch((e) => {
	console.error(e.code === 'EADDRINUSE' ? `Port ${port} is taken: set PORT to another one.` : e.message);
	process.exit(1);
});
console.log(`The explorer is served at http://127.0.0.1:${port}/ (Ctrl+C stops it).`);
