import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

/** The basemap tiles among the page's requests: their set ('110m', '50m', '10m') and zoom. */
function tiles(requests: string[]): { set: string; z: number }[] {
	return requests.flatMap((url) => {
		const match = /\/basemap\/(\w+)\/(\d+)\/\d+\/\d+\.pbf$/.exec(new URL(url).pathname);
		return match ? [{ set: match[1]!, z: Number(match[2]) }] : [];
	});
}

/** Moves the camera through the URL, as a link does, and waits until the map is idle there. */
async function goTo(page: Page, zoom: number, lat: number, lon: number) {
	await page.evaluate((hash) => (location.hash = hash), `#map=${zoom}/${lat}/${lon}`);
	await expect(page.locator('.map')).toHaveAttribute('data-camera', `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
	await page.evaluate(() => (window as unknown as { __bench: { idle(): Promise<void> } }).__bench.idle());
}

test('the opening view loads no 1:10m data; zoomed in, the map loads 1:10m tiles', async ({ page, watch }) => {
	await page.goto('/?bench');
	await mapReady(page);
	const opening = tiles(watch.requests);
	expect(opening.filter((t) => t.set === '10m')).toEqual([]);
	expect(new Set(opening.map((t) => t.set))).toEqual(new Set(['110m', '50m']));
	// No basemap file other than tiles: the whole tiers of GeoJSON are gone.
	expect(watch.requests.filter((u) => u.includes('/basemap/') && !u.endsWith('.pbf'))).toEqual([]);

	const [, lat, lon] = (await page.locator('.map').getAttribute('data-camera'))!.split('/').map(Number);
	const before = watch.requests.length;
	await goTo(page, 7, lat!, lon!);
	expect(tiles(watch.requests.slice(before)).filter((t) => t.set === '10m' && t.z === 7).length).toBeGreaterThan(0);
});

test('wherever the map goes, every basemap tile it asks for exists', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.url().includes('/basemap/') && r.status() !== 200) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto('/?bench');
	await mapReady(page);
	// The corners of the extent closely, open sea inside it at the deepest zoom, the antimeridian
	// and the prime meridian at middle zooms, and the far side of the world up close.
	const cameras: [number, number, number][] = [
		[7, 62, 100],
		[7.5, 20, 160],
		[10, 30, 155],
		[6, 41, 127.5],
		[4, 65, 179.9],
		[6, 65, -179.9],
		[6, 51.5, 0.1],
		[10, 40.4, -3.7]
	];
	for (const [zoom, lat, lon] of cameras) await goTo(page, zoom, lat, lon);
	expect(failed).toEqual([]);
});
