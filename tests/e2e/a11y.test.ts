import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

/** The axe violations of the page, as "rule: target" lines that say what to fix. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

test('the explorer has no axe violations', async ({ page }) => {
	await page.goto('/#date=1945-08-21');
	await mapReady(page);
	expect(await violations(page)).toEqual([]);
});

test('the explorer with an event panel open has no axe violations', async ({ page }) => {
	await page.goto('/#date=1945-08-21&event=wonsan-landing');
	await mapReady(page);
	await expect(page.locator('aside.panel h2')).toHaveText('Soviet landing at Wonsan (Genzan)');
	expect(await violations(page)).toEqual([]);
});

test('the explorer with a place panel and the legend open has no axe violations', async ({ page }) => {
	await page.goto('/#date=1945-08-21&place=north-korea');
	await mapReady(page);
	await page.getByText('Legend').click();
	await expect(page.locator('aside.panel')).toContainText('Life moments of North Korea');
	expect(await violations(page)).toEqual([]);
});

for (const path of ['/events/wonsan-landing', '/places/north-korea', '/tags/KoreanDivision', '/events', '/places']) {
	test(`${path} has no axe violations`, async ({ page }) => {
		await page.goto(path);
		expect(await violations(page)).toEqual([]);
	});
}
