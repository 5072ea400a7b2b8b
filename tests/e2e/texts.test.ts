/**
 * The panels' texts and the search index are loaded when they are needed: a chunk of texts when a
 * panel needs one of its features, the index when the search box is first used; nothing at first load.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, mapReady, test, type Watch } from './fixtures';

const panel = (page: Page) => page.locator('aside.panel');
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search events, places, fronts and zones' });
const CHUNK = /\/atlas\/details\/(\d+)\.json$/;
const INDEX = /\/atlas\/search\.json$/;

interface Text {
	title: string;
	places: string[];
	moments: string[];
}

/** Every chunk the build wrote, read straight from the server: which chunk holds each ref key, and its text. */
async function chunksOnServer(request: APIRequestContext): Promise<Map<string, { chunk: number; text: Text }>> {
	const found = new Map<string, { chunk: number; text: Text }>();
	for (let chunk = 0; ; chunk++) {
		const response = await request.get(`/atlas/details/${chunk}.json`);
		if (response.status() === 404) break;
		expect(response.ok(), `chunk ${chunk}`).toBe(true);
		for (const [key, text] of Object.entries((await response.json()) as Record<string, Text>)) found.set(key, { chunk, text });
	}
	expect(found.size, 'features in the chunks').toBeGreaterThan(100);
	return found;
}

/** The chunks of texts the page has asked for, by number, each once. */
const chunksAsked = (watch: Watch) => [...new Set(watch.requests.map((u) => CHUNK.exec(u)?.[1]).filter((n) => n !== undefined))].map(Number).sort((a, b) => a - b);

test('the first load fetches no panel text and no search index, and details.json is gone', async ({ page, watch }) => {
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	// A few seconds after the first frame, still nothing: the texts wait for a panel, the index for the search box.
	await page.waitForTimeout(3000);
	expect(watch.requests.filter((u) => CHUNK.test(u) || INDEX.test(u) || u.includes('/atlas/details.json'))).toEqual([]);
	expect((await page.request.get('/atlas/details.json')).status()).toBe(404);
});

test("opening an event from the list fetches its chunk and its places' chunks, and nothing else, and shows its text", async ({ page, watch }) => {
	const chunks = await chunksOnServer(page.request);
	const event = chunks.get('event:wonsan-landing')!;
	const places = event.text.places.map((id) => chunks.get(`place:${id}`)!);
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	await page.locator('#event-list').getByRole('button', { name: /^Soviet landing at Wonsan/ }).click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
	// Its places are named by their titles once their own chunks have come.
	for (const place of places) await expect(panel(page).getByRole('button', { name: place.text.title, exact: true })).toBeVisible();
	await expect(panel(page).getByRole('status')).toHaveCount(0);
	expect(chunksAsked(watch)).toEqual([...new Set([event.chunk, ...places.map((p) => p.chunk)])].sort((a, b) => a - b));
	expect(watch.requests.filter((u) => INDEX.test(u))).toEqual([]);
});

test('a link straight to a panel shows its text', async ({ page }) => {
	await page.goto('/#date=1945-08-15&place=north-korea');
	await mapReady(page);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(/^North Korea/);
	await expect(panel(page).getByRole('heading', { level: 3, name: /Life moments of North Korea/ })).toBeVisible();
	await expect(panel(page).locator('ol.moments li').first()).toBeVisible();
	await expect(panel(page).getByRole('status')).toHaveCount(0);
});

test('the search index is fetched when the search box is first focused, and the search then finds an event', async ({ page, watch }) => {
	await page.goto('/');
	await mapReady(page);
	expect(watch.requests.filter((u) => INDEX.test(u))).toEqual([]);
	const index = page.waitForRequest(INDEX);
	await searchBox(page).focus();
	await index;
	await searchBox(page).fill('Soviet landing at Wonsan');
	await expect(page.getByRole('option').first()).toContainText('Soviet landing at Wonsan');
	await searchBox(page).press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
	expect(watch.requests.filter((u) => INDEX.test(u))).toHaveLength(1);
});

test('a chunk that fails says so in its panel, and the map, the search and the other panels still work', async ({ page, watch }) => {
	watch.expected.push(/Failed to load resource.*500/);
	const chunks = await chunksOnServer(page.request);
	const broken = chunks.get('event:wonsan-landing')!.chunk;
	const wonsan = chunks.get('place:wonsan')!;
	expect(wonsan.chunk, "Wonsan's own chunk is not the broken one").not.toBe(broken);
	await page.route(`**/atlas/details/${broken}.json`, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
	await page.goto('/#date=1945-08-21&event=wonsan-landing');
	await mapReady(page);
	await expect(panel(page).getByRole('alert')).toHaveText(
		`The text of this panel could not be loaded: HTTP 500 (/atlas/details/${broken}.json). The map, the list and the search still work.`
	);
	await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '1945-08-21');

	// Wonsan's panel comes from another chunk; the moment whose text is in the broken one is said to be missing.
	await searchBox(page).fill('Genzan');
	await expect(page.getByRole('option').first()).toContainText('Wonsan');
	await searchBox(page).press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
	await expect(panel(page).getByRole('alert')).toContainText(`Some of what this panel names could not be loaded: HTTP 500 (/atlas/details/${broken}.json)`);
	const others = wonsan.text.moments.filter((id) => chunks.get(`event:${id}`)!.chunk !== broken);
	expect(others.length, 'moments of Wonsan in other chunks').toBeGreaterThan(0);
	for (const id of others) await expect(panel(page).locator('ol.moments')).toContainText(chunks.get(`event:${id}`)!.text.title);
});
