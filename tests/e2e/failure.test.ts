import { expect, test } from './fixtures';

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

test('when the basemap cannot be loaded the page says so instead of a blank map', async ({ page, watch }) => {
	watch.expected.push(/Failed to load resource.*500/);
	await page.route('**/basemap/world-110m.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
	await page.goto('/');
	await expect(page.locator('.map')).toHaveAttribute('data-state', 'error');
	await expect(page.getByRole('alert')).toContainText('The map failed to load its data');
});
