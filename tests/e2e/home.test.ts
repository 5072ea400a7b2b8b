import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { PALETTE, rgb } from '../../src/lib/theme/palette';
import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';

/** The colours of the shipped atlas's zone styles: its atlas.json decides them. */
const STYLES = (JSON.parse(readFileSync(new URL('../../geodata/atlas.json', import.meta.url), 'utf8')) as { styles: Record<string, { color: string }> }).styles;

/** The colour of one pixel of a PNG screenshot. */
function pixel(png: PNG, x: number, y: number): [number, number, number] {
	const i = (png.width * y + x) * 4;
	return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));

test('the home page draws the map of Manchuria and Korea', async ({ page }) => {
	await page.goto('/');
	await mapReady(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('East Asia, 1945');
	await expect(page.locator('.map canvas')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
});

/** `top` drawn with `alpha` over `base`. */
const over = (base: number[], top: number[], alpha: number) => base.map((b, i) => b * (1 - alpha) + top[i]! * alpha);

test('the canvas shows sea over the Sea of Japan, land in the Russian Far East and Manchukuo over Manchuria', async ({ page }) => {
	await page.goto('/');
	// Ready means the first date is drawn, tiles and all; the pixels below assume the opening camera.
	await mapReady(page);
	await expect(page.locator('.map')).toHaveAttribute('data-camera', '4.00/41.0000/127.0000');
	const box = (await page.locator('.map').boundingBox())!;
	const view = { center: [127, 41] as [number, number], zoom: 4, width: box.width, height: box.height };
	const png = PNG.sync.read(await page.screenshot({ clip: box }));
	const sea = toPixel([133, 38.5], view);
	// Inland in the Sikhote-Alin, far from any front, zone or label.
	const land = toPixel([137.5, 47.5], view);
	const manchukuo = toPixel([125.5, 44.5], view);
	const seaColour = pixel(png, sea.x, sea.y);
	const landColour = pixel(png, land.x, land.y);
	const manchukuoColour = pixel(png, manchukuo.x, manchukuo.y);
	expect(distance(seaColour, rgb(PALETTE.sea)), `sea pixel ${seaColour}`).toBeLessThanOrEqual(8);
	expect(distance(landColour, rgb(PALETTE.land)), `land pixel ${landColour}`).toBeLessThanOrEqual(8);
	expect(distance(seaColour, landColour)).toBeGreaterThan(20);
	// The zone's fill (13% of the colour of its style, "japanese") over the land.
	const tinted = over(rgb(PALETTE.land), rgb(STYLES['japanese']!.color), 0.13);
	expect(distance(manchukuoColour, tinted), `Manchukuo pixel ${manchukuoColour}`).toBeLessThanOrEqual(8);
});

test('every request the page makes goes to the local server', async ({ page, watch, baseURL }) => {
	await page.goto('/');
	await mapReady(page);
	const origin = new URL(baseURL!).origin;
	// The app really loaded its basemap and fonts from here, and nothing from anywhere else.
	expect(watch.requests.some((u) => u.startsWith(`${origin}/basemap/`))).toBe(true);
	expect(watch.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
	expect(watch.requests.every((u) => u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
});
