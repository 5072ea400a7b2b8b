import type { Page } from '@playwright/test';
import { drawnTitles, isListed, listButton } from './eventList';
import { expect, mapReady, test } from './fixtures';
import { CAMERA, parseCamera, toPixel } from './mercator';

const heading = (page: Page) => page.locator('.time .date');
const panel = (page: Page) => page.locator('aside.panel');

/** Clicks the map at a longitude/latitude, with the camera at 127°E 41°N, zoom 4. */
async function clickAt(page: Page, lonLat: [number, number], dx = 0) {
	const box = (await page.locator('.map').boundingBox())!;
	const p = toPixel(lonLat, { center: [127, 41], zoom: 4, width: box.width, height: box.height });
	await page.mouse.click(box.x + p.x + dx, box.y + p.y);
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search events, places, fronts and zones' });

/** Waits until the map's camera has come to rest away from `start` (`zoom/lat/lon`); returns where. */
async function cameraMovedFrom(page: Page, start: string) {
	const map = page.locator('.map');
	await expect(map).toHaveAttribute('data-camera', CAMERA);
	await expect(map).not.toHaveAttribute('data-camera', start);
	return parseCamera(await map.getAttribute('data-camera'));
}

test("clicking the Wonsan landing's point opens its panel with its title and sources", async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-21');
	await mapReady(page);
	await clickAt(page, [127.4461, 39.1475], 3);
	// The landing's point and Wonsan's place dot share the spot: a chooser lists both.
	const chooser = page.getByRole('dialog', { name: 'Features here' });
	await expect(chooser).toContainText('Wonsan');
	await chooser.getByRole('button', { name: /Soviet landing at Wonsan/ }).click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
	await expect(panel(page)).toContainText('21–22 August 1945');
	await expect(panel(page).getByRole('link', { name: /Гэндзанский десант/ })).toHaveAttribute('href', /^https:\/\/ru\.wikipedia\.org\/wiki\//);
	await expect(panel(page)).toContainText('reference');
	await expect(panel(page)).toContainText('Main place:');
	await expect(page).toHaveURL(/event=wonsan-landing/);
});

test("a place's panel lists its life moments in order, and a moment moves the date", async ({ page }) => {
	await page.goto('/#date=1945-08-15&place=north-korea');
	await mapReady(page);
	const moments = panel(page).locator('ol li');
	await expect(panel(page).getByRole('heading', { level: 3, name: /Life moments of North Korea/ })).toBeVisible();
	const texts = await moments.allTextContents();
	const order = ['Soviet 25th Army crosses into north-east Korea', 'Soviet landing at Wonsan', "Democratic People's Republic of Korea"].map((t) => texts.findIndex((x) => x.includes(t)));
	expect(order.every((i) => i >= 0)).toBe(true);
	expect([...order].sort((a, b) => a - b)).toEqual(order);
	await panel(page).getByRole('button', { name: /Soviet landing at Wonsan/ }).click();
	await expect(heading(page)).toHaveText('Tuesday, 21 August 1945');
	await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '1945-08-21');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
});

test('clicking a city on the map opens its names through time', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-01');
	await mapReady(page);
	await clickAt(page, [123.9182, 47.3549]);
	// Tsitsihar, the postal spelling of 1945, is the same name romanised otherwise: one entry, not a second name.
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Qiqihar');
	await expect(panel(page)).toContainText('Names through time');
	await expect(panel(page)).toContainText('also Tsitsihar');
});

test('a search for "Genzan" finds Wonsan', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const search = searchBox(page);
	await search.fill('Genzan');
	const first = page.getByRole('option').first();
	await expect(first).toContainText('Wonsan');
	await expect(first).toContainText('Genzan');
	await search.press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
	await expect(page).toHaveURL(/place=wonsan/);
});

test('a search result is brought into the part of the map the list and the panel leave free', async ({ page }) => {
	// Wonsan is on screen, about 360 px right of the centre: where the feature panel opens.
	const start = '5.00/39.1500/119.5000';
	await page.goto(`/#map=${start}&date=1945-08-21`);
	await mapReady(page);
	const search = searchBox(page);
	await search.fill('Genzan');
	// The search index loads when the box is first used.
	await expect(page.getByRole('option').first()).toContainText('Wonsan');
	await search.press('Enter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
	const camera = await cameraMovedFrom(page, start);
	const map = (await page.locator('.map').boundingBox())!;
	const list = (await page.locator('.stage .list').boundingBox())!;
	const side = (await panel(page).boundingBox())!;
	const wonsan = toPixel([127.4461, 39.1475], { ...camera, width: map.width, height: map.height });
	expect(map.x + wonsan.x).toBeGreaterThan(list.x + list.width);
	expect(map.x + wonsan.x).toBeLessThan(side.x);
	expect(wonsan.y).toBeGreaterThan(0);
	expect(wonsan.y).toBeLessThan(map.height);
});

test('choosing an event in the search moves the date to it', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	const search = searchBox(page);
	await search.fill("Democratic People's Republic of Korea proclaimed");
	await expect(page.getByRole('option').first()).toContainText('9 September 1948');
	await search.press('ArrowDown');
	await search.press('Enter');
	await expect(heading(page)).toHaveText('Thursday, 9 September 1948');
});

test('a search finds a zone and a front; choosing one opens its panel on a day it is drawn', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1946-06-01');
	await mapReady(page);
	const search = searchBox(page);
	await search.fill('Manchukuo');
	const zone = page.getByRole('option', { name: /^Manchukuo \(Japanese puppet state\) Zone · / });
	await expect(zone).toContainText('Manchukuo (Japanese puppet state)');
	await zone.click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Manchukuo (Japanese puppet state)');
	await expect(page).toHaveURL(/feature=manchukuo/);
	// June 1946 is after Manchukuo's end (17 August 1945, inclusive): the date moves to that day.
	await expect(heading(page)).toHaveText('Friday, 17 August 1945');

	await search.fill('2nd Far Eastern');
	await page.getByRole('option').filter({ hasText: 'Front ·' }).first().click();
	await expect(page).toHaveURL(/front=second-far-eastern-front/);
	await expect(panel(page)).toContainText('2nd Far Eastern Front');
	// 17 August lies within the front's keyframes: the date stays.
	await expect(heading(page)).toHaveText('Friday, 17 August 1945');
});

test('a link to a front or a zone without a date opens on a day it is drawn', async ({ page }) => {
	// The explorer opens on 9 August; the 25th Army's first position is dated 16 August.
	await page.goto('/#front=25th-army');
	await mapReady(page);
	await expect(heading(page)).toHaveText('Thursday, 16 August 1945');
	await expect(panel(page)).toContainText('25th Army');
	// The Republic of Korea was founded on 15 August 1948.
	await page.goto('/#feature=rok-1948');
	await mapReady(page);
	await expect(heading(page)).toHaveText('Sunday, 15 August 1948');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Republic of Korea');
});

test('the list names the fronts, advances and zones drawn on the date, and opens them', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-16');
	await mapReady(page);
	const listed = (title: string) => async () => (await drawnTitles(page)).some((t) => t.startsWith(title));
	await expect(await listButton(page, 'Manchukuo (Japanese puppet state)', 'drawn')).toContainText('zone');
	expect(await listed('Republic of Korea')()).toBe(false);
	await (await listButton(page, 'Transbaikal Front', 'drawn')).click();
	await expect(page).toHaveURL(/front=transbaikal-front/);
	await expect(panel(page)).toContainText('Transbaikal Front');
	// Three years on, Manchukuo is gone and the two Korean states are drawn.
	await page.goto('/#map=4/41/127&date=1948-10-01');
	await mapReady(page);
	await expect.poll(listed('Manchukuo'), { timeout: 30_000 }).toBe(false);
	await expect(await listButton(page, 'Republic of Korea', 'drawn')).toContainText('from 15 August 1948');
	await expect(await listButton(page, "Democratic People's Republic of Korea", 'drawn')).toBeVisible();
	// A front stays on the map, faded, after its last position: opening it keeps the date.
	await (await listButton(page, 'Transbaikal Front', 'drawn')).click();
	await expect(page).toHaveURL(/front=transbaikal-front/);
	await expect(page.locator('.time .date')).toHaveText('Friday, 1 October 1948');
});

test('a hashtag filter hides other events from the map and the list', async ({ page }) => {
	await page.goto('/#map=4/41/127&date=1945-08-21&event=wonsan-landing');
	await mapReady(page);
	const list = page.locator('#event-list');
	const unggiListed = () => isListed(page, 'Soviet Pacific Fleet lands at Unggi');
	expect(await unggiListed()).toBe(true);
	const unggi = page.getByRole('dialog', { name: 'Features here' }).getByRole('button', { name: /Soviet Pacific Fleet lands at Unggi/ });
	await clickAt(page, [130.4, 42.35], 3);
	await expect(unggi).toBeVisible();
	await page.keyboard.press('Escape');

	await page.goto('/#map=4/41/127&date=1945-08-21&event=wonsan-landing');
	await panel(page).getByRole('button', { name: '#ColdWarOrigins' }).click();
	await expect(page).toHaveURL(/tag=ColdWarOrigins/);
	await expect.poll(unggiListed, { timeout: 30_000 }).toBe(false);
	expect(await isListed(page, 'Atomic bomb dropped on Hiroshima')).toBe(false);
	await expect(list).toContainText('Soviet landing at Wonsan');
	await clickAt(page, [130.4, 42.35], 3);
	// Whatever else is there (Unggi's place dot, the sea route's arrowhead), the hidden event is not.
	await expect(page.getByRole('dialog', { name: 'Features here' }).or(panel(page).getByRole('heading', { level: 2, name: /^Sonbong/ }))).toBeVisible();
	await expect(unggi).toHaveCount(0);
	await expect(panel(page).getByRole('heading', { level: 2 })).not.toHaveText(/lands at Unggi/);
});

test('category filters act on the list and live in the URL', async ({ page }) => {
	await page.goto('/#date=1945-09-30');
	await mapReady(page);
	await page.getByRole('checkbox', { name: 'diplomatic' }).check();
	await expect(page).toHaveURL(/cat=diplomatic/);
	const categories = await page.locator('#event-list .category').allTextContents();
	expect(categories.length).toBeGreaterThan(0);
	expect(new Set(categories)).toEqual(new Set(['diplomatic']));
});

test('keyboard alone can reach and read the event and place panels', async ({ page }) => {
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	const target = page.getByRole('button', { name: /Soviet landing at Wonsan/ });
	let reached = false;
	for (let i = 0; i < 60 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await target.evaluate((el) => el === document.activeElement);
	}
	expect(reached).toBe(true);
	await page.keyboard.press('Enter');
	const h2 = panel(page).getByRole('heading', { level: 2 });
	await expect(h2).toBeFocused();
	await expect(h2).toHaveText('Soviet landing at Wonsan (Genzan)');
	const place = panel(page).getByRole('button', { name: 'North Korea' });
	reached = false;
	for (let i = 0; i < 20 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await place.evaluate((el) => el === document.activeElement);
	}
	expect(reached).toBe(true);
	await page.keyboard.press('Enter');
	await expect(h2).toBeFocused();
	await expect(h2).toHaveText('North Korea');
	await expect(panel(page)).toContainText('Life moments of North Korea');
	// Keys inside the panel belong to it: ArrowDown scrolls, it does not move the date.
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('.time .date')).toHaveText('Tuesday, 21 August 1945');
	await page.keyboard.press('Escape');
	await expect(panel(page)).toHaveCount(0);
	await expect(target).toBeFocused();
});

test('the legend explains inferred fronts', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await page.getByText('Legend').click();
	await expect(page.locator('.legend')).toContainText('Front: inferred between two keyframes');
});

test.describe('article pages without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an event page renders its text, sources and a link into the explorer', async ({ page }) => {
		await page.goto('/events/wonsan-landing');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Soviet landing at Wonsan (Genzan)');
		await expect(page.locator('main')).toContainText('21–22 August 1945');
		await expect(page.getByRole('link', { name: 'Open the map on this date' })).toHaveAttribute('href', /#date=1945-08-21&event=wonsan-landing/);
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.getByRole('img', { name: /Where: North Korea/ })).toBeVisible();
		expect(await page.title()).toContain('Soviet landing at Wonsan');
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Soviet landing at Wonsan (Genzan)');
	});

	test("a place page lists its names and life moments", async ({ page }) => {
		await page.goto('/places/wonsan');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
		await expect(page.locator('main')).toContainText('Life moments of Wonsan');
		await expect(page.locator('main li').filter({ hasText: 'Port Lazarev' })).toHaveText('Port Lazarev (also Port Lazareff) (ru). Russian name');
		await expect(page.getByRole('link', { name: 'Soviet landing at Wonsan (Genzan)' })).toBeVisible();
	});

	test('a tag page lists its events, and the indexes list them all', async ({ page }) => {
		await page.goto('/tags/KoreanDivision');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('#KoreanDivision');
		await expect(page.getByRole('link', { name: 'Soviet landing at Wonsan (Genzan)' })).toBeVisible();
		await page.goto('/events');
		expect(await page.locator('main li').count()).toBeGreaterThanOrEqual(40);
		await page.goto('/places');
		await expect(page.getByRole('link', { name: /Shenyang, called Mukden/ })).toBeVisible();
	});

	test('an unknown id gives a real 404', async ({ page, watch }) => {
		watch.expected.push(/404/);
		for (const path of ['/events/atlantis', '/places/atlantis', '/tags/Atlantis']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
		}
	});
});

test.describe('on a phone-sized screen', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the panel is a bottom sheet, and the list makes way for it', async ({ page }) => {
		await page.goto('/#date=1945-08-21');
		await mapReady(page);
		const toggle = page.getByRole('button', { name: /Events on the map/ });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await page.getByRole('button', { name: /Soviet landing at Wonsan/ }).click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		const sheet = (await panel(page).boundingBox())!;
		const slider = (await page.getByRole('slider', { name: 'Date' }).boundingBox())!;
		// The sheet spans the width, sits above the slider, and leaves the top of the map free.
		expect(sheet.width).toBeGreaterThan(370);
		expect(sheet.y + sheet.height).toBeLessThanOrEqual(slider.y);
		expect(sheet.y).toBeGreaterThan(150);
		await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
	});

	test('a point clicked near the bottom moves up out from under the sheet', async ({ page }) => {
		// Wonsan lies near the bottom of the map, where the sheet's peek will open.
		const start = '5.00/43.4000/127.4000';
		await page.goto(`/#map=${start}&date=1945-08-21`);
		await mapReady(page);
		const map = (await page.locator('.map').boundingBox())!;
		const at = toPixel([127.4461, 39.1475], { center: [127.4, 43.4], zoom: 5, width: map.width, height: map.height });
		expect(at.y).toBeGreaterThan(map.height - 90);
		expect(at.y).toBeLessThan(map.height - 20);
		await page.mouse.click(map.x + at.x + 3, map.y + at.y);
		await page.getByRole('dialog', { name: 'Features here' }).getByRole('button', { name: /Soviet landing at Wonsan/ }).click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
		const camera = await cameraMovedFrom(page, start);
		const sheet = (await panel(page).boundingBox())!;
		const wonsan = toPixel([127.4461, 39.1475], { ...camera, width: map.width, height: map.height });
		expect(map.y + wonsan.y).toBeLessThan(sheet.y);
		expect(wonsan.y).toBeGreaterThan(0);
	});
});
