import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';

test('the explorer breaks no rule of its Content Security Policy, which refuses inline styles', async ({ page }) => {
	// Collected in the page, before any of its own scripts run: the browser reports each refusal.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
	});
	await page.goto('/#map=4/41/127&date=1945-08-21');
	await mapReady(page);
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/style-src 'self'/);
	expect(csp).not.toContain('unsafe-inline');

	// The tooltip, the chooser and the axis labels are placed through the CSSOM.
	const box = (await page.locator('.map').boundingBox())!;
	const wonsan = toPixel([127.4461, 39.1475], { center: [127, 41], zoom: 4, width: box.width, height: box.height });
	await page.mouse.move(box.x + wonsan.x + 3, box.y + wonsan.y);
	const tooltip = page.locator('.tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toHaveCSS('left', `${wonsan.x + 3 + 12}px`);
	await page.mouse.click(box.x + wonsan.x + 3, box.y + wonsan.y);
	const chooser = page.getByRole('dialog', { name: 'Features here' });
	await expect(chooser).toBeVisible();
	await chooser.getByRole('button', { name: /Soviet landing at Wonsan/ }).click();
	await expect(page.locator('aside.panel').getByRole('heading', { level: 2 })).toBeVisible();
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '1945-08-22');
	const labels = page.locator('.labels span');
	expect(await labels.count()).toBeGreaterThan(1);
	// Not all at the left edge: each label got its own position.
	const lefts = new Set(await labels.evaluateAll((spans) => spans.map((s) => (s as HTMLElement).style.left)));
	expect(lefts.size).toBe(await labels.count());

	expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});
