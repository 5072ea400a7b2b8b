import type { FeatureCollection } from 'geojson';
import { parseIsoDay } from '../../src/lib/domain/day';
import { expect, mapReady, test } from './fixtures';
import { toPixel } from './mercator';

const DAY = parseIsoDay('1945-08-21')!;
const WONSAN: [number, number] = [127.4461, 39.1475];
// Open sea east of Korea, where the shipped atlas draws nothing.
const OUT_AT_SEA: [number, number] = [133, 38.5];

/** An atlas of one event, out at sea, happening on DAY: the sources and the time table as the map takes them. */
function oneEventAtlas() {
	const events: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				id: 0,
				properties: { ref: 'event:imported', label: 'An imported event', what: 'event', id: 'imported', title: 'An imported event', category: 'military', from: DAY, to: DAY + 1, hold: true },
				geometry: { type: 'Point', coordinates: OUT_AT_SEA }
			}
		]
	};
	return {
		sources: { events, places: { type: 'FeatureCollection', features: [] } },
		timetable: { rows: { zones: [], lines: [], advances: [], fronts: [], events: [[0, DAY, DAY + 1, 1]] }, events: [{ category: 'military', tags: [] }], categories: { zones: [], lines: [], advances: [], fronts: [] } }
	};
}

test('the map takes a new atlas at run time: its event is drawn and answers the pointer, the old ones are gone', async ({ page }) => {
	await page.goto('/?bench#map=4/41/127&date=1945-08-21');
	await mapReady(page);
	const map = page.locator('.map');
	const box = (await map.boundingBox())!;
	const at = (lonLat: [number, number]) => {
		const p = toPixel(lonLat, { center: [127, 41], zoom: 4, width: box.width, height: box.height });
		return { x: box.x + p.x, y: box.y + p.y };
	};
	const tooltip = page.locator('.tooltip');
	// Before: the Wonsan landing answers, the sea does not.
	await page.mouse.move(at(WONSAN).x + 3, at(WONSAN).y);
	await expect(tooltip).toBeVisible();
	await page.mouse.move(at(OUT_AT_SEA).x, at(OUT_AT_SEA).y);
	await expect(tooltip).toBeHidden();

	await page.evaluate((atlas) => (window as unknown as { __bench: { setAtlas(a: unknown): Promise<void> } }).__bench.setAtlas(atlas), oneEventAtlas());
	await expect(map).toHaveAttribute('data-rendered-date', '1945-08-21');
	await expect(map).toHaveAttribute('data-state', 'ready');

	await page.mouse.move(at(OUT_AT_SEA).x, at(OUT_AT_SEA).y + 1);
	await expect(tooltip).toHaveText('An imported event');
	// Wonsan's event and place are gone with the old atlas (the basemap stays).
	await page.mouse.move(at(WONSAN).x + 3, at(WONSAN).y);
	await expect(tooltip).toBeHidden();
});

test('an atlas whose sources do not fit its time table is refused, and the map keeps the old one', async ({ page }) => {
	await page.goto('/?bench#map=4/41/127&date=1945-08-21');
	await mapReady(page);
	const refused = await page.evaluate(async (atlas) => {
		atlas.timetable.rows.events.push([1, 0, 1, 1]);
		try {
			await (window as unknown as { __bench: { setAtlas(a: unknown): Promise<void> } }).__bench.setAtlas(atlas);
			return '';
		} catch (e) {
			return (e as Error).message;
		}
	}, oneEventAtlas());
	expect(refused).toBe('The map cannot draw this atlas: the events: it has 1 feature where the time table has 2');
	await expect(page.locator('.map')).toHaveAttribute('data-state', 'ready');
});
