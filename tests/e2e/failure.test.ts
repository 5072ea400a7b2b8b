import type { Page } from '@playwright/test';
import { COLD_START, expect, mapReady, test } from './fixtures';

test('without WebGL 2 the page says so in words', async ({ page }) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
			if (type === 'webgl2') return null;
			return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
		} as typeof original;
	});
	await page.goto('/');
	await expect(page.locator('.map')).toHaveAttribute('data-state', 'error');
	await expect(page.getByRole('alert')).toContainText('WebGL 2 is unavailable');
});

/**
 * Opens the explorer (with its test hooks) and waits until everything that still could load has
 * loaded and the map is idle: the moment a map that ignored its failure would call itself ready.
 */
async function openAndSettle(page: Page) {
	await page.goto('/?bench');
	// A file of the wrong shape is found only once it has loaded: as late as a cold start.
	await expect(page.locator('.map')).toHaveAttribute('data-state', 'error', { timeout: COLD_START });
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => (window as unknown as { __bench: { idle(): Promise<void> } }).__bench.idle());
}

/** Expects the map to have stayed in error, saying `message`, with no date drawn. */
async function expectFailed(page: Page, message: string) {
	const map = page.locator('.map');
	await expect(map).toHaveAttribute('data-state', 'error');
	await expect(map).not.toHaveAttribute('data-rendered-date');
	await expect(page.getByRole('alert')).toContainText(message);
}

// Each of these files missing leaves a map that would look whole but is not: no events, no fronts,
// no zones. The time table's failure comes before the map's `load`.
for (const file of ['/atlas/events.geojson', '/atlas/fronts.geojson', '/atlas/zones.geojson', '/atlas/timetable.json']) {
	test(`a missing ${file} keeps the map in error and says which file and why`, async ({ page, watch }) => {
		watch.expected.push(/Failed to load resource.*404/);
		await page.route(`**${file}`, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
		await openAndSettle(page);
		await expectFailed(page, `The map could not load ${file}: HTTP 404`);
	});
}

// MapLibre takes a missing tile (404) for a tile with nothing in it; a tile the server fails on is an error.
test('basemap tiles that cannot be loaded keep the map in error and say which and why', async ({ page, watch }) => {
	watch.expected.push(/Failed to load resource.*500/);
	await page.route('**/basemap/50m/**', (route) => route.fulfill({ status: 500, body: 'Server Error' }));
	await openAndSettle(page);
	await expectFailed(page, 'The map could not load /basemap/50m/');
	await expect(page.getByRole('alert')).toContainText('.pbf: HTTP 500');
});

test('an events file that is JSON but not GeoJSON keeps the map in error and says why', async ({ page }) => {
	await page.route('**/atlas/events.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"events": []}' }));
	await openAndSettle(page);
	await expectFailed(page, 'The map could not load /atlas/events.geojson: it is not a GeoJSON FeatureCollection');
});

test('an events file that does not match the time table keeps the map in error and says why', async ({ page }) => {
	await page.route('**/atlas/events.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type": "FeatureCollection", "features": []}' }));
	await openAndSettle(page);
	await expectFailed(page, 'The map could not load /atlas/events.geojson: it has 0 features where the time table has');
});

test('when the search index cannot be loaded, the search box says so instead of searching forever', async ({ page, watch }) => {
	watch.expected.push(/Failed to load resource.*404/);
	await page.route('**/atlas/search.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
	await page.goto('/');
	await mapReady(page);
	await page.getByRole('combobox', { name: 'Search events, places, fronts and zones' }).fill('Wonsan');
	await expect(page.getByRole('listbox', { name: 'Results' })).toContainText(/The search index could not be loaded from .*\/atlas\/search\.json: HTTP 404/);
	await expect(page.getByRole('listbox', { name: 'Results' })).not.toContainText('Searching');
});

test('when the map fails, the search still finds what the atlas holds', async ({ page, watch }) => {
	watch.expected.push(/Failed to load resource.*404/);
	await page.route('**/atlas/events.geojson', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
	await page.goto('/');
	await expect(page.locator('.map')).toHaveAttribute('data-state', 'error', { timeout: COLD_START });
	await page.getByRole('combobox', { name: 'Search events, places, fronts and zones' }).fill('Genzan');
	// The first query waits for the search's worker to load the index.
	await expect(page.getByRole('option').first()).toContainText('Wonsan', { timeout: 30_000 });
});
