/**
 * A large layer's lines and areas drawn as they are on the GPU, not as points: a file of two lines, an
 * area with a hole and a point, imported with `gpu=2` so that it takes the large layers' path. Each is
 * drawn on its dates only, an area's hole stays clear, the pointer resting on a line or inside an area
 * names it, a click on one opens its panel, and the chosen line is drawn in the selection's colour.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, mapReady, test } from './fixtures';
import { drawnIn, spotOf } from './gpuPixels';

const FILE = 'tests/e2e/files/shapes.geojson';
/** The first layer's colour (LAYER_COLORS[0]) and the selection's (PALETTE.selected). */
const LAYER_RGB = [0xd6, 0x33, 0x6c];
const SELECTED_RGB = [0x1f, 0x5f, 0xa8];
/** Places of the file's shapes: on the line, inside the area, in its hole, on its outline, and the point. */
const ON_LINE: [number, number] = [134, 41.7];
const IN_AREA: [number, number] = [132.7, 38.5];
const IN_HOLE: [number, number] = [134, 39.5];
const AREA_EDGE: [number, number] = [132, 39.5];
const POINT: [number, number] = [135.5, 37.5];
/** On the line drawn over the atlas's Soviet zone of Korea, which the atlas draws under the large layers. */
const OVER_ZONE: [number, number] = [128.3, 40.3];

const map = (page: Page) => page.locator('.map');
const panel = (page: Page) => page.locator('aside').filter({ has: page.getByRole('heading', { level: 2 }) });

/** Goes to a date, on this date alone, with the camera over the shapes (or at `camera`), and waits for the date to be drawn. */
async function goTo(page: Page, date: string, camera = '6.00/39.5/134') {
	await page.evaluate((hash) => (location.hash = hash), `#map=${camera}&date=${date}&view=date&range=1945-08-01..1949-01-01`);
	await expect(map(page)).toHaveAttribute('data-rendered-date', date, { timeout: 60_000 });
}

/** The colour of the pixel at a longitude and latitude. */
async function pixel(page: Page, [lon, lat]: [number, number]): Promise<number[]> {
	const { x, y } = await spotOf(page, lon, lat);
	const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
	return [...png.data.subarray(0, 3)];
}

/** Whether a pixel within two of a longitude and latitude is in the colour `rgb` (within 45 each): a line one pixel wide falls in any of them. */
async function lineIn(page: Page, [lon, lat]: [number, number], rgb: readonly number[]): Promise<boolean> {
	const { x, y } = await spotOf(page, lon, lat);
	const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x) - 2, y: Math.round(y) - 2, width: 5, height: 5 } }));
	for (let i = 0; i < png.data.length; i += 4) if (rgb.every((c, k) => Math.abs(c - png.data[i + k]!) < 45)) return true;
	return false;
}

async function clickAt(page: Page, [lon, lat]: [number, number]) {
	const { x, y } = await spotOf(page, lon, lat);
	await page.mouse.click(x, y);
}

async function moveTo(page: Page, [lon, lat]: [number, number]) {
	const { x, y } = await spotOf(page, lon, lat);
	await page.mouse.move(x, y);
}

test('a large layer draws its lines and areas as they are, on their dates, names them under the pointer, and a click on one opens it', async ({ page }) => {
	test.setTimeout(300_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?bench&gpu=2');
	await mapReady(page);
	await page.getByRole('button', { name: 'Add data' }).click();
	await page.getByLabel('Choose a file').setInputFiles(FILE);
	await expect(map(page)).toHaveAttribute('data-mine', '4', { timeout: 60_000 });
	await page.getByRole('button', { name: 'Show the map' }).click();

	// On 10 March 1946 all three are drawn: the line in the layer's colour, the area tinted by it but not its hole.
	await goTo(page, '1946-03-10');
	await expect.poll(() => lineIn(page, ON_LINE, LAYER_RGB), { timeout: 30_000 }).toBe(true);
	expect(await drawnIn(page, ...POINT, LAYER_RGB), 'the point drawn').toBe(true);
	expect(await lineIn(page, AREA_EDGE, LAYER_RGB), "the area's outline drawn").toBe(true);
	const [inArea, inHole] = [await pixel(page, IN_AREA), await pixel(page, IN_HOLE)];
	const towardsLayer = (rgb: number[]) => rgb[0]! - rgb[2]!;
	expect(towardsLayer(inArea), `inside the area ${inArea} is redder than in its hole ${inHole}`).toBeGreaterThan(towardsLayer(inHole) + 20);

	// On 1 May the line has ended and is drawn no more; the area, which lasts the year, still is.
	await goTo(page, '1946-05-01');
	await expect.poll(() => lineIn(page, ON_LINE, LAYER_RGB), { timeout: 30_000 }).toBe(false);
	expect(towardsLayer(await pixel(page, IN_AREA)), 'the area drawn on 1 May').toBeGreaterThan(towardsLayer(inHole) + 20);
	// In 1947 neither is: the area's place looks like its hole.
	await goTo(page, '1947-02-01');
	expect(towardsLayer(await pixel(page, IN_AREA)), 'the area drawn in 1947').toBeLessThan(towardsLayer(inHole) + 10);

	// Resting the pointer on the line, or inside the area, names it.
	await goTo(page, '1946-03-10');
	const tooltip = page.locator('.tooltip');
	await moveTo(page, IN_AREA);
	await expect(tooltip).toHaveText('Generated area');
	await moveTo(page, ON_LINE);
	await expect(tooltip).toHaveText('Generated route');
	// Over an atlas's zone, which is drawn under it, the large layer's line is the one named.
	await goTo(page, '1946-03-10', `6.00/${OVER_ZONE[1]}/${OVER_ZONE[0]}`);
	await moveTo(page, OVER_ZONE);
	await expect(tooltip).toHaveText('Generated line over a zone');
	await goTo(page, '1946-03-10');

	// A click on the line opens its panel, and the line is drawn in the selection's colour.
	await clickAt(page, ON_LINE);
	await expect(panel(page).getByRole('heading', { name: 'Generated route' })).toBeVisible({ timeout: 30_000 });
	await expect(panel(page)).toContainText('A line generated for a test');
	await expect.poll(() => drawnIn(page, ...ON_LINE, SELECTED_RGB), { timeout: 30_000 }).toBe(true);
	await panel(page).getByRole('button', { name: 'Close the panel' }).click();

	// A click in the area's hole picks nothing: the point chosen before stays chosen. (The pointer then
	// rests on the line, whose name shows after the click has been handled.)
	await clickAt(page, POINT);
	await expect(panel(page).getByRole('heading', { name: 'Generated point' })).toBeVisible({ timeout: 30_000 });
	const pointUrl = page.url();
	await clickAt(page, IN_HOLE);
	await moveTo(page, ON_LINE);
	await expect(page.locator('.tooltip')).toHaveText('Generated route');
	expect(page.url()).toBe(pointUrl);
	await expect(panel(page).getByRole('heading', { name: 'Generated point' })).toBeVisible();
	// A click inside the area opens it.
	await clickAt(page, IN_AREA);
	await expect(panel(page).getByRole('heading', { name: 'Generated area' })).toBeVisible({ timeout: 30_000 });
	await expect(page).toHaveURL(/event=my-data-1-/);
	expect(page.url()).not.toBe(pointUrl);
});
