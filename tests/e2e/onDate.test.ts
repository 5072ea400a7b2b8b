// What is happening on the date reads at once: the list opens on it, the map draws it strongest (and
// "everything" draws each front and advance once), the axis counts events and names its months, the
// live region dates what it announces, and choosing a view never moves the map.
import { PNG } from 'pngjs';
import { PALETTE, rgb } from '../../src/lib/theme/palette';
import { listButton, readList } from './eventList';
import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';
import type { Page } from '@playwright/test';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A date in words ("21 August 1945") as days since 1970-01-01 (a test may use Date: no time zone is involved). */
const dayOf = (day: number, month: string, year: number) => Date.UTC(year, MONTHS.indexOf(month), day) / 86_400_000;

test('the list opens on the date: what is happening now first, then what came before, the latest first', async ({ page }) => {
	await page.goto('/#date=1945-09-01');
	await mapReady(page);
	const list = page.locator('#event-list');
	const heading = page.getByRole('button', { name: /^Events on the map/ });
	const [shown, now] = (/\((\d+), (\d+) now\)/.exec((await heading.textContent()) ?? '') ?? []).slice(1).map(Number);
	expect(now, 'events happening on 1 September').toBeGreaterThan(0);
	await expect(list.locator('h3').first()).toHaveText(`Happening now (${now})`);
	// The first is in sight without scrolling; only the rows in view, and a few to spare, are in the page.
	await expect(list.locator('li').first()).toBeInViewport();
	expect(await list.locator('li').count()).toBeLessThan(shown!);
	const groups = await readList(page);
	expect(Object.keys(groups).filter((id) => id !== 'events-drawn').reduce((n, id) => n + groups[id]!.length, 0)).toBe(shown);
	// Every row marked "now" is in the first group, and no other is.
	expect(groups['events-now']!.map((r) => r.now)).toEqual(new Array(now).fill(true));
	expect(groups['events-before']!.some((r) => r.now)).toBe(false);
	// Then what came before, the latest ended first: Soviet troops enter Pyongyang (24–26 August) comes before Hiroshima.
	await expect(page.getByRole('list', { name: /^Before/ })).toBeVisible();
	const titles = groups['events-before']!.map((r) => r.title);
	expect(titles.indexOf('Soviet troops enter Pyongyang')).toBeGreaterThanOrEqual(0);
	expect(titles.indexOf('Soviet troops enter Pyongyang')).toBeLessThan(titles.indexOf('Atomic bomb dropped on Hiroshima'));
	expect(titles.at(-1)).toBe('Atomic bomb dropped on Hiroshima');
});

test('the histogram counts events, not days that have any, and a zoomed axis names the month of every day', async ({ page }) => {
	await page.goto('/#date=1945-08-09&range=1945-08-01..1945-09-01');
	await mapReady(page);
	const bars = await page.locator('svg.axis rect.bar').evaluateAll((rects) =>
		rects.map((r) => ({ x: Number(r.getAttribute('x')), height: Number(r.getAttribute('height')) }))
	);
	// 80 bins over the 31 days of August: one event begins on 6 August, eight on 9 August.
	const barOf = (dayOfMonth: number) => bars.find((b) => b.x === (Math.floor(((dayOfMonth - 1) / 31) * 80) / 80) * 1000)!;
	expect(barOf(9).height).toBe(Math.max(...bars.map((b) => b.height)));
	expect(barOf(9).height / barOf(6).height).toBeCloseTo(8, 5);
	await expect(page.locator('.labels span')).toHaveText(['1 Aug', '8 Aug', '15 Aug', '22 Aug', '29 Aug']);

	await page.goto('/#date=1945-08-12&range=1945-08-10..1945-08-14');
	await expect(page.locator('.labels span')).toHaveText(['10 Aug', '11 Aug', '12 Aug', '13 Aug']);
});

/** Each event's title and first day, from the explorer's own search index. */
async function eventStarts(page: Page): Promise<Map<string, number>> {
	const index = (await (await page.request.get('/atlas/search.json')).json()) as { kind: string; label: string; from: number }[];
	return new Map(index.filter((e) => e.kind === 'event').map((e) => [e.label, e.from]));
}

/**
 * What an announcement of the live region claims, checked against the atlas: the days it names,
 * how many events it says began on them, and the date it gives each one it names.
 */
function misdated(message: string, starts: Map<string, number>): string[] {
	const head = /^(\d+)(?: ([A-Z][a-z]+)(?: (\d+))?)?(?:–| to )?(?:(\d+) ([A-Z][a-z]+) (\d+))?: (.*)\.$/.exec(message);
	if (!head) return [`unreadable: ${message}`];
	const [, d1, m1, y1, d2, m2, y2, body] = head as unknown as string[];
	const last = d2 ? dayOf(Number(d2), m2!, Number(y2)) : dayOf(Number(d1), m1!, Number(y1));
	const first = dayOf(Number(d1), m1 ?? m2!, Number(y1 ?? y2));
	const began = [...starts.values()].filter((from) => from >= first && from <= last).length;
	const problems: string[] = [];
	const count = /^(\d+) events? began: (.*?)(?:; and \d+ more)?(?:;[^;]* moved \d+ km)*$/.exec(body!);
	if (!count) {
		if (!body!.startsWith('nothing began') && !/^[^;]* moved \d+ km/.test(body!)) problems.push(`unreadable body: ${message}`);
		if (began && /^nothing began|^[^;]* moved/.test(body!)) problems.push(`${message}: ${began} events began on those days`);
		return problems;
	}
	if (Number(count[1]) !== began) problems.push(`${message}: ${began} events began on those days, not ${count[1]}`);
	for (const named of count[2]!.split('; ')) {
		const dated = /^(.*) \((\d+) ([A-Z][a-z]+) (\d+)\)$/.exec(named);
		const title = dated ? dated[1]! : named;
		const from = starts.get(title);
		if (from === undefined) continue;
		const said = dated ? dayOf(Number(dated[2]), dated[3]!, Number(dated[4])) : first;
		if (from !== said || from < first || from > last) problems.push(`${message}: ${title} began on day ${from}`);
	}
	return problems;
}

for (const speed of ['1', '4', '16']) {
	test(`playing at ${speed} days a second, the live region dates every event it names to its own day`, async ({ page }) => {
		await page.clock.install();
		await page.goto('/#date=1945-08-08');
		await mapReady(page);
		const starts = await eventStarts(page);
		await page.getByRole('combobox', { name: 'Playback speed' }).selectOption(speed);
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
		await page.getByRole('button', { name: 'Play' }).click();
		const region = page.locator('p[role="status"][aria-live="polite"]');
		const heard = new Set<string>();
		// 25 days of playback, the region read after every tick.
		for (let tick = 0; tick < 25; tick++) {
			await page.clock.runFor(1000 / Number(speed));
			const text = (await region.textContent()) ?? '';
			if (text) heard.add(text);
		}
		await page.getByRole('button', { name: 'Pause' }).click();
		heard.add((await region.textContent()) ?? '');
		const messages = [...heard].filter(Boolean);
		expect(messages.length, messages.join('\n')).toBeGreaterThan(1);
		expect(messages.some((m) => / began: /.test(m)), messages.join('\n')).toBe(true);
		expect(messages.flatMap((m) => misdated(m, starts))).toEqual([]);
	});
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport, hasTouch: viewport.width < 640 });

		test('choosing "Last days" does not make the bar grow nor the map move', async ({ page }) => {
			await page.goto('/#date=1945-08-21');
			await mapReady(page);
			const bar = page.locator('section.time');
			const map = page.locator('.map');
			// On a phone the views fold behind "Options": open, they are the bar's height to keep.
			if (viewport.width < 640) await page.getByRole('button', { name: 'Options' }).click();
			const before = { bar: await bar.boundingBox(), map: await map.boundingBox() };
			await page.getByRole('radio', { name: 'Last days' }).check();
			await expect(page.getByRole('spinbutton', { name: 'Days in the window' })).toBeVisible();
			await expect(page).toHaveURL(/view=window/);
			expect({ bar: await bar.boundingBox(), map: await map.boundingBox() }).toEqual(before);
			await page.getByRole('radio', { name: 'History so far' }).check();
			await expect(page.getByRole('spinbutton', { name: 'Days in the window' })).toBeHidden();
			expect({ bar: await bar.boundingBox(), map: await map.boundingBox() }).toEqual(before);
		});
	});
}

/** The properties of what a layer draws now, through the page's test hooks. */
const drawn = (page: Page, layer: string) =>
	page.evaluate((l) => (window as unknown as { __bench: { drawn(layer: string): Record<string, unknown>[] } }).__bench.drawn(l), layer);

test('"everything" draws one arrowhead per route and each front once, not every day of them', async ({ page }) => {
	await page.goto('/?bench#map=4.00/43.0000/128.0000&date=1945-08-28&view=all');
	await mapReady(page);
	for (const [layer, key] of [
		['advance-tip', 'id'],
		['advance-route', 'id'],
		['front-keyframe', 'front']
	] as const) {
		const owners = (await drawn(page, layer)).map((p) => String(p[key]));
		expect(owners.length, layer).toBeGreaterThan(3);
		expect(owners.length, `${layer}: ${owners.join(', ')}`).toBe(new Set(owners).size);
	}
	expect(await drawn(page, 'front-inferred')).toEqual([]);
	expect(await drawn(page, 'front-ghost')).toEqual([]);
});

type Line = { geometry: { type: string; coordinates: [number, number][] }; properties: Record<string, unknown> };

test('"history so far" in late August: what has ended recedes, so that the fronts and routes of the date read at a glance', async ({ page }) => {
	await page.goto('/#map=5.00/42.0000/127.0000&date=1945-08-26');
	await mapReady(page);
	const date = dayOf(26, 'August', 1945);
	const source = async (name: string) => ((await (await page.request.get(`/atlas/${name}.geojson`)).json()) as { features: Line[] }).features;
	const lines = (await source('advances')).filter((f) => f.properties['part'] === 'route' && f.properties['kind'] === 'ground');
	const fronts = (await source('fronts')).filter((f) => f.properties['kind'] !== 'ghost');
	const on = (f: Line) => Number(f.properties['from']) <= date && date < Number(f.properties['to']);
	const over = (f: Line) => f.properties['hold'] === true && Number(f.properties['to']) <= date;
	const groups = {
		'routes of the date': lines.filter(on),
		'routes that ended': lines.filter(over),
		'fronts of the date': fronts.filter(on),
		'fronts that ended': fronts.filter(over)
	};
	const map = (await page.locator('.map').boundingBox())!;
	// The list beside the map hides its left part: only what lies right of it is sampled.
	const covered = (await page.locator('section.events').boundingBox())!;
	const png = PNG.sync.read(await page.screenshot({ clip: map }));
	const land = rgb(PALETTE.land);
	/** How far a line's pixels stand from the paper, the median along its length (dots and labels on it aside). */
	const ink = (group: Line[]) => {
		const inks: number[] = [];
		for (const f of group) {
			const points = f.geometry.coordinates.map((c) => toPixel(c, { center: [127, 42], zoom: 5, width: map.width, height: map.height }));
			points.slice(1).forEach((b, i) => {
				const a = points[i]!;
				const steps = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 4));
				for (let s = 0; s <= steps; s++) {
					const x = Math.round(a.x + ((b.x - a.x) * s) / steps);
					const y = Math.round(a.y + ((b.y - a.y) * s) / steps);
					if (x < covered.x + covered.width - map.x + 8 || x >= map.width || y < 0 || y >= map.height) continue;
					const k = (y * png.width + x) * 4;
					inks.push(Math.max(...[0, 1, 2].map((c) => Math.abs(png.data[k + c]! - land[c]!))));
				}
			});
		}
		expect(inks.length, 'pixels sampled').toBeGreaterThan(20);
		return inks.sort((p, q) => p - q)[Math.floor(inks.length / 2)]!;
	};
	const measured = Object.fromEntries(Object.entries(groups).map(([name, group]) => [name, ink(group)]));
	expect(measured['routes that ended']!, JSON.stringify(measured)).toBeLessThan(measured['routes of the date']! / 2);
	expect(measured['fronts that ended']!, JSON.stringify(measured)).toBeLessThan(measured['fronts of the date']! / 2);
});

test('choosing an earlier event in the list moves it to the top, and the keyboard goes on to its panel', async ({ page }) => {
	await page.goto('/#date=1945-09-01');
	await mapReady(page);
	const wonsan = await listButton(page, 'Soviet landing at Wonsan');
	await wonsan.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.time .date')).toHaveText('Tuesday, 21 August 1945');
	await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toBeFocused();
	const moved = page.getByRole('list', { name: /^Happening now/ }).getByRole('button', { name: /^Soviet landing at Wonsan/ });
	await expect(moved).toBeVisible();
	await expect(moved).toBeInViewport();
});

test('the arrows, Home and End move the focus through the whole list, rows out of view included', async ({ page }) => {
	await page.goto('/#date=1945-09-01');
	await mapReady(page);
	const first = page.locator('[aria-labelledby="events-now"] > li[aria-posinset="1"] button');
	const focused = page.locator('#event-list-body li:has(button:focus)');
	await first.focus();
	await page.keyboard.press('End');
	// The last row of the whole list, brought into the page and into view, says it is the last of its list;
	// the first row, far above, has left the page.
	await expect(focused).toBeInViewport();
	expect(await focused.getAttribute('aria-posinset')).toBe(await focused.getAttribute('aria-setsize'));
	await expect(first).toHaveCount(0);
	await page.keyboard.press('Home');
	await expect(first).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(first).not.toBeFocused();
	await expect(focused).toBeInViewport();
	await page.keyboard.press('ArrowUp');
	await expect(first).toBeFocused();
});
