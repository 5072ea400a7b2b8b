// `npm run bench [-- --scenarios=atlas,10k,100k,import-100k --steps=60]`: measures the production
// build in Debian's Chromium and prints a table (also written to bench-results/bench.json). Every
// speed is a median and a 95th percentile, and a ratio to a reference measured in the same run,
// because these machines are shared and noisy. A scrub takes its --steps one-day steps across the
// slider's whole range. An import scenario reads a generated CSV of that many rows through "Add data",
// as a reader would, then scrubs the atlas with it. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const scenarios = (args.scenarios ?? 'atlas,10k,100k,import-100k').split(',');
const STEPS = Number(args.steps ?? 60);
const COLD_RUNS = Number(args.cold ?? 7);
// Neither `npm start`'s port (4173) nor the browser tests' (4183): the benchmark may run beside either.
const PORT = 4193;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const COUNTS = { '10k': 10_000, '100k': 100_000, 'import-10k': 10_000, 'import-100k': 100_000 };
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
 * key press on the slider to data-rendered-date showing the next day.
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
		for (const [i, date] of dates.entries()) {
			if (Number(slider.value) !== date) {
				const moved = redrawn(`the move to step ${i}`);
				slider.value = String(date);
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				await moved;
			}
			const stepped = redrawn(`step ${i}`);
			const t0 = performance.now();
			slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
			await stepped;
			times.push(performance.now() - t0);
		}
		return times;
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
 * the JS heap then, and a scrub of the atlas with the layer, against the floor of the same page.
 */
async function measureImport(scenario, browser) {
	const file = `bench-results/${scenario}.csv`;
	if (!existsSync(file)) execFileSync('node', ['scripts/synthetic.js', String(COUNTS[scenario]), file, '1945'], { stdio: 'inherit' });
	const outDir = build('atlas');
	const server = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
	try {
		const page = await open(browser, `/?bench${START}`);
		const floorTimes = await floor(page, STEPS);
		await page.getByRole('button', { name: 'Add data' }).click();
		const t0 = performance.now();
		await page.getByLabel('Choose a file').setInputFiles(file);
		await page.waitForSelector(`.map[data-mine="${COUNTS[scenario]}"]`, { timeout: 600_000 });
		const importMs = performance.now() - t0;
		const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
		await page.getByRole('button', { name: 'Show the map' }).click();
		const dates = await scrubDates(page, STEPS);
		const scrubTimes = await scrub(page, dates);
		await page.close();
		const explorer = await sizes(browser, outDir, '/');
		return { scenario, rows: COUNTS[scenario], importMs, heap, steppedDays: [dates[0], dates.at(-1) + 1], floor: stats(floorTimes), scrub: stats(scrubTimes), explorer };
	} finally {
		await server.close();
	}
}

async function measure(scenario, browser) {
	if (isImport(scenario)) return measureImport(scenario, browser);
	const outDir = build(scenario);
	const server = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
	try {
		const cold = [];
		for (let i = 0; i < COLD_RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			const t0 = performance.now();
			await page.goto(`${ORIGIN}/${START}`);
			await page.waitForSelector('.map[data-state=ready]', { timeout: 180_000 });
			cold.push(performance.now() - t0);
			await context.close();
		}
		let page = await open(browser, `/?bench${START}`);
		const renderer = await page.evaluate(() => {
			const gl = document.createElement('canvas').getContext('webgl2');
			const info = gl?.getExtension('WEBGL_debug_renderer_info');
			return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'unknown';
		});
		const dates = await scrubDates(page, STEPS);
		const floorTimes = await floor(page, STEPS);
		const scrubTimes = await scrub(page, dates);
		await page.close();
		// A fresh page: the baseline's filters would otherwise stay on the explorer's map.
		page = await open(browser, `/?bench${START}`);
		const baselineTimes = await baseline(page, dates);
		await page.close();
		const explorer = await sizes(browser, outDir, '/');
		const article = scenario === 'atlas' ? await sizes(browser, outDir, '/events/wonsan-landing') : null;
		return { scenario, renderer, steppedDays: [dates[0], dates.at(-1) + 1], floor: stats(floorTimes), scrub: stats(scrubTimes), baseline: stats(baselineTimes), cold: stats(cold), explorer, article };
	} finally {
		await server.close();
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const results = [];
try {
	for (const scenario of scenarios) results.push(await measure(scenario, browser));
} finally {
	await browser.close();
}
if (!scenarios.includes('atlas') || scenarios.at(-1) !== 'atlas') build('atlas');

const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1024).toFixed(0)} kB`;
const machine = { date: new Date().toISOString().slice(0, 10), cores: cpus().length, cpu: cpus()[0]?.model, browser: `Chromium ${browser.version()}`, webgl: results[0]?.renderer, steps: STEPS, coldRuns: COLD_RUNS };
console.log(`\n${machine.date}, ${machine.cores} cores (${machine.cpu}), ${machine.browser}, WebGL: ${machine.webgl}; ${STEPS} one-day steps spread over the whole range, ${COLD_RUNS} cold starts\n`);
console.log('| scenario | scrub step median / p95 | floor median / p95 | scrub ÷ floor | setFilter baseline median / p95 | baseline ÷ scrub | cold start median / p95 | explorer JS+CSS raw / gzip |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results.filter((r) => !isImport(r.scenario))) {
	console.log(
		`| ${r.scenario} | ${ms(r.scrub.median)} / ${ms(r.scrub.p95)} | ${ms(r.floor.median)} / ${ms(r.floor.p95)} | ${(r.scrub.median / r.floor.median).toFixed(2)} | ${ms(r.baseline.median)} / ${ms(r.baseline.p95)} | ${(r.baseline.median / r.scrub.median).toFixed(2)} | ${ms(r.cold.median)} / ${ms(r.cold.p95)} | ${kb(r.explorer.raw)} / ${kb(r.explorer.gzip)} |`
	);
}
const imports = results.filter((r) => isImport(r.scenario));
if (imports.length) {
	const cold = results.find((r) => r.scenario === 'atlas')?.cold.median;
	console.log('\n| import scenario | rows | import to drawn | import ÷ floor | import ÷ atlas cold start | JS heap after | scrub step median / p95 | scrub ÷ floor |');
	console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of imports) {
		console.log(
			`| ${r.scenario} | ${r.rows.toLocaleString('en-GB')} | ${ms(r.importMs)} | ${(r.importMs / r.floor.median).toFixed(0)} | ${cold ? (r.importMs / cold).toFixed(2) : '(run atlas too)'} | ${r.heap ? `${(r.heap / 2 ** 20).toFixed(0)} MB` : 'unknown'} | ${ms(r.scrub.median)} / ${ms(r.scrub.p95)} | ${(r.scrub.median / r.floor.median).toFixed(2)} |`
		);
	}
}
const article = results.find((r) => r.article)?.article;
if (article) console.log(`\nAn article page (/events/wonsan-landing) loads ${article.files} scripts and styles: ${kb(article.raw)} raw, ${kb(article.gzip)} gzip.`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
