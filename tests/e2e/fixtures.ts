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

/** Waits until the map container reports that it has drawn. */
export async function mapReady(page: Page): Promise<void> {
	await expect(page.locator('[data-state]').first()).toHaveAttribute('data-state', 'ready');
}
