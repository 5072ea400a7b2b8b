/**
 * Whether a row drawn on the GPU shows at its place: the page's `?bench` hook places a point on the
 * map's canvas, and a few screen pixels there are compared with the row's colour.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** The page's hook that places a point on the map's canvas (`?bench`). */
type Projects = { project(lon: number, lat: number): { x: number; y: number } };

/** Where a longitude and latitude are on the page, in CSS pixels. */
export async function spotOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
	const box = (await page.locator('.map').boundingBox())!;
	const at = await page.evaluate(([lon, lat]) => (window as unknown as { __bench: Projects }).__bench.project(lon!, lat!), [lon, lat]);
	return { x: box.x + at.x, y: box.y + at.y };
}

/** Whether the pixel at a longitude and latitude is in the colour `rgb` (0-255 each, within 45). */
export async function drawnIn(page: Page, lon: number, lat: number, rgb: readonly number[]): Promise<boolean> {
	const { x, y } = await spotOf(page, lon, lat);
	const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 } }));
	const pixel = png.data.subarray(4 * 4, 4 * 4 + 3);
	return rgb.every((c, i) => Math.abs(c - pixel[i]!) < 45);
}
