import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { drawnTitles, isListed, listButton } from './eventList';
import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';

const panel = (page: Page) => page.locator('aside.panel');
const chooser = (page: Page) => page.getByRole('dialog', { name: 'Features here' });

/**
 * Clicks the map halfway along a segment (in screen space, so on the drawn line), with the camera at
 * 127°E 41°N, zoom 4, and returns what the click opened: the chooser's choices or the panel's heading.
 */
async function pickBetween(page: Page, a: [number, number], b: [number, number]): Promise<string> {
	const box = (await page.locator('.map').boundingBox())!;
	const view = { center: [127, 41] as [number, number], zoom: 4, width: box.width, height: box.height };
	const [p, q] = [toPixel(a, view), toPixel(b, view)];
	await page.mouse.click(box.x + (p.x + q.x) / 2, box.y + (p.y + q.y) / 2);
	const opened = chooser(page).or(panel(page).getByRole('heading', { level: 2 }));
	await expect(opened).toBeVisible();
	const text = (await opened.textContent()) ?? '';
	await page.keyboard.press('Escape');
	return text;
}

// A segment of the Transbaikal Front on 16 August 1945, inside Manchukuo: from Hailar towards Taonan.
const FRONT_SEGMENT: [[number, number], [number, number]] = [
	[119.73, 49.21],
	[122.7846, 45.3332]
];

test('a category filter hides the fronts outside it, on the map and in the list, and the zones in it stay', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-16');
	await mapReady(page);
	const rule = page.locator('#filters-rule');
	await expect(rule).toHaveText('No box ticked: every category is shown.');
	const listed = (title: string) => async () => (await drawnTitles(page)).some((t) => t.startsWith(title));
	await expect(await listButton(page, 'Transbaikal Front', 'drawn')).toBeVisible();
	expect(await pickBetween(page, ...FRONT_SEGMENT)).toContain('Transbaikal Front');

	await page.getByRole('checkbox', { name: 'Political event' }).check();
	await expect(page).toHaveURL(/cat=political/);
	await expect(rule).toContainText('The ticked categories');
	await expect.poll(listed('Transbaikal Front'), { timeout: 30_000 }).toBe(false);
	await expect(await listButton(page, 'Manchukuo', 'drawn')).toBeVisible();
	const political = await pickBetween(page, ...FRONT_SEGMENT);
	expect(political).not.toContain('Transbaikal Front');
	expect(political).toContain('Manchukuo');

	await page.getByRole('checkbox', { name: 'Political event' }).uncheck();
	await page.getByRole('checkbox', { name: 'Military event' }).check();
	await expect.poll(listed('Manchukuo'), { timeout: 30_000 }).toBe(false);
	expect(await pickBetween(page, ...FRONT_SEGMENT)).toContain('Transbaikal Front');

	await rule.getByRole('button', { name: 'Show every category' }).click();
	await expect(page.getByRole('checkbox', { name: 'Military event' })).not.toBeChecked();
	await expect(rule).toHaveText('No box ticked: every category is shown.');
	await expect(await listButton(page, 'Manchukuo', 'drawn')).toBeVisible();
});

test('the hashtags can be chosen from the list, with no panel open', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-21');
	await mapReady(page);
	const list = page.locator('#event-list');
	await expect(panel(page)).toHaveCount(0);
	const tags = page.getByRole('combobox', { name: 'Events tagged' });
	await expect(tags).toBeVisible();
	await expect(tags.getByRole('option', { name: '#ColdWarOrigins' })).toHaveCount(1);
	const unggi = () => isListed(page, 'Soviet Pacific Fleet lands at Unggi');
	expect(await unggi()).toBe(true);
	await tags.selectOption('#ColdWarOrigins');
	await expect(page).toHaveURL(/tag=ColdWarOrigins/);
	await expect.poll(unggi, { timeout: 30_000 }).toBe(false);
	await expect(list).toContainText('Soviet landing at Wonsan');
	await tags.selectOption('');
	await expect(page).not.toHaveURL(/tag=/);
	await expect.poll(unggi, { timeout: 30_000 }).toBe(true);
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 1280, height: 560 },
	{ width: 700, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`the legend opens in the lower half of the map, whole, at ${viewport.width}x${viewport.height}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/#map=4/41/127&date=1945-08-20');
		await mapReady(page);
		await page.getByText('Legend', { exact: true }).click();
		const legend = page.locator('details.legend');
		const entries = legend.getByRole('listitem');
		await expect(entries.first()).toBeVisible();
		const map = (await page.locator('.map').boundingBox())!;
		const box = (await legend.boundingBox())!;
		// Inside the map on every side, and below its middle.
		expect(box.x).toBeGreaterThanOrEqual(map.x);
		expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
		expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
		expect(box.y).toBeGreaterThan(map.y + map.height / 2);
		// Its last entry can be scrolled to, inside the legend and under its heading.
		const last = entries.last();
		await last.scrollIntoViewIfNeeded();
		const summary = (await legend.locator('summary').boundingBox())!;
		const end = (await last.boundingBox())!;
		expect(summary.y).toBeGreaterThanOrEqual(box.y - 1);
		expect(end.y).toBeGreaterThanOrEqual(summary.y + summary.height - 1);
		expect(end.y + end.height).toBeLessThanOrEqual(box.y + box.height + 1);
	});
}

test('the capitals of the period are labelled at the opening zoom, before the towns around them', async ({ page }) => {
	await page.goto('/?bench');
	await mapReady(page);
	await page.evaluate(() => (window as unknown as { __bench: { idle(): Promise<void> } }).__bench.idle());
	const labels = await page.evaluate(() => (window as unknown as { __bench: { labels(layer: string): string[] } }).__bench.labels('place-label'));
	expect(labels).toEqual(expect.arrayContaining(['Seoul', 'Pyongyang', 'Changchun']));
});

test('a search result keeps a space before the name it matched', async ({ page }) => {
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	await page.getByRole('combobox', { name: 'Search events, places, fronts and zones' }).fill('Genzan');
	const wonsan = page.getByRole('option').filter({ hasText: /^Wonsan/ }).first();
	await expect(wonsan.locator('.label')).toHaveText('Wonsan (Genzan)');
});

test('a place heading writes an uncertain period without brackets in brackets', async ({ page }) => {
	await page.goto('/#date=1945-08-21&place=najin');
	await mapReady(page);
	const heading = panel(page).getByRole('heading', { level: 2 });
	await expect(heading).toHaveText('Rajin, called Rashin (between 1930 and 1939 to perhaps 1945)');
	await expect(panel(page)).not.toContainText('(uncertain)');
});

test('each life moment starts on the line of its number', async ({ page }) => {
	await page.goto('/#date=1945-08-21&place=seoul');
	await mapReady(page);
	const moments = panel(page).locator('ol.moments > li');
	await expect(moments.first()).toBeVisible();
	// The first entry that wraps: its number must stand by its first line, not its last.
	const heights = await moments.evaluateAll((items) =>
		items.map((li) => {
			const button = li.querySelector('button')!;
			return { lines: button.getBoundingClientRect().height / parseFloat(getComputedStyle(button).lineHeight) };
		})
	);
	const wrapped = heights.findIndex((h) => h.lines > 1.5);
	expect(wrapped, 'an entry that wraps').toBeGreaterThanOrEqual(0);
	const item = moments.nth(wrapped);
	await item.scrollIntoViewIfNeeded();
	const li = (await item.boundingBox())!;
	const list = (await panel(page).locator('ol.moments').first().boundingBox())!;
	const line = await item.locator('button').evaluate((b) => parseFloat(getComputedStyle(b).lineHeight));
	// The number is drawn in the list's gutter, left of the entry: find its ink.
	const shot = PNG.sync.read(await page.screenshot({ clip: { x: list.x, y: li.y, width: li.x - list.x, height: li.height } }));
	const inked: number[] = [];
	for (let y = 0; y < shot.height; y++) {
		for (let x = 0; x < shot.width; x++) {
			const i = (y * shot.width + x) * 4;
			if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! < 300) {
				inked.push(y);
				break;
			}
		}
	}
	expect(inked.length, 'the number is drawn').toBeGreaterThan(0);
	expect(Math.max(...inked)).toBeLessThan(line + 2);
});
