// A large atlas: tests/fixtures/punic-war built with GPU_EVENTS=1, so that its events are drawn on the
// GPU from the columns the build writes (/atlas/large/), as a folder of a million events would be,
// and are in neither the map's GeoJSON nor the page's data. Everything that knows the date must still
// know them: the map, the list, a click, a link, the search and the filters.
import type { Page } from '@playwright/test';
import { isListed, readList } from '../eventList';
import { expect, mapReady, mapSettles, test } from '../fixtures';
import { drawnIn, spotOf } from '../gpuPixels';

/** The Battle of Cannae: its day and its point, as tests/fixtures/punic-war gives them. */
const CANNAE = { id: 'battle-of-cannae', title: 'Battle of Cannae', day: '-0215-08-02', lon: 16.1325, lat: 41.306389 };
/** The atlas's colour for battles (its atlas.json). */
const BATTLE_RGB = [0xb0, 0x3a, 0x2e];

const map = (page: Page) => page.locator('.map');
const panel = (page: Page) => page.locator('aside').filter({ has: page.getByRole('heading', { level: 2 }) });

/** Where Cannae is on the page, in CSS pixels. */
const spot = (page: Page) => spotOf(page, CANNAE.lon, CANNAE.lat);

/** Whether the pixel at Cannae is in the battles' colour. */
const drawnThere = (page: Page) => drawnIn(page, CANNAE.lon, CANNAE.lat, BATTLE_RGB);

/** Opens the explorer at Cannae on a date, the view "on this date", and waits for that date to be drawn. */
async function openAt(page: Page, day: string) {
	await page.goto(`/?bench#map=7.00/${CANNAE.lat}/${CANNAE.lon}&date=${day}&view=date`);
	await mapReady(page);
	await expect(map(page)).toHaveAttribute('data-rendered-date', day);
}

test.describe('a large atlas, its events drawn on the GPU', () => {
	test('leaves its events out of the GeoJSON and the page, and writes them as columns', async ({ request }) => {
		const events = await (await request.get('/atlas/events.geojson')).json();
		expect(events.features).toHaveLength(0);
		expect(await (await request.get('/')).text()).not.toContain(CANNAE.title);
		const texts = await (await request.get('/atlas/large/texts.json')).json();
		expect(texts.length).toBe(9);
		expect(texts.titles).toContain(CANNAE.title);
		// An approximate date keeps its words.
		expect(texts.words[texts.keys.indexOf(CANNAE.id)]).toBe('about 2 August 216 BCE');
		expect((await request.get('/atlas/large/columns.bin')).ok()).toBe(true);
	});

	test('draws an event on its day only, lists it, announces it, names it under the pointer, and opens it from a click', async ({ page }) => {
		await openAt(page, '-0215-08-01');
		expect(await drawnThere(page), `${CANNAE.title} drawn the day before`).toBe(false);
		await page.getByRole('slider', { name: 'Date' }).press('ArrowRight');
		await expect(map(page)).toHaveAttribute('data-rendered-date', CANNAE.day);
		expect(await drawnThere(page), `${CANNAE.title} drawn on its day`).toBe(true);
		await expect(page.locator('p[role="status"][aria-live="polite"]')).toHaveText('2 August 216 BCE: 1 event began: Battle of Cannae.');
		const groups = await readList(page);
		expect(groups['events-now']?.find((r) => r.title === CANNAE.title), `${CANNAE.title} happening now`).toMatchObject({ now: true });
		await expect(page.locator('#event-list-body')).toContainText('about 2 August 216 BCE');

		await page.getByRole('slider', { name: 'Date' }).press('ArrowRight');
		await expect(map(page)).toHaveAttribute('data-rendered-date', '-0215-08-03');
		expect(await drawnThere(page), `${CANNAE.title} drawn the day after`).toBe(false);
		expect(await isListed(page, CANNAE.title), `${CANNAE.title} listed the day after`).toBe(false);

		await page.getByRole('slider', { name: 'Date' }).press('ArrowLeft');
		await expect(map(page)).toHaveAttribute('data-rendered-date', CANNAE.day);
		// Resting the pointer on it names it, as the atlas's events drawn by MapLibre are named.
		const { x, y } = await spot(page);
		await page.mouse.move(x, y);
		await expect(page.locator('.tooltip')).toHaveText(CANNAE.title);
		await page.mouse.click(x, y);
		await expect(panel(page).getByRole('heading', { name: CANNAE.title })).toBeVisible();
		// Its text comes from the atlas's own panel texts, sources included.
		await expect(panel(page)).toContainText('Hannibal');
		await expect(panel(page).getByRole('heading', { name: /Sources/ })).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`event=${CANNAE.id}(&|$)`));
	});

	test('hides an event of a category left out, on the map and in the list', async ({ page }) => {
		await openAt(page, CANNAE.day);
		await page.getByRole('checkbox', { name: 'Siege' }).check();
		await expect.poll(() => drawnThere(page)).toBe(false);
		expect(await isListed(page, CANNAE.title)).toBe(false);
		await page.getByRole('checkbox', { name: 'Battle' }).check();
		await expect.poll(() => drawnThere(page)).toBe(true);
		expect(await isListed(page, CANNAE.title)).toBe(true);
	});

	test('opens a link to an event at its date, and finds one with the search', async ({ page }) => {
		await page.goto(`/#event=${CANNAE.id}`);
		await mapReady(page);
		await expect(panel(page).getByRole('heading', { name: CANNAE.title })).toBeVisible();
		await expect(map(page)).toHaveAttribute('data-rendered-date', CANNAE.day);

		await panel(page).getByRole('button', { name: 'Close the panel' }).click();
		await page.getByRole('combobox', { name: /Search/ }).fill('Zama');
		await page.getByRole('option').filter({ hasText: 'Battle of Zama' }).click();
		await expect(panel(page).getByRole('heading', { name: 'Battle of Zama' })).toBeVisible();
		await expect(map(page)).toHaveAttribute('data-rendered-date', '-0201-10-19');
	});

	test("keeps the reader's moves made while its events load", async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/atlas/large/columns.bin', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/#date=-0210-06-01&range=-0225-01-01..-0199-01-01');
		await expect(map(page)).toHaveAttribute('data-state', 'loading');
		await page.getByRole('slider', { name: 'Date' }).press('ArrowRight');
		await expect(page).toHaveURL(/date=-0210-06-02/);
		release();
		await mapReady(page);
		await expect(map(page)).toHaveAttribute('data-rendered-date', '-0210-06-02');
		await expect(page).toHaveURL(/date=-0210-06-02/);
	});

	test('says the map cannot be shown when its events cannot be loaded', async ({ page, watch }) => {
		watch.expected.push(/404/);
		await page.route('**/atlas/large/columns.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.goto('/');
		await mapSettles(page, 'error');
		await expect(page.getByRole('alert')).toContainText('/atlas/large/columns.bin could not be loaded (HTTP 404)');
	});
});
