// `npm start` (after its build) and `npm run preview`: serves the production build at
// http://127.0.0.1:$PORT/ (4173 unless PORT says otherwise) and prints that address; Ctrl+C stops it.
import { preview } from 'vite';

const text = process.env.PORT ?? '4173';
const port = Number(text);
if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number from 1 to 65535, not "${text}".`);
	process.exit(1);
}
// strictPort: a port already taken is an error, never a silent move to another one.
await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
console.log(`The explorer is served at http://127.0.0.1:${port}/ (Ctrl+C stops it).`);
