import type { Locator, Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';
import { CAMERA, parseCamera, toPixel } from './mercator';

const WONSAN: [number, number] = [127.4461, 39.1475];
const panel = (page: Page) => page.locator('aside.panel');
const handle = (page: Page) => page.getByRole('slider', { name: 'Panel height' });
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search events, places, fronts and zones' });

/** The share of the window where a tap would land on the map itself, sampled on a 10-px grid. */
function mapShare(page: Page): Promise<number> {
	return page.evaluate(() => {
		let hits = 0;
		let all = 0;
		for (let y = 5; y < innerHeight; y += 10) {
			for (let x = 5; x < innerWidth; x += 10) {
				all++;
				if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas')) hits++;
			}
		}
		return hits / all;
	});
}

/** Whether two boxes share any pixel. */
function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box of an element that must be on screen. */
async function box(locator: Locator) {
	const b = await locator.boundingBox();
	expect(b, `${locator} has a box`).not.toBeNull();
	return b!;
}

/** Drags with one finger, as a phone's touch screen reports it (pointer events of type touch). */
async function touchDrag(page: Page, from: { x: number; y: number }, toY: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
	for (let i = 1; i <= 8; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y + ((toY - from.y) * i) / 8 }] });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

/** Waits until the map's camera has come to rest away from `start` (`zoom/lat/lon`); returns where. */
async function cameraMovedFrom(page: Page, start: string) {
	const map = page.locator('.map');
	await expect(map).toHaveAttribute('data-camera', CAMERA);
	await expect(map).not.toHaveAttribute('data-camera', start);
	return parseCamera(await map.getAttribute('data-camera'));
}

test.describe('on a phone with touch', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('with a panel open, at least half of the screen still shows the map', async ({ page }) => {
		await page.goto('/#date=1945-08-21&event=wonsan-landing');
		await mapReady(page);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
		// The sheet opens as a peek: its heading and date show, the rest is a drag or a tap away.
		await expect(panel(page).locator('.when')).toBeInViewport();
		expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
		await page.getByRole('button', { name: 'Close the panel' }).tap();
		await expect(panel(page)).toHaveCount(0);
		expect(await mapShare(page)).toBeGreaterThanOrEqual(0.6);
	});

	test('the title card folds into a Search button beside the list toggle; it opens the search', async ({ page }) => {
		await page.goto('/#date=1945-08-21');
		await mapReady(page);
		const opener = page.getByRole('button', { name: 'Search', exact: true });
		const toggle = page.getByRole('button', { name: /Events on the map/ });
		await expect(searchBox(page)).toBeHidden();
		await expect(page.getByRole('button', { name: 'Add data' })).toBeHidden();
		// One row at the top: the Search button, then the list's toggle.
		const [a, b] = [await box(opener), await box(toggle)];
		expect(Math.abs(a.y - b.y)).toBeLessThan(8);
		expect(a.x + a.width).toBeLessThanOrEqual(b.x);
		expect(Math.max(a.y + a.height, b.y + b.height)).toBeLessThan(70);
		// The page still has its heading, for screen readers.
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

		await opener.tap();
		await expect(opener).toHaveAttribute('aria-expanded', 'true');
		await expect(searchBox(page)).toBeFocused();
		await expect(page.getByRole('button', { name: 'Add data' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^My data/ })).toBeVisible();
		await searchBox(page).fill('Genzan');
		await page.getByRole('option').first().tap();
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
		// Choosing folds the card again; the list's toggle is still there.
		await expect(opener).toHaveAttribute('aria-expanded', 'false');
		await expect(searchBox(page)).toBeHidden();
		await expect(toggle).toBeInViewport();

		// Escape folds it too, and gives the focus back to the button.
		await opener.tap();
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(searchBox(page)).toBeHidden();
		await expect(opener).toBeFocused();
	});

	test("the sheet's handle moves it between a peek, half and the whole map, by keyboard", async ({ page }) => {
		await page.goto('/#date=1945-08-21&event=wonsan-landing');
		await mapReady(page);
		const slider = handle(page);
		await expect(slider).toHaveAttribute('aria-valuetext', 'a peek');
		const room = await box(page.locator('.side'));
		const peek = await box(panel(page));
		expect(peek.height).toBeLessThan(room.height * 0.35);
		await slider.focus();
		await page.keyboard.press('ArrowUp');
		await expect(slider).toHaveAttribute('aria-valuetext', 'half the map');
		expect((await box(panel(page))).height).toBeCloseTo(room.height * 0.55, -1);
		await page.keyboard.press('ArrowUp');
		await expect(slider).toHaveAttribute('aria-valuetext', 'the whole map');
		expect((await box(panel(page))).height).toBeCloseTo(room.height, -1);
		// The top row stays above the whole sheet: the list and the search are still in reach.
		await expect(page.getByRole('button', { name: /Events on the map/ })).toBeInViewport();
		expect((await box(page.getByRole('button', { name: /Events on the map/ }))).y + 40).toBeLessThan((await box(panel(page))).y);
		await page.keyboard.press('ArrowUp');
		await expect(slider).toHaveAttribute('aria-valuetext', 'the whole map');
		// Enter cycles: from the whole map back to the peek.
		await page.keyboard.press('Enter');
		await expect(slider).toHaveAttribute('aria-valuetext', 'a peek');
		expect((await box(panel(page))).height).toBeCloseTo(peek.height, 0);
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowDown');
		await expect(slider).toHaveAttribute('aria-valuetext', 'half the map');
		// A panel closed and opened again starts as a peek.
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await page.goto('/#date=1945-08-21&event=wonsan-landing');
		await expect(handle(page)).toHaveAttribute('aria-valuetext', 'a peek');
	});

	test('a finger drags the sheet to the nearest height, and a tap on the handle cycles it', async ({ page }) => {
		await page.goto('/#date=1945-08-21&event=wonsan-landing');
		await mapReady(page);
		const slider = handle(page);
		const room = await box(page.locator('.side'));
		const grip = await box(slider);
		const start = { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 };
		// Up to about half the room: it settles on half.
		await touchDrag(page, start, room.y + room.height * 0.5);
		await expect(slider).toHaveAttribute('aria-valuetext', 'half the map');
		expect((await box(panel(page))).height).toBeCloseTo(room.height * 0.55, -1);
		// Almost to the top: the whole map.
		const at = await box(slider);
		await touchDrag(page, { x: at.x + at.width / 2, y: at.y + at.height / 2 }, room.y + 30);
		await expect(slider).toHaveAttribute('aria-valuetext', 'the whole map');
		// A tap cycles back to the peek.
		await slider.tap();
		await expect(slider).toHaveAttribute('aria-valuetext', 'a peek');
		await slider.tap();
		await expect(slider).toHaveAttribute('aria-valuetext', 'half the map');
	});

	test('the selected feature stays in the part of the map the sheet leaves free when it grows', async ({ page }) => {
		// Wonsan in the middle of the map: clear of the peek, under the sheet at half height.
		const start = `6.00/${WONSAN[1].toFixed(4)}/${WONSAN[0].toFixed(4)}`;
		await page.goto(`/#map=${start}&date=1945-08-21`);
		await mapReady(page);
		await page.getByRole('button', { name: 'Search', exact: true }).tap();
		await searchBox(page).fill('Genzan');
		// The search index loads when the box is first used.
		await expect(page.getByRole('option').first()).toContainText('Wonsan');
		await searchBox(page).press('Enter');
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Wonsan, called Genzan (1910 to 1945)');
		await expect(page.locator('.map')).toHaveAttribute('data-camera', start);
		const map = await box(page.locator('.map'));
		await handle(page).focus();
		await page.keyboard.press('ArrowUp');
		await expect(handle(page)).toHaveAttribute('aria-valuetext', 'half the map');
		const camera = await cameraMovedFrom(page, start);
		const sheet = await box(panel(page));
		const top = await box(page.getByRole('button', { name: /Events on the map/ }));
		const wonsan = toPixel(WONSAN, { ...camera, width: map.width, height: map.height });
		expect(map.y + wonsan.y).toBeLessThan(sheet.y);
		expect(map.y + wonsan.y).toBeGreaterThan(top.y + top.height);
	});

	test('touch targets are at least 44 px tall: chooser rows, list, filters, legend and panel controls', async ({ page }) => {
		await page.goto('/#map=6/39.1475/127.4461&date=1945-08-21');
		await mapReady(page);
		const tall = async (locator: Locator) => {
			const all = await locator.all();
			expect(all.length, `${locator} is on the page`).toBeGreaterThan(0);
			for (const one of all) expect((await box(one)).height, `${await one.textContent()}`).toBeGreaterThanOrEqual(44);
		};
		await tall(page.getByRole('button', { name: 'Search', exact: true }));
		await tall(page.locator('.legend summary'));
		const toggle = page.getByRole('button', { name: /Events on the map/ });
		await tall(toggle);
		await toggle.tap();
		await tall(page.locator('#event-list-body label'));
		await tall(page.locator('#event-list-body .item').first());
		await toggle.tap();
		// Wonsan's dot and the landing's point share the spot: the chooser lists both.
		const map = await box(page.locator('.map'));
		await page.touchscreen.tap(map.x + map.width / 2 + 2, map.y + map.height / 2);
		const chooser = page.getByRole('dialog', { name: 'Features here' });
		await expect(chooser).toBeVisible();
		await tall(chooser.getByRole('button'));
		await chooser.getByRole('button', { name: /Soviet landing at Wonsan/ }).tap();
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
		await tall(handle(page));
		await tall(page.getByRole('button', { name: 'Close the panel' }));
		await tall(panel(page).locator('.tag'));
	});

	test("the time bar's options fold behind one button, and open as touch targets of 44 px", async ({ page }) => {
		await page.goto('/#date=1945-08-21');
		await mapReady(page);
		const more = page.getByRole('button', { name: 'Options' });
		const speed = page.getByRole('combobox', { name: 'Playback speed' });
		await expect(speed).toBeHidden();
		await expect(page.getByRole('radio', { name: 'Everything' })).toBeHidden();
		expect((await box(more)).height).toBeGreaterThanOrEqual(44);
		await more.tap();
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		for (const control of [
			speed,
			page.getByRole('combobox', { name: 'Period shown on the time axis' }),
			page.locator('section.time label').filter({ hasText: 'Loop' }),
			...['History so far', 'On this date', 'Last days', 'Everything'].map((name) => page.locator('section.time label').filter({ hasText: name }))
		]) {
			expect((await box(control)).height, String(control)).toBeGreaterThanOrEqual(44);
		}
		await page.locator('section.time label').filter({ hasText: 'Everything' }).tap();
		await expect(page).toHaveURL(/view=all/);
	});

	test('the Legend button does not cover the map attribution, open or folded', async ({ page }) => {
		await page.goto('/#date=1945-08-21');
		await mapReady(page);
		const legend = page.locator('.legend summary');
		const attribution = page.locator('.maplibregl-ctrl-attrib');
		await expect(attribution).toContainText('Natural Earth');
		expect(overlap(await box(legend), await box(attribution))).toBe(false);
		expect(overlap(await box(legend), await box(page.locator('.maplibregl-ctrl-scale')))).toBe(false);
		expect(overlap(await box(legend), await box(page.locator('.maplibregl-ctrl-group')))).toBe(false);
		await page.locator('.maplibregl-ctrl-attrib-button').tap();
		await expect(attribution).not.toHaveClass(/maplibregl-compact-show/);
		expect(overlap(await box(legend), await box(attribution))).toBe(false);
	});
});

test.describe('on a desktop screen', () => {
	test('the panel does not overlap the map attribution', async ({ page }) => {
		await page.goto('/#date=1945-08-21&event=wonsan-landing');
		await mapReady(page);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Soviet landing at Wonsan (Genzan)');
		const side = await box(panel(page));
		await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
		expect(overlap(side, await box(page.locator('.maplibregl-ctrl-attrib')))).toBe(false);
		expect(overlap(side, await box(page.locator('.maplibregl-ctrl-scale')))).toBe(false);
	});

	test('the hover tooltip disappears once a panel opens, and does not name the open feature', async ({ page }) => {
		// Close enough that no other city's label reaches the spot.
		await page.goto(`/#map=6/${WONSAN[1]}/${WONSAN[0]}&date=1945-08-21`);
		await mapReady(page);
		const map = await box(page.locator('.map'));
		const at = toPixel(WONSAN, { center: WONSAN, zoom: 6, width: map.width, height: map.height });
		const point = { x: map.x + at.x + 3, y: map.y + at.y };
		const tooltip = page.locator('.tooltip');
		await page.mouse.move(point.x, point.y);
		await expect(tooltip).toBeVisible();
		// The landing's point and Wonsan's dot share the spot: the one the tooltip names is opened.
		const named = (await tooltip.textContent()) ?? '';
		expect(named).toMatch(/Wonsan/);
		await page.mouse.click(point.x, point.y);
		await page.getByRole('dialog', { name: 'Features here' }).getByRole('button').filter({ hasText: named }).first().click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await expect(tooltip).toHaveCount(0);
		// Back over the spot: its name is in the panel already.
		await page.mouse.move(point.x + 1, point.y);
		await page.mouse.move(point.x, point.y);
		await expect(panel(page)).toBeVisible();
		await expect(tooltip).toHaveCount(0);
	});
});
