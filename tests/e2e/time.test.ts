import { PNG } from 'pngjs';
import { isListed } from './eventList';
import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';
import type { Page } from '@playwright/test';

const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });
const heading = (page: Page) => page.locator('.time .date');
const rendered = (page: Page) => page.locator('.map');

test('the keyboard moves the date, and the list and the map follow', async ({ page }) => {
	await page.goto('/#date=1945-08-20');
	await mapReady(page);
	await expect(heading(page)).toHaveText('Monday, 20 August 1945');
	const list = page.locator('#event-list');
	expect(await isListed(page, 'Soviet landing at Wonsan')).toBe(false);

	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText('Tuesday, 21 August 1945');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 August 1945');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-21');
	await expect(list).toContainText('Soviet landing at Wonsan');

	await page.keyboard.press('Shift+ArrowRight');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-28');
	await page.keyboard.press('PageUp');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-09-28');
	await page.keyboard.press('Home');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-01');
	await page.keyboard.press(']');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-06');
	await page.keyboard.press('End');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-09-30');
	await page.keyboard.press('[');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-09-19');
	await expect(page).toHaveURL(/date=1945-09-19/);
});

test('the map draws what the date says: the Wonsan landing appears on 21 August', async ({ page }) => {
	const colourAtWonsan = async () => {
		const box = (await rendered(page).boundingBox())!;
		// The reddest pixel within 4 px of Wonsan's place dot: the event's circle, where there is one
		// (labels and the dot's own outline may take any one pixel of it).
		const p = toPixel([127.4461, 39.1475], { center: [127, 41], zoom: 4, width: box.width, height: box.height });
		const png = PNG.sync.read(await page.screenshot({ clip: { x: box.x + p.x - 4, y: box.y + p.y - 4, width: 9, height: 9 } }));
		let best = [0, 0, 255];
		for (let i = 0; i < png.data.length; i += 4) {
			const rgb = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
			if (rgb[0]! - rgb[2]! > best[0]! - best[2]!) best = rgb;
		}
		return best;
	};
	await page.goto('/#map=4/41/127&date=1945-08-20');
	await mapReady(page);
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-20');
	const before = await colourAtWonsan();
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-21');
	const after = await colourAtWonsan();
	// The landing is military: a strong red point where there was pale land.
	expect(after[0]! - after[2]!, `colour on 21 August: ${after}`).toBeGreaterThan(80);
	expect(before[0]! - before[2]!, `colour on 20 August: ${before}`).toBeLessThan(60);
});

test('play advances a day per tick at the chosen speed, and pause stops it', async ({ page }) => {
	// The page's timers run on a clock the test moves: no waiting, and an exact count of ticks.
	await page.clock.install();
	await page.goto('/#date=1945-08-09');
	await mapReady(page);
	await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('16');
	// Time stops a second ahead of the page's now (a clock can only be moved forward).
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.getByRole('button', { name: 'Play' }).click();
	// 16 days a second: ticks at every 62.5 ms, so 16 of them in the next 1030 ms.
	await page.clock.runFor(1030);
	await expect(heading(page)).toHaveText('Saturday, 25 August 1945');
	await page.getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(5000);
	await expect(heading(page)).toHaveText('Saturday, 25 August 1945');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a deep link restores the date, the camera, the view and the selection', async ({ page }) => {
	await page.goto('/#map=6.50/39.1500/127.4500&date=1945-08-22&event=wonsan-landing&view=date&range=1945-08-01..1945-09-01');
	await mapReady(page);
	await expect(heading(page)).toHaveText('Wednesday, 22 August 1945');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-22');
	await expect(page.getByRole('radio', { name: 'On this date' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Period shown on the time axis' })).toHaveValue('1');
	await expect(page.locator('#event-list [aria-current="true"]')).toContainText('Soviet landing at Wonsan');
	await expect(page.locator('.maplibregl-ctrl-scale')).not.toHaveText('300 km');
	await expect(page).toHaveURL(/map=6\.50\/39\.1500\/127\.4500/);
});

test('a link to an event without a date opens on the day it began', async ({ page }) => {
	await page.goto('/#event=dprk-founded');
	await mapReady(page);
	await expect(heading(page)).toHaveText('Thursday, 9 September 1948');
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1948-09-09');
});

for (const hash of ['#date=1945-13-40', '#map=abc/41/127&view=nope', '#event=atlantis&range=1946..1945', '#%E0%A4%A&&==']) {
	test(`a malformed link (${hash}) opens the default view without an error`, async ({ page }) => {
		await page.goto(`/${hash}`);
		await mapReady(page);
		await expect(heading(page)).toHaveText('Thursday, 9 August 1945');
		await expect(page.getByRole('radio', { name: 'History so far' })).toBeChecked();
		await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-09');
	});
}

test('Back and Forward move through meaningful changes, not slider ticks', async ({ page }) => {
	await page.goto('/#date=1945-08-09');
	await mapReady(page);
	await slider(page).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText('Sunday, 12 August 1945');
	await page.getByRole('radio', { name: 'On this date' }).check();
	await expect(page).toHaveURL(/view=date/);
	await page.goBack();
	await expect(page.getByRole('radio', { name: 'History so far' })).toBeChecked();
	await expect(heading(page)).toHaveText('Sunday, 12 August 1945');
	await page.goForward();
	await expect(page.getByRole('radio', { name: 'On this date' })).toBeChecked();
});

test('the views of time change what the list shows', async ({ page }) => {
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	const count = async () => Number(/\((\d+)/.exec((await page.getByRole('button', { name: /^Events on the map/ }).textContent()) ?? '')?.[1]);
	const history = await count();
	expect(await isListed(page, 'Atomic bomb dropped on Hiroshima')).toBe(true);
	await page.getByRole('radio', { name: 'On this date' }).check();
	await expect(rendered(page)).toHaveAttribute('data-rendered-date', '1945-08-21');
	await expect.poll(count).toBeLessThan(history);
	expect(await isListed(page, 'Atomic bomb dropped on Hiroshima')).toBe(false);
	await page.getByRole('radio', { name: 'Everything' }).check();
	await expect.poll(count).toBeGreaterThan(history);
	expect(await isListed(page, 'Democratic People')).toBe(true);
});
