// `npm run derive:geodata`: recomputes the shapes of zones, lines and regions from Natural Earth
// (world-atlas, 1:10m) with Turf. The features' texts, dates and sources live in geodata/ and are
// left as they are; only the geometry and `derivation` of each feature named below are rewritten.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import { formatGeoJSON } from './format-geodata.js';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-10m.json');
const countries = feature(topology, topology.objects.countries).features;
const country = (id) => {
	const found = countries.find((c) => c.id === id);
	if (!found) throw new Error(`Natural Earth country ${id} not found`);
	return turf.feature(found.geometry);
};

/** Simplifies each polygon by ~100 m (keeping islands too small to simplify) and rounds to 4 decimals. */
function tidy(f) {
	if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
		return turf.truncate(f, { precision: 4, coordinates: 2 });
	}
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const simplified = polygons.map((rings) => {
		const polygon = turf.polygon(rings);
		try {
			return turf.simplify(polygon, { tolerance: 0.001, highQuality: true }).geometry.coordinates;
		} catch {
			return rings;
		}
	});
	const geometry = simplified.length === 1 ? turf.polygon(simplified[0]) : turf.multiPolygon(simplified);
	return turf.truncate(geometry, { precision: 4, coordinates: 2 });
}
const clip = (f, [w, s, e, n]) => turf.intersect(turf.featureCollection([f, turf.bboxPolygon([w, s, e, n])]));

const NE = 'Natural Earth 1:10m Admin 0 countries (world-atlas countries-10m), simplified by about 100 m';
const northKorea = country('408');
const southKorea = country('410');
const korea = turf.union(turf.featureCollection([northKorea, southKorea]));
const russia = country('643');
// Sakhalin is the polygon of Russia that contains a point inland on the island.
const sakhalin = turf.feature({
	type: 'Polygon',
	coordinates: russia.geometry.coordinates.find((p) => turf.booleanPointInPolygon([142.8, 50], turf.polygon(p)))
});

/** Each derived shape: its geometry and how it was made. */
const RECIPES = {
	'north-korea': [northKorea, `${NE}: North Korea as drawn today (the 1953 armistice line, not the 38th parallel)`, false],
	'south-korea': [southKorea, `${NE}: South Korea as drawn today (the 1953 armistice line, not the 38th parallel)`, false],
	korea: [korea, `${NE}: union of North and South Korea (the whole peninsula, whose northern border on the Yalu and Tumen is the border of 1945)`, false],
	japan: [country('392'), `${NE}: Japan as drawn today`, false],
	sakhalin: [sakhalin, `${NE}: the polygon of Russia that is Sakhalin island`, false],
	chosen: [korea, `${NE}: union of North and South Korea (the peninsula; its northern border is that of 1945)`, false],
	'soviet-zone-korea': [clip(korea, [120, 38, 135, 45]), `${NE}: the Korean peninsula north of 38°N, cut with Turf`, false],
	'dprk-1948': [clip(korea, [120, 38, 135, 45]), `${NE}: the Korean peninsula north of 38°N, cut with Turf`, false],
	'us-zone-korea': [clip(korea, [120, 30, 135, 38]), `${NE}: the Korean peninsula south of 38°N, cut with Turf`, false],
	'rok-1948': [clip(korea, [120, 30, 135, 38]), `${NE}: the Korean peninsula south of 38°N, cut with Turf`, false],
	karafuto: [clip(sakhalin, [140, 40, 150, 50]), `${NE}: Sakhalin south of 50°N (the 1905 border), cut with Turf`, false]
};

/** The 38th parallel where it crosses the Korean peninsula (Ongjin, Kaesong, the east coast). */
function parallel38() {
	const line = turf.lineString(Array.from({ length: 61 }, (_, i) => [124 + i * 0.1, 38]));
	const pieces = turf.lineSplit(line, korea).features;
	const inside = pieces.filter((piece) => turf.booleanPointInPolygon(turf.along(piece, turf.length(piece) / 2), korea));
	return turf.truncate(turf.multiLineString(inside.map((p) => p.geometry.coordinates)), { precision: 4 });
}
const LINE_RECIPES = {
	'parallel-38': [parallel38(), `${NE}: the parallel 38°N, split by the peninsula's outline with Turf; only the parts over land`, false]
};

function rewrite(file, recipes) {
	const path = `geodata/${file}`;
	const collection = JSON.parse(readFileSync(path, 'utf8'));
	const missing = new Set(Object.keys(recipes));
	for (const f of collection.features) {
		const recipe = recipes[f.id];
		if (!recipe) continue;
		missing.delete(f.id);
		const [shape, method, approximate] = recipe;
		f.geometry = tidy(shape).geometry;
		f.properties.derivation = { method, approximate };
	}
	writeFileSync(path, formatGeoJSON(collection));
	return [...missing];
}

const notFound = [
	...rewrite('places.geojson', Object.fromEntries(['north-korea', 'south-korea', 'korea', 'japan', 'sakhalin'].map((id) => [id, RECIPES[id]]))),
	...rewrite('zones.geojson', Object.fromEntries(['chosen', 'soviet-zone-korea', 'dprk-1948', 'us-zone-korea', 'rok-1948', 'karafuto'].map((id) => [id, RECIPES[id]]))),
	...rewrite('lines.geojson', LINE_RECIPES)
];
if (notFound.length) console.warn(`No feature in geodata/ for: ${notFound.join(', ')}`);
console.log('Derived shapes written to geodata/.');
