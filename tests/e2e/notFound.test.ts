import { expect, test } from './fixtures';

test('a static host answering an unknown address with 404.html from the build shows the real not-found page, styled', async ({ page, watch }) => {
	// The page's own 404 status is logged; a stylesheet that failed would show in its width below.
	watch.expected.push(/Failed to load resource.*404/);
	// The tests' server answers as GitHub Pages, Netlify or nginx's error_page do (static-server.js):
	// 404.html's body, with status 404, at the address asked for.
	const response = await page.goto('/events/no-such-event/deeper');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByText('This page does not exist.')).toBeVisible();
	// Its styles load from this depth too (absolute paths): the article column keeps its width.
	await expect(page.locator('.page')).toHaveCSS('max-width', '736px');
	await page.getByRole('link', { name: 'All events' }).click();
	await expect(page).toHaveURL(/\/events$/);
});
