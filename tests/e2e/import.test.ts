/**
 * A reader's own data: files picked, dropped or pasted become layers of the explorer, drawn in time,
 * listed, searched, opened, filtered, exported, kept across a reload, and a bad file loses nothing.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

const SAMPLE = 'static/samples/sample-events.csv';
const FILES = 'tests/e2e/files';
const read = (path: string) => readFileSync(path, 'utf8');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Add your data' });
const myData = (page: Page) => page.getByRole('dialog', { name: 'My data' });
const map = (page: Page) => page.locator('.map');
const eventList = (page: Page) => page.locator('#event-list');
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search events, places, fronts and zones' });

async function openExplorer(page: Page) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await mapReady(page);
}

/** Picks files through the dialog's file input. */
async function pick(page: Page, path: string) {
	await page.getByRole('button', { name: 'Add data' }).click();
	await dialog(page).getByLabel('Choose a file').setInputFiles(path);
}

/** Waits until the map has drawn `count` features of the reader's. */
const drawn = (page: Page, count: number) => expect(map(page)).toHaveAttribute('data-mine', String(count), { timeout: 30_000 });

async function addSample(page: Page) {
	await pick(page, SAMPLE);
	await expect(dialog(page).getByRole('status')).toContainText('Added 12 rows of sample-events.csv');
	await dialog(page).getByRole('button', { name: 'Show the map' }).click();
	await drawn(page, 12);
}

/** Opens a search result and returns the panel. */
async function openFromSearch(page: Page, query: string, label: RegExp): Promise<Locator> {
	await searchBox(page).fill(query);
	await page.getByRole('option', { name: label }).click();
	return page.locator('aside').filter({ has: page.getByRole('heading', { level: 2 }) });
}

test('a CSV picked in "Add data" becomes a layer: drawn, listed, searched, opened with its dates, text and sources', async ({ page }) => {
	await openExplorer(page);
	await addSample(page);
	// The time axis moved to the layer's dates: its first row is on the map and in the list.
	await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', /8 August 1576/);
	await expect(eventList(page)).toContainText("Tycho Brahe's Uraniborg");
	await expect(page.getByRole('button', { name: 'My data (1)' })).toBeVisible();
	const panel = await openFromSearch(page, 'pulkovo', /Pulkovo Observatory opens/);
	await expect(panel.getByRole('heading', { name: 'Pulkovo Observatory opens' })).toBeVisible();
	await expect(panel).toContainText('19 August 1839');
	await expect(panel).toContainText('Julian calendar');
	await expect(panel).toContainText('sample-events');
	await expect(panel.getByRole('link', { name: /Pulkovo_Observatory/ })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Pulkovo_Observatory');
	// The layer's categories join the filters, and act on its events.
	await page.getByRole('checkbox', { name: 'first light' }).check();
	await page.getByRole('slider', { name: 'Date' }).focus();
	await page.keyboard.press('End');
	await expect(eventList(page)).toContainText('First light at Lick Observatory');
	await expect(eventList(page)).not.toContainText('Yerkes Observatory dedicated');
});

test('a file dropped on the map is read like a picked one', async ({ page }) => {
	await openExplorer(page);
	const transfer = await page.evaluateHandle((text) => {
		const t = new DataTransfer();
		t.items.add(new File([text], 'observatories.tsv', { type: 'text/tab-separated-values' }));
		return t;
	}, read(`${FILES}/observatories.tsv`));
	await map(page).dispatchEvent('dragover', { dataTransfer: transfer });
	await expect(page.getByText('Drop the file to add it to the map')).toBeVisible();
	await map(page).dispatchEvent('drop', { dataTransfer: transfer });
	await expect(dialog(page).getByRole('status')).toContainText('Added 3 rows of observatories.tsv');
	await drawn(page, 3);
	await expect(page.getByText('Drop the file to add it to the map')).toBeHidden();
});

test('pasted GeoJSON with OpenHistoricalMap dates brings areas and lines, each on its own dates', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('button', { name: 'Add data' }).click();
	await dialog(page).getByLabel('Or paste CSV, TSV or GeoJSON text').fill(read('static/samples/sample-ohm.geojson'));
	await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
	await expect(dialog(page).getByRole('status')).toContainText('Added 3 rows of Pasted data');
	await dialog(page).getByRole('button', { name: 'Show the map' }).click();
	await drawn(page, 3);
	const panel = await openFromSearch(page, 'territory of colorado', /Territory of Colorado/);
	await expect(panel).toContainText('28 February 1861');
	await expect(panel).toContainText('1 August 1876');
});

test('Linked Places JSON is read with its timespans', async ({ page }) => {
	await openExplorer(page);
	await pick(page, `${FILES}/observatories.lpf.json`);
	await expect(dialog(page).getByRole('status')).toContainText('Added 2 rows');
	await dialog(page).getByRole('button', { name: 'Show the map' }).click();
	await drawn(page, 2);
	const panel = await openFromSearch(page, 'mount wilson', /Mount Wilson Observatory founded/);
	await expect(panel).toContainText('December 1904');
});

test('bad rows are reported by row, column and reason; the good ones can be added and the report saved', async ({ page }) => {
	await openExplorer(page);
	await pick(page, `${FILES}/observatories-bad.csv`);
	const report = dialog(page);
	await expect(report.getByRole('status')).toContainText('2 rows of 5 can be added; 3 problems');
	const rows = report.getByRole('table', { name: 'Rows left out' }).getByRole('row');
	await expect(rows.nth(1)).toContainText('3lat');
	await expect(rows.nth(1)).toContainText('latitude "abc" is not a number');
	await expect(rows.nth(2)).toContainText('4start');
	await expect(rows.nth(3)).toContainText('ends (1728) before it starts (1734)');
	const [file] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download the report' }).click()]);
	expect(file.suggestedFilename()).toBe('observatories-bad-report.csv');
	const text = readFileSync((await file.path())!, 'utf8');
	expect(text.split('\n').slice(0, 2)).toEqual(['row,column,reason', '3,lat,"latitude ""abc"" is not a number"']);
	await report.getByRole('button', { name: 'Add 2 rows to the map' }).click();
	await drawn(page, 2);
	await page.getByRole('button', { name: 'Show the map' }).click();
	await page.getByRole('button', { name: 'My data (1)' }).click();
	await expect(myData(page)).toContainText('2 features from observatories-bad.csv; 3 rows left out');
});

test('columns the explorer cannot tell are picked by the reader, with a preview of the rows as they will be read', async ({ page }) => {
	await openExplorer(page);
	await pick(page, `${FILES}/odd-columns.csv`);
	const step = dialog(page);
	await expect(step).toContainText('No columns look like coordinates');
	await step.getByLabel('Title').selectOption('Observatory');
	await step.getByLabel('Date or start date').selectOption('Founded');
	await step.getByLabel('Latitude').selectOption('North');
	await step.getByLabel('Longitude').selectOption('East');
	const preview = step.getByRole('table', { name: 'The first rows as they will be read' });
	await expect(preview.getByRole('row').nth(2)).toContainText('Yerkes Observatory dedicated1897-10-2142.5703, -88.5567');
	await step.getByRole('button', { name: 'Read with these columns' }).click();
	await expect(step.getByRole('status')).toContainText('Added 3 rows of odd-columns.csv');
	await drawn(page, 3);
});

test('a big file is read in a worker with its progress, and Cancel stops it leaving the map as it was', async ({ page }) => {
	await openExplorer(page);
	const rows = Array.from({ length: 300_000 }, (_, i) => `Row ${i},1900-01-01,${(i % 170) - 85},${(i % 350) - 175}`);
	await page.getByRole('button', { name: 'Add data' }).click();
	await dialog(page)
		.getByLabel('Choose a file')
		.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(['title,date,lat,lon', ...rows].join('\n')) });
	await expect(dialog(page).getByLabel('Reading big.csv…')).toBeVisible();
	// The page answers while the worker reads.
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog(page).getByLabel('Choose a file')).toBeVisible();
	await expect(page.getByRole('button', { name: 'My data', exact: true })).toBeVisible();
	await expect(map(page)).toHaveAttribute('data-mine', '0');
});

test('text from a file is shown as text, never as HTML, and only http(s) sources become links', async ({ page }) => {
	await openExplorer(page);
	const hostile = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { title: '<img src=x onerror="window.__pwned=1">Bold claim', start_date: '1815-06-18', description: '<b>not bold</b>', source: 'javascript:alert(1)' },
				geometry: { type: 'Point', coordinates: [4.41, 50.68] }
			}
		]
	};
	await page.getByRole('button', { name: 'Add data' }).click();
	await dialog(page).getByLabel('Or paste CSV, TSV or GeoJSON text').fill(JSON.stringify(hostile));
	await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
	await expect(dialog(page)).toContainText(/Added 1 row|can be added/);
	if (await dialog(page).getByRole('button', { name: 'Add 1 row to the map' }).isVisible()) await dialog(page).getByRole('button', { name: 'Add 1 row to the map' }).click();
	await drawn(page, 1);
	await page.keyboard.press('Escape');
	const panel = await openFromSearch(page, 'bold claim', /Bold claim/);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.__pwned=1">Bold claim');
	await expect(panel).toContainText('<b>not bold</b>');
	expect(await panel.locator('img, b').count()).toBe(0);
	expect(await panel.locator('a[href^="javascript:"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('layers survive a reload; a file that fails loses nothing already on the map', async ({ page }) => {
	await openExplorer(page);
	await addSample(page);
	await page.getByRole('button', { name: 'Add data' }).click();
	await dialog(page).getByLabel('Or paste CSV, TSV or GeoJSON text').fill('{ "type": "FeatureCollection", "features": [');
	await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
	await expect(dialog(page).getByRole('alert')).toContainText(/line 1/);
	await expect(dialog(page)).toContainText('Nothing on the map has changed.');
	await page.keyboard.press('Escape');
	await expect(map(page)).toHaveAttribute('data-mine', '12');
	await page.reload();
	await mapReady(page);
	await drawn(page, 12);
	await expect(page.getByRole('button', { name: 'My data (1)' })).toBeVisible();
	const panel = await openFromSearch(page, 'uraniborg', /Uraniborg/);
	await expect(panel).toContainText('Hven');
});

test('My data hides, renames, recolours, exports and removes a layer, with an undo', async ({ page }) => {
	await openExplorer(page);
	await addSample(page);
	await page.getByRole('button', { name: 'My data (1)' }).click();
	const panel = myData(page);
	await panel.getByLabel('Name of the layer').fill('Observatories');
	await panel.getByLabel('Name of the layer').press('Enter');
	await panel.getByLabel('Colour of Observatories').fill('#1864ab');
	await expect(page.locator('.legend li').filter({ hasText: 'Observatories (your data)' }).locator('circle')).toHaveAttribute('fill', '#1864ab');
	const [geojson] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export GeoJSON' }).click()]);
	const exported = JSON.parse(readFileSync((await geojson.path())!, 'utf8'));
	expect(exported.features).toHaveLength(12);
	// The dates as written in the file, not as read.
	expect(exported.features[0].properties).toMatchObject({ title: "Tycho Brahe's Uraniborg", start: '1576-08-08', end: '1597' });
	const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
	expect(readFileSync((await csv.path())!, 'utf8')).toContain('Armagh Observatory founded');
	await panel.getByRole('checkbox', { name: 'Show' }).uncheck();
	await drawn(page, 0);
	await panel.getByRole('checkbox', { name: 'Show' }).check();
	await drawn(page, 12);
	await panel.getByRole('button', { name: 'Remove' }).click();
	await expect(panel.getByRole('status')).toContainText('Removed “Observatories”.');
	await drawn(page, 0);
	await panel.getByRole('button', { name: 'Undo' }).click();
	await drawn(page, 12);
	await expect(panel.getByLabel('Name of the layer')).toHaveValue('Observatories');
});

test('a large layer whose kept rows are lost is named by the search, which still finds the rest', async ({ page }) => {
	// `gpu=2` draws the sample's 12 rows as a large layer, whose rows the search reads back from the browser's storage.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/?bench&gpu=2');
	await mapReady(page);
	await addSample(page);
	// Once the rows are kept, the first of their parts is lost, as storage cleared by the browser would lose it.
	const lost = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('history-explorer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const keys = async () =>
			new Promise<string[]>((resolve) => {
				const request = db.transaction('records').objectStore('records').getAllKeys();
				request.onsuccess = () => resolve(request.result.map(String));
			});
		for (let tries = 0; tries < 100 && !(await keys()).some((k) => k.endsWith(':0')); tries++) await new Promise((r) => setTimeout(r, 100));
		const first = (await keys()).find((k) => k.endsWith(':0'))!;
		await new Promise((resolve) => {
			const tx = db.transaction('records', 'readwrite');
			tx.objectStore('records').delete(first);
			tx.oncomplete = resolve;
		});
		return first;
	});
	expect(lost).toMatch(/^large-.*:0$/);
	await searchBox(page).fill('Uraniborg');
	const results = page.getByRole('listbox', { name: 'Results' });
	await expect(results).toContainText(`The rows of sample-events could not be searched: Part 1 of the rows kept as ${lost.slice(0, -2)} is missing from this browser's storage.`);
	// The atlas's own index is still searched.
	await searchBox(page).fill('Wonsan');
	await expect(page.getByRole('option', { name: /^Wonsan/ }).first()).toBeVisible();
	await expect(results).toContainText('could not be searched');
});
