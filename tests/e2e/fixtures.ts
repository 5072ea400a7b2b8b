/**
 * The browser tests' common ground: every test fails on a page error, a console error, or a
 * request to any host other than the local server (the explorer's offline promise).
 */
import { test as base, expect, type Page } from '@playwright/test';

/** Whether `url` stays on this machine: the app's own origin, or an inline data/blob URL. */
export function isLocal(url: string, origin: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:')) return true;
	return new URL(url).origin === origin;
}

export interface Watch {
	/** Every URL the page requested, in order. */
	requests: string[];
	/** Page errors and console errors, as text. */
	errors: string[];
	/** Console errors a test provokes on purpose (a failed request it staged), matched by text. */
	expected: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const watch: Watch = { requests: [], errors: [], expected: [] };
			page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') watch.errors.push(`console error: ${m.text()}`);
			});
			page.on('request', (r) => watch.requests.push(r.url()));
			await use(watch);
			const unexpected = watch.errors.filter((e) => !watch.expected.some((r) => r.test(e)));
			expect(unexpected, 'page and console errors').toEqual([]);
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			expect(
				watch.requests.filter((u) => !isLocal(u, origin)),
				'requests that left the machine'
			).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * How long a map may take to start cold: style, workers, tiles and the first date on software WebGL
 * take about 6 s on an idle 2-core machine, and several times that when other work shares the cores.
 * Only waits for a cold start to end, in ready or in error, get it; everything after keeps the default.
 */
export const COLD_START = 45_000;

/**
 * Waits until the map has started or failed, then checks it is in `state`; a map in the other state
 * fails at once, with the page's own words.
 */
export async function mapSettles(page: Page, state: 'ready' | 'error'): Promise<void> {
	const map = page.locator('.map');
	await expect(map).toHaveAttribute('data-state', /^(ready|error)$/, { timeout: COLD_START });
	const alert = await page.getByRole('alert').allTextContents();
	expect(await map.getAttribute('data-state'), `the map's state (${alert.join(' ')})`).toBe(state);
}

/** Waits until the map container reports that it has drawn its first date. */
export const mapReady = (page: Page): Promise<void> => mapSettles(page, 'ready');
