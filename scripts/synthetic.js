// `node scripts/synthetic.js COUNT DIR [SEED]`: writes a synthetic atlas of COUNT dated events,
// spread over East Asia and over 1945 to 1948, for the benchmark; with a DIR ending in .csv, the same
// events as a reader's table to import instead, and with one ending in -shapes.csv, a table whose rows
// are in turn a point, a line of eight positions and an area (an octagon), as WKT in a geometry column.
// A fixed seed makes it the same every time. It is not history: every title says "Synthetic event".
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [count = '10000', dir = 'bench-results/data-10k', seedText = '1945'] = process.argv.slice(2);

/** mulberry32: a small, fast, seeded pseudo-random generator. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(Number(seedText));
const pad = (n) => String(n).padStart(2, '0');
const FIRST = Date.UTC(1945, 7, 1) / 86400000;
const DAYS = Date.UTC(1949, 0, 1) / 86400000 - FIRST;
// Written with JS Date only here, to make ISO strings for generated test data (all after 1900, UTC).
const iso = (day) => {
	const d = new Date((FIRST + day) * 86400000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const CATEGORIES = ['military', 'political', 'diplomatic', 'occupation', 'context'];
const TAGS = ['#Alpha', '#Beta', '#Gamma', '#Delta'];
const source = [{ title: 'Synthetic data for the benchmark (no source)', kind: 'web', url: 'https://example.org/synthetic' }];

/** The next synthetic event, drawn from the seeded generator in a fixed order. */
function event(i) {
	const start = Math.floor(next() * (DAYS - 31));
	const length = Math.floor(next() * 30);
	return {
		type: 'Feature',
		id: `synthetic-${i}`,
		properties: {
			title: `Synthetic event ${i}`,
			start: iso(start),
			...(length ? { end: iso(start + length) } : {}),
			category: CATEGORIES[Math.floor(next() * CATEGORIES.length)],
			summary: `Synthetic event number ${i}, generated for the benchmark.`,
			tags: [TAGS[Math.floor(next() * TAGS.length)]],
			places: ['synthetic-region'],
			sources: source
		},
		geometry: { type: 'Point', coordinates: [Math.round((100 + next() * 50) * 1e4) / 1e4, Math.round((20 + next() * 35) * 1e4) / 1e4] }
	};
}

/** Row i's geometry as WKT around [lon, lat]: a point, a line wandering east, or an octagon, in turn. */
function wkt(i, [lon, lat]) {
	const round = (x) => Math.round(x * 1e4) / 1e4;
	const pairs = (ps) => ps.map(([x, y]) => `${round(x)} ${round(y)}`).join(', ');
	if (i % 3 === 0) return `POINT (${lon} ${lat})`;
	if (i % 3 === 1) return `LINESTRING (${pairs(Array.from({ length: 8 }, (_, k) => [lon + 0.1 * k, lat + 0.2 * (next() - 0.5)]))})`;
	const ring = Array.from({ length: 8 }, (_, k) => [lon + 0.2 * Math.cos((k * Math.PI) / 4), lat + 0.2 * Math.sin((k * Math.PI) / 4)]);
	return `POLYGON ((${pairs([...ring, ring[0]])}))`;
}

if (dir.endsWith('.csv')) {
	// The columns a reader's spreadsheet would have; no cell needs quoting. Written a block at a time, so
	// that a million rows never stand in memory as objects.
	mkdirSync(dirname(dir), { recursive: true });
	const fd = openSync(dir, 'w');
	const shapes = dir.endsWith('-shapes.csv');
	writeSync(fd, `id,title,start,end,${shapes ? 'geometry' : 'lat,lon'},category,tags,description,source\n`);
	let block = [];
	for (let i = 0; i < Number(count); i++) {
		const { id, properties: p, geometry } = event(i);
		const where = shapes ? `"${wkt(i, geometry.coordinates)}"` : `${geometry.coordinates[1]},${geometry.coordinates[0]}`;
		block.push([id, p.title, p.start, p.end ?? '', where, p.category, p.tags.join(' '), p.summary.replace(',', ''), 'https://example.org/synthetic'].join(','));
		if (block.length === 10_000) {
			writeSync(fd, `${block.join('\n')}\n`);
			block = [];
		}
	}
	if (block.length) writeSync(fd, `${block.join('\n')}\n`);
	closeSync(fd);
	console.log(`${count} synthetic rows in ${dir}`);
	process.exit(0);
}
const features = Array.from({ length: Number(count) }, (_, i) => event(i));
const places = [
	{
		type: 'Feature',
		id: 'synthetic-region',
		properties: { kind: 'region', name: 'Synthetic region', names: [{ name: 'Synthetic region' }], summary: 'Where the synthetic events are.', sources: source },
		geometry: null
	}
];
// The shipped atlas's view (extent, camera, period, presets, opening date, categories), so that the
// benchmark compares like with like; its labels, styles and legend texts are not needed here.
const shipped = JSON.parse(readFileSync('geodata/atlas.json', 'utf8'));
const { extent, camera, period, presets, start, categories } = shipped;
const manifest = { title: `${count} synthetic events`, description: 'Synthetic data for the benchmark: not history.', extent, camera, period, presets, start, categories };
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'atlas.json'), JSON.stringify(manifest));
writeFileSync(join(dir, 'events.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
writeFileSync(join(dir, 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: places }));
console.log(`${count} synthetic events in ${dir}`);
