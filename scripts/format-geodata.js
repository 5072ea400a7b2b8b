// `npm run format:data`: rewrites every geodata/*.geojson in one layout (tabs, one position per
// [lon, lat] pair on a line) so that reviews of data changes show only what changed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Pretty-prints GeoJSON with tabs, but keeps each [lon, lat] position on one line. */
export function formatGeoJSON(value) {
	return `${JSON.stringify(value, null, '\t').replace(/\[\s+(-?[\d.e-]+),\s+(-?[\d.e-]+)\s+\]/g, '[$1, $2]')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const file of readdirSync('geodata').filter((f) => f.endsWith('.geojson'))) {
		const path = `geodata/${file}`;
		writeFileSync(path, formatGeoJSON(JSON.parse(readFileSync(path, 'utf8'))));
	}
	console.log('geodata/ formatted.');
}
