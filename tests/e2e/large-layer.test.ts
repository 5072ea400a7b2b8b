/**
 * A reader's large file (100,000 generated rows) drawn on the GPU: imported through "Add data", drawn
 * on its dates and listed on them, stepped by the slider, opened from the list, by a click and from the search,
 * kept across a reload (and searched again, from the browser's storage), and hidden from My data.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { isListed, listButton, readList } from './eventList';
import { expect, mapReady, test } from './fixtures';
import { drawnIn, spotOf } from './gpuPixels';

const ROWS = 100_000;
/** The first layer's colour (LAYER_COLORS[0]). */
const LAYER_RGB = [0xd6, 0x33, 0x6c];

let folder = '';
let file = '';
/** The first generated row: its id, title, days, place and hashtag. */
let first: { id: string; title: string; start: string; end: string; lat: number; lon: number; tag: string };

test.beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'large-layer-'));
	file = join(folder, 'large-100k.csv');
	execFileSync('node', ['scripts/synthetic.js', String(ROWS), file]);
	const [id, title, start, end, lat, lon, , tag] = readFileSync(file, 'utf8').split('\n', 2)[1]!.split(',');
	first = { id: id!, title: title!, start: start!, end: end!, lat: Number(lat), lon: Number(lon), tag: tag! };
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

const map = (page: Page) => page.locator('.map');
/** The ISO day after an ISO day (generated dates, all after 1900, in UTC). */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search events, places, fronts and zones' });
const panel = (page: Page) => page.locator('aside').filter({ has: page.getByRole('heading', { level: 2 }) });

/** Searches for a row's title and chooses the result of that title; its panel opens. */
async function openFromSearch(page: Page, title: string) {
	await searchBox(page).fill(title);
	// The first query waits for the search's worker to read the layer's rows.
	const result = page.getByRole('option').filter({ has: page.locator('.label', { hasText: new RegExp(`^${title}$`) }) });
	await result.click({ timeout: 60_000 });
	await expect(panel(page).getByRole('heading', { name: title })).toBeVisible({ timeout: 30_000 });
}

/** Where the first row is on the page, in CSS pixels. */
const spot = (page: Page) => spotOf(page, first.lon, first.lat);

/** Whether the few pixels at the first row's place are in the layer's colour. */
const drawnThere = (page: Page) => drawnIn(page, first.lon, first.lat, LAYER_RGB);

/** Goes to a camera, date and view through the address, as a link does, and waits for the date to be drawn. */
async function goTo(page: Page, date: string, extra = '') {
	await page.evaluate((hash) => (location.hash = hash), `#map=8.00/${first.lat}/${first.lon}&date=${date}&view=date&range=1945-08-01..1949-01-01${extra}`);
	// A new camera loads the basemap's tiles of its zoom before the date counts as drawn.
	await expect(map(page)).toHaveAttribute('data-rendered-date', date, { timeout: 60_000 });
}

test(`a file of ${ROWS.toLocaleString('en-GB')} rows is drawn on the GPU: on its dates, stepped, clicked, searched, filtered by hashtag, reloaded and hidden`, async ({ page }) => {
	test.setTimeout(600_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?bench');
	await mapReady(page);
	await page.getByRole('button', { name: 'Add data' }).click();
	await page.getByLabel('Choose a file').setInputFiles(file);
	await expect(map(page)).toHaveAttribute('data-mine', String(ROWS), { timeout: 300_000 });
	await page.getByRole('button', { name: 'Show the map' }).click();

	// On its last day the first row is drawn; one step of the slider later, on this date alone, it is not.
	await goTo(page, first.end);
	expect(await drawnThere(page), `${first.title} drawn on ${first.end}`).toBe(true);
	await slider(page).press('ArrowRight');
	await expect(map(page)).toHaveAttribute('data-rendered-date', dayAfter(first.end), { timeout: 30_000 });
	expect(await drawnThere(page), `${first.title} drawn the day after ${first.end}`).toBe(false);
	// The list says the same: the row is not listed on that day.
	expect(await isListed(page, first.title), `${first.title} listed the day after ${first.end}`).toBe(false);

	// On its first day the list holds it among what is happening, and choosing it there opens its panel.
	await goTo(page, first.start);
	const groups = await readList(page);
	expect(groups['events-now']?.some((r) => r.title === first.title && r.now), `${first.title} happening now on ${first.start}`).toBe(true);
	await (await listButton(page, first.title)).click();
	await expect(panel(page).getByRole('heading', { name: first.title })).toBeVisible({ timeout: 30_000 });
	await panel(page).getByRole('button', { name: 'Close the panel' }).click();

	// A click on it, on a day it is drawn, opens its panel, with the text read back from where the records are kept.
	await goTo(page, first.start);
	const { x, y } = await spot(page);
	await page.mouse.click(x, y);
	await expect(panel(page).getByRole('heading', { name: first.title })).toBeVisible({ timeout: 30_000 });
	await expect(panel(page)).toContainText('generated for the benchmark');
	await expect(page).toHaveURL(new RegExp(`event=my-data-1-${first.id}`));
	await panel(page).getByRole('button', { name: 'Close the panel' }).click();

	// The search finds it by its title, on another date: choosing it opens its panel and goes to its first day.
	await goTo(page, dayAfter(first.end));
	await openFromSearch(page, first.title);
	await expect(page).toHaveURL(new RegExp(`event=my-data-1-${first.id}(&|$)`));
	await expect(page).toHaveURL(new RegExp(`date=${first.start}(&|$)`));
	await expect(map(page)).toHaveAttribute('data-rendered-date', first.start, { timeout: 30_000 });

	// A hashtag the row lacks hides it from the list and the map, where a click at its place opens nothing; its own brings it back.
	await panel(page).getByRole('button', { name: 'Close the panel' }).click();
	await goTo(page, first.start);
	const tags = page.getByRole('combobox', { name: 'Events tagged' });
	const other = ['#Alpha', '#Beta', '#Gamma', '#Delta'].find((t) => t !== first.tag)!;
	await tags.selectOption(other);
	await expect.poll(() => isListed(page, first.title), { timeout: 30_000 }).toBe(false);
	expect((await readList(page))['events-now']?.length, `rows tagged ${other} happening on ${first.start}`).toBeGreaterThan(0);
	await expect.poll(() => drawnThere(page), { timeout: 30_000 }).toBe(false);
	const there = await spot(page);
	await page.mouse.click(there.x, there.y);
	await tags.selectOption(first.tag);
	await expect.poll(() => drawnThere(page), { timeout: 30_000 }).toBe(true);
	await expect(panel(page)).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	expect(await isListed(page, first.title), `${first.title} listed under ${first.tag}`).toBe(true);
	await page.mouse.click(there.x, there.y);
	await expect(panel(page).getByRole('heading', { name: first.title })).toBeVisible({ timeout: 30_000 });
	await expect(page).toHaveURL(new RegExp(`tag=${first.tag.slice(1)}(&|$)`));

	// A reload brings the layer back from the browser's storage, and the link opens the same row under the same hashtag.
	await page.reload();
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-mine', String(ROWS), { timeout: 120_000 });
	await expect(panel(page).getByRole('heading', { name: first.title })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('combobox', { name: 'Events tagged' })).toHaveValue(first.tag);

	// After the reload the search reads the rows back from the browser's storage: the last row is found, and opens.
	await openFromSearch(page, `Synthetic event ${ROWS - 1}`);
	await expect(panel(page)).toContainText(`Synthetic event number ${ROWS - 1}`);

	// Hidden from My data, it is drawn no more.
	await page.getByRole('button', { name: 'My data (1)' }).click();
	await page.getByRole('dialog', { name: 'My data' }).getByLabel('Show').uncheck();
	await expect(map(page)).toHaveAttribute('data-mine', '0', { timeout: 30_000 });
	await page.keyboard.press('Escape');
	await goTo(page, first.start);
	expect(await drawnThere(page), `${first.title} drawn once hidden`).toBe(false);
	// Nor is it searched.
	await searchBox(page).fill(first.title);
	await expect(page.getByRole('listbox', { name: 'Results' })).toContainText('Nothing found');
});
