// A second atlas, built from its own folder (tests/fixtures/punic-war) with GEODATA_DIR: another era,
// another region, dates before the common era, categories and styles of its own. The explorer must
// show it as its own, with nothing of the shipped atlas.
import { expect, mapReady, test } from '../fixtures';

test.describe('an atlas of the Second Punic War', () => {
	test('opens with its own title, period, categories and legend, and dates before the common era in words', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Second Punic War, 218–201 BCE');
		await expect(page).toHaveTitle('The Second Punic War, 218–201 BCE');
		// It opens on its first event, in the busiest period its dates give.
		await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '-0218-01-01');
		await expect(page.locator('.date')).toHaveText('Tuesday, 1 January 219 BCE');
		await expect(page.getByLabel('Period shown on the time axis')).toHaveValue('0');
		await expect(page.getByLabel('Period shown on the time axis').locator('option').first()).toHaveText('219 BCE to 210 BCE (5 events)');
		for (const category of ['Battle', 'Siege', 'March', 'Treaty']) await expect(page.getByRole('checkbox', { name: category })).toBeVisible();
		await page.getByText('Legend').click();
		const legend = page.getByRole('list', { name: 'Symbols of the map' });
		await expect(legend).toContainText('Roman province');
		await expect(legend).toContainText('Treaty line of 226 BCE');
		await expect(legend).not.toContainText('Front');
		await expect(page.locator('body')).not.toContainText('1945');
	});

	test('draws its zone and its line on their own dates', async ({ page }) => {
		await page.goto('/#date=-0210-06-01&range=-0225-01-01..-0199-01-01');
		await mapReady(page);
		await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '-0210-06-01');
		const drawn = page.getByRole('list', { name: 'Fronts, advances and zones' });
		await expect(drawn).toContainText('Sicily, a Roman province');
		// The treaty line stood until the war began (218 BCE): in 211 BCE it is no longer drawn.
		await expect(drawn).not.toContainText('The Ebro');
	});

	test('searches its places by their old names and opens an event at its date', async ({ page }) => {
		await page.goto('/');
		await mapReady(page);
		const search = page.getByRole('combobox', { name: /Search/ });
		await search.fill('Qart Hadasht');
		await expect(page.getByRole('option').first()).toContainText('New Carthage');
		await search.fill('Cannae');
		await page.getByRole('option', { name: /Battle of Cannae/ }).click();
		const panel = page.getByRole('complementary');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Battle of Cannae');
		await expect(panel).toContainText('about 2 August 216 BCE');
		await expect(page.locator('.map')).toHaveAttribute('data-rendered-date', '-0215-08-02');
	});

	test('has article pages for its events, places and tags, linked into the explorer', async ({ page }) => {
		await page.goto('/events/battle-of-cannae');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Battle of Cannae');
		await expect(page.locator('.when')).toHaveText('about 2 August 216 BCE');
		await expect(page).toHaveTitle(/Battle of Cannae.* · The Second Punic War, 218–201 BCE/);
		await expect(page.getByRole('link', { name: 'Open the map on this date' })).toHaveAttribute('href', /#date=-0215-08-02&event=battle-of-cannae/);
		await page.goto('/places/carthago-nova');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('New Carthage');
		await expect(page.locator('main')).toContainText('Qart Hadasht');
		await expect(page.locator('main')).toContainText('Scipio takes New Carthage');
		await page.goto('/events');
		await expect(page.getByRole('listitem')).toHaveCount(9);
	});
});
