// `npm run bench [-- --scenarios=atlas,10k,100k,import-100k --steps=60]`: measures the production
// build in Debian's Chromium and prints a table (also written to bench-results/bench.json). Every
// speed is a median and a 95th percentile, and a ratio to a reference measured in the same run,
// because these machines are shared and noisy. A scrub takes its --steps one-day steps across the
// slider's whole range. An import scenario reads a generated CSV of that many rows through "Add data",
// as a reader would, then scrubs the atlas with it (import-100k-shapes: a third of its rows lines, a
// third areas). Each cold start of the explorer alternates with one
// of a bare MapLibre map (scripts/bench-floor.html), the load floor: time to ready, requests and bytes.
// Builds are served as a static host serves them, precompressed files included (scripts/static-host.js).
// The synthetic atlases (10k, 100k, 200k, 1m) are built from GEODATA_DIR folders; from 50,000 events
// (GPU_EVENTS) their events are drawn on the GPU, where the setFilter baseline cannot reach them.
// Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { precompress } from './precompress.js';
import { serveStatic } from './static-host.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const scenarios = (args.scenarios ?? 'atlas,10k,100k,import-100k').split(',');
const STEPS = Number(args.steps ?? 60);
const COLD_RUNS = Number(args.cold ?? 7);
// Neither `npm start`'s port (4173) nor the browser tests' (4183): the benchmark may run beside either.
// The bare map is served on the next port. BENCH_PORT moves both, for a second checkout's benchmark.
const PORT = Number(process.env.BENCH_PORT ?? 4193);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BARE_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
/** How long no request may be open for the network to count as idle after a load (Playwright's is 500 ms). */
const QUIET_MS = 1000;
const COUNTS = { '10k': 10_000, '100k': 100_000, '200k': 200_000, '1m': 1_000_000, 'import-10k': 10_000, 'import-100k': 100_000, 'import-100k-shapes': 100_000, 'import-1m': 1_000_000 };
const isImport = (scenario) => scenario.startsWith('import-');

const quantile = (xs, q) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const stats = (xs) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), n: xs.length });

function build(scenario) {
	const env = { ...process.env };
	if (scenario !== 'atlas' && !isImport(scenario)) {
		const dir = `bench-results/data-${scenario}`;
		// Made again when a file is missing, such as the atlas.json that older synthetic folders lack.
		if (!['atlas.json', 'events.geojson', 'places.geojson'].every((f) => existsSync(join(dir, f)))) execFileSync('node', ['scripts/synthetic.js', String(COUNTS[scenario]), dir, '1945'], { stdio: 'inherit' });
		Object.assign(env, { GEODATA_DIR: dir, BUILD_DIR: `bench-results/build-${scenario}`, ARTICLES: 'none' });
	}
	console.log(`Building ${scenario}…`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
	return env.BUILD_DIR ?? 'build';
}

/**
 * Where a scrub steps: `steps` days spread evenly over the slider's whole range (the atlas's, from
 * START), each to be stepped from by one day, so that features long over, which fade in steps, are
 * scrubbed as much as new ones.
 */
function scrubDates(page, steps) {
	return page.evaluate((steps) => {
		const slider = document.querySelector('input[aria-label="Date"]');
		const [from, to] = [Number(slider.min), Number(slider.max)];
		return Array.from({ length: steps }, (_, i) => from + Math.floor((i * (to - from)) / steps));
	}, steps);
}

/**
 * Goes to each date as a drag does (not measured), then measures one step of a day from it: from the
 * key press on the slider to data-rendered-date showing the next day. A no-op repaint is measured at
 * each date too, before its step: the floor of the same frame, as many rows drawn in it.
 */
async function scrub(page, dates) {
	return page.evaluate(async (dates) => {
		const slider = document.querySelector('input[aria-label="Date"]');
		const map = document.querySelector('.map');
		/** Resolves once data-rendered-date leaves what it says now. */
		const redrawn = (what) => {
			const before = map.getAttribute('data-rendered-date');
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`${what} never drew`)), 60_000);
				const observer = new MutationObserver(() => {
					if (map.getAttribute('data-rendered-date') === before) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				observer.observe(map, { attributes: true, attributeFilter: ['data-rendered-date'] });
			});
		};
		const times = [];
		const repaints = [];
		for (const [i, date] of dates.entries()) {
			if (Number(slider.value) !== date) {
				const moved = redrawn(`the move to step ${i}`);
				slider.value = String(date);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				await moved;
			}
			const r0 = performance.now();
			await window.__bench.repaint();
			repaints.push(performance.now() - r0);
			const stepped = redrawn(`step ${i}`);
			const t0 = performance.now();
			slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
			await stepped;
			times.push(performance.now() - t0);
		}
		return { times, repaints };
	}, dates);
}

/**
 * The same steps the baseline way (OpenHistoricalMap's): the page's `__bench.setFilter` rewrites every
 * dated layer's filter, and resolves once the map is idle. The moves, and the first call, which also
 * gives every feature full strength, are not measured.
 */
async function baseline(page, dates) {
	return page.evaluate(async (dates) => {
		const times = [];
		for (const date of dates) {
			await window.__bench.setFilter(date);
			const t0 = performance.now();
			await window.__bench.setFilter(date + 1);
			times.push(performance.now() - t0);
		}
		return times;
	}, dates);
}

/** The same wait after a repaint that changes nothing: what one frame costs here. */
async function floor(page, steps) {
	return page.evaluate(async (steps) => {
		const times = [];
		for (let i = 0; i < steps; i++) {
			const t0 = performance.now();
			await window.__bench.repaint();
			times.push(performance.now() - t0);
		}
		return times;
	}, steps);
}

const START = '#date=1945-08-01&range=1945-08-01..1949-01-01&view=history';

/**
 * Serves a build folder on `port` and counts its traffic: requests, the bytes written to its sockets
 * (compressed bodies and headers: what goes over the wire), the bodies' bytes before compression, and
 * the same bodies as a host with only the .gz copies would send them.
 */
async function host(folder, port) {
	const sockets = new Set();
	const count = { requests: 0, raw: 0, gzip: 0, open: 0, lastActivity: 0, wireBefore: 0 };
	const onServed = ({ file, bytes }) => {
		count.raw += bytes;
		count.gzip += file && existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : bytes;
	};
	const server = await serveStatic(folder, port, onServed);
	const wire = () => [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);
	server.on('connection', (socket) => sockets.add(socket));
	server.on('request', (_request, response) => {
		count.requests++;
		count.open++;
		count.lastActivity = performance.now();
		response.on('close', () => {
			count.open--;
			count.lastActivity = performance.now();
		});
	});
	return {
		close: () => new Promise((done) => server.close(done)),
		/** Starts counting afresh, from `t0`. */
		reset(t0) {
			Object.assign(count, { requests: 0, raw: 0, gzip: 0, lastActivity: t0, wireBefore: wire(), t0 });
		},
		/** What was served since the reset: requests, bytes on the wire, bodies raw and as gzip. */
		traffic: () => ({ requests: count.requests, wire: wire() - count.wireBefore, raw: count.raw, gzip: count.gzip }),
		/** Resolves once no request has been open for QUIET_MS, with the time the last one ended, from the reset. */
		async idle() {
			while (count.open > 0 || performance.now() - count.lastActivity < QUIET_MS) await new Promise((r) => setTimeout(r, 100));
			return count.lastActivity - count.t0;
		}
	};
}

/** The bare map's folder: its page beside maplibre-gl's own files, precompressed as the build is. */
async function bareMapFolder() {
	const dir = 'bench-results/bare-map';
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	copyFileSync('scripts/bench-floor.html', join(dir, 'index.html'));
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join('node_modules/maplibre-gl/dist', file), join(dir, file));
	await precompress(dir, ['.html', '.mjs', '.css']);
	return dir;
}

/**
 * One cold start in a fresh browser context: the time from navigating to `.map[data-state=ready]`,
 * and what `server` served up to then and up to the network's falling idle after it.
 */
async function coldStart(browser, server, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const t0 = performance.now();
	server.reset(t0);
	await page.goto(url);
	await page.waitForSelector('.map[data-state=ready]', { timeout: 180_000 });
	const readyMs = performance.now() - t0;
	const ready = server.traffic();
	const idleMs = await server.idle();
	const idle = { ...server.traffic(), ms: idleMs };
	await context.close();
	return { readyMs, ready, idle };
}

/** The cold starts' times as stats, and their traffic as medians (it barely varies from run to run). */
function summary(runs) {
	const median = (pick) => quantile(runs.map(pick), 0.5);
	const traffic = (phase) => ({ requests: median((r) => r[phase].requests), wire: median((r) => r[phase].wire), raw: median((r) => r[phase].raw), gzip: median((r) => r[phase].gzip) });
	return { ready: stats(runs.map((r) => r.readyMs)), toReady: traffic('ready'), toIdle: { ...traffic('idle'), ms: median((r) => r.idle.ms) } };
}

async function open(browser, path) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`${ORIGIN}${path}`);
	await page.waitForSelector('.map[data-state=ready]', { timeout: 180_000 });
	return page;
}

/** Bytes (raw and gzip) of the scripts and styles a page loads before its map is ready. */
async function sizes(browser, outDir, path) {
	const page = await browser.newPage();
	const files = new Set();
	page.on('response', (r) => {
		const type = r.request().resourceType();
		if (type === 'script' || type === 'stylesheet') files.add(new URL(r.url()).pathname);
	});
	await page.goto(`${ORIGIN}${path}`);
	if (path.startsWith('/?') || path === '/') await page.waitForSelector('.map[data-state=ready]', { timeout: 180_000 });
	else await page.waitForLoadState('load');
	await page.close();
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(join(outDir, file));
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	return { files: files.size, raw, gzip };
}

/**
 * Imports a generated CSV of the scenario's size through "Add data" (the page's file input, its worker,
 * the compiled model, the map): the time from handing the file over to the map having drawn every row,
 * the JS heap then, and a scrub of the atlas with the layer, against the floor of the same page before
 * the import (the atlas alone) and during the scrub (a no-op repaint at each step's date, with the rows
 * the layer draws on that date).
 */
async function measureImport(scenario, browser) {
	const file = `bench-results/${scenario}.csv`;
	if (!existsSync(file)) execFileSync('node', ['scripts/synthetic.js', String(COUNTS[scenario]), file, '1945'], { stdio: 'inherit' });
	const outDir = build('atlas');
	const server = await host(outDir, PORT);
	try {
		const page = await open(browser, `/?bench${START}`);
		const floorTimes = await floor(page, STEPS);
		await page.getByRole('button', { name: 'Add data' }).click();
		const t0 = performance.now();
		await page.getByLabel('Choose a file').setInputFiles(file);
		await page.waitForSelector(`.map[data-mine="${COUNTS[scenario]}"]`, { timeout: 600_000 });
		const importMs = performance.now() - t0;
		const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
		// At a million rows the page is drawing its first frame of them for most of a minute: the click waits.
		await page.getByRole('button', { name: 'Show the map' }).click({ timeout: 600_000 });
		const dates = await scrubDates(page, STEPS);
		// The no-op repaint of the map being scrubbed, at each step's date: the layer's rows drawn in it.
		const { times: scrubTimes, repaints: layerFloorTimes } = await scrub(page, dates);
		await page.close();
		const explorer = await sizes(browser, outDir, '/');
		return {
			scenario,
			rows: COUNTS[scenario],
			importMs,
			heap,
			steppedDays: [dates[0], dates.at(-1) + 1],
			floor: stats(floorTimes),
			layerFloor: stats(layerFloorTimes),
			scrub: stats(scrubTimes),
			explorer
		};
	} finally {
		await server.close();
	}
}

async function measure(scenario, browser, bareServer) {
	if (isImport(scenario)) return measureImport(scenario, browser);
	const outDir = build(scenario);
	const server = await host(outDir, PORT);
	try {
		// Bare map and explorer in turn, so that the machine's load weighs on both alike.
		const bareRuns = [];
		const explorerRuns = [];
		for (let i = 0; i < COLD_RUNS; i++) {
			bareRuns.push(await coldStart(browser, bareServer, `${BARE_ORIGIN}/`));
			explorerRuns.push(await coldStart(browser, server, `${ORIGIN}/${START}`));
		}
		const load = { bare: summary(bareRuns), explorer: summary(explorerRuns) };
		load.ratio = load.explorer.ready.median / load.bare.ready.median;
		let page = await open(browser, `/?bench${START}`);
		const renderer = await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl2');
			const info = gl?.getExtension('WEBGL_debug_renderer_info');
			return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
		});
		const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
		const dates = await scrubDates(page, STEPS);
		const floorTimes = await floor(page, STEPS);
		// The floor at the opening date draws the rows shown then; a repaint at each step's date draws those it shows.
		const { times: scrubTimes, repaints: stepFloorTimes } = await scrub(page, dates);
		await page.close();
		// A large atlas's events are drawn on the GPU, out of reach of the map's filters: it has no baseline.
		const onGpu = existsSync(join(outDir, 'atlas/large/texts.json'));
		let baselineTimes = null;
		if (!onGpu) {
			// A fresh page: the baseline's filters would otherwise stay on the explorer's map.
			page = await open(browser, `/?bench${START}`);
			baselineTimes = await baseline(page, dates);
			await page.close();
		}
		const explorer = await sizes(browser, outDir, '/');
		const article = scenario === 'atlas' ? await sizes(browser, outDir, '/events/wonsan-landing') : null;
		return {
			scenario,
			renderer,
			onGpu,
			steppedDays: [dates[0], dates.at(-1) + 1],
			heap,
			floor: stats(floorTimes),
			stepFloor: stats(stepFloorTimes),
			scrub: stats(scrubTimes),
			baseline: baselineTimes && stats(baselineTimes),
			cold: load.explorer.ready,
			load,
			explorer,
			article
		};
	} finally {
		await server.close();
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const results = [];
const bareServer = await host(await bareMapFolder(), PORT + 1);
try {
	for (const scenario of scenarios) results.push(await measure(scenario, browser, bareServer));
} finally {
	await browser.close();
	await bareServer.close();
}
if (!scenarios.includes('atlas') || scenarios.at(-1) !== 'atlas') build('atlas');

const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1024).toFixed(0)} kB`;
const machine = { date: new Date().toISOString().slice(0, 10), cores: cpus().length, cpu: cpus()[0]?.model, browser: `Chromium ${browser.version()}`, webgl: results[0]?.renderer, steps: STEPS, coldRuns: COLD_RUNS };
console.log(`\n${machine.date}, ${machine.cores} cores (${machine.cpu}), ${machine.browser}, WebGL: ${machine.webgl}; ${STEPS} one-day steps spread over the whole range, ${COLD_RUNS} cold starts\n`);
console.log(
	'| scenario | scrub step median / p95 | floor median / p95 | scrub ÷ floor | floor at each step\'s date median / p95 | scrub ÷ it | setFilter baseline median / p95 | baseline ÷ scrub | cold start median / p95 | JS heap after | explorer JS+CSS raw / gzip |'
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results.filter((r) => !isImport(r.scenario))) {
	console.log(
		`| ${r.scenario}${r.onGpu ? ' (events on the GPU)' : ''} | ${ms(r.scrub.median)} / ${ms(r.scrub.p95)} | ${ms(r.floor.median)} / ${ms(r.floor.p95)} | ${(r.scrub.median / r.floor.median).toFixed(2)} | ${ms(r.stepFloor.median)} / ${ms(r.stepFloor.p95)} | ${(r.scrub.median / r.stepFloor.median).toFixed(2)} | ${r.baseline ? `${ms(r.baseline.median)} / ${ms(r.baseline.p95)} | ${(r.baseline.median / r.scrub.median).toFixed(2)}` : 'none (no map filter draws them) | -'} | ${ms(r.cold.median)} / ${ms(r.cold.p95)} | ${r.heap ? `${(r.heap / 2 ** 20).toFixed(0)} MB` : 'unknown'} | ${kb(r.explorer.raw)} / ${kb(r.explorer.gzip)} |`
	);
}
const imports = results.filter((r) => isImport(r.scenario));
if (imports.length) {
	const cold = results.find((r) => r.scenario === 'atlas')?.cold.median;
	console.log(
		'\n| import scenario | rows | import to drawn | import ÷ floor | import ÷ atlas cold start | JS heap after | scrub step median / p95 | scrub ÷ floor | floor with the layer median / p95 | scrub ÷ floor with the layer |'
	);
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of imports) {
		console.log(
			`| ${r.scenario} | ${r.rows.toLocaleString('en-GB')} | ${ms(r.importMs)} | ${(r.importMs / r.floor.median).toFixed(0)} | ${cold ? (r.importMs / cold).toFixed(2) : '(run atlas too)'} | ${r.heap ? `${(r.heap / 2 ** 20).toFixed(0)} MB` : 'unknown'} | ${ms(r.scrub.median)} / ${ms(r.scrub.p95)} | ${(r.scrub.median / r.floor.median).toFixed(2)} | ${ms(r.layerFloor.median)} / ${ms(r.layerFloor.p95)} | ${(r.scrub.median / r.layerFloor.median).toFixed(2)} |`
		);
	}
}
const loads = results.filter((r) => r.load);
if (loads.length) {
	const mb = (x) => `${(x / 1e6).toFixed(2)} MB`;
	const traffic = (t) => `${t.requests} requests, ${mb(t.wire)} on the wire (${mb(t.gzip)} as gzip, ${mb(t.raw)} raw)`;
	console.log(`\nFirst load, cold, ${COLD_RUNS} runs each, a bare MapLibre ${JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')).version} map and the explorer in turn:\n`);
	console.log('| page | ready median / p95 | up to ready | up to network idle | idle at |');
	console.log('| --- | --- | --- | --- | --- |');
	for (const r of loads) {
		for (const [name, l] of [['bare map', r.load.bare], [`explorer (${r.scenario})`, r.load.explorer]]) {
			console.log(`| ${name} | ${ms(l.ready.median)} / ${ms(l.ready.p95)} | ${traffic(l.toReady)} | ${traffic(l.toIdle)} | ${ms(l.toIdle.ms)} |`);
		}
	}
	for (const r of loads) {
		const bytes = r.load.explorer.toIdle.gzip;
		const verdict = (met) => (met ? 'met' : 'missed');
		console.log(
			`\n${r.scenario}: ready ${r.load.ratio.toFixed(2)} times as late as the bare map (target ≤ 1.5: ${verdict(r.load.ratio <= 1.5)}); first load ${mb(bytes)} as gzip up to network idle (target < 1.5 MB: ${verdict(bytes < 1.5e6)}).`
		);
	}
}
const article = results.find((r) => r.article)?.article;
if (article) console.log(`\nAn article page (/events/wonsan-landing) loads ${article.files} scripts and styles: ${kb(article.raw)} raw, ${kb(article.gzip)} gzip.`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
