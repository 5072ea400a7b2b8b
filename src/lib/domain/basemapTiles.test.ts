import { describe, expect, it } from 'vitest';
import { basemapPlan, detailMaxZoom, hasTile, tileBlock, tileBlocks, tileZooms, ZOOM_10M, ZOOM_50M, type BasemapTier, type Bounds } from './basemapTiles';

/** An extent the size of a regional atlas: north-east Asia. */
const EXTENT: Bounds = [100, 20, 160, 62];
const plan = basemapPlan(EXTENT);
const setOf = (tier: BasemapTier) => plan.find((s) => s.tiers.some((t) => t.tier === tier))!;
const rangeOf = (tier: BasemapTier) => setOf(tier).tiers.find((t) => t.tier === tier)!;

/** The slippy-map tile of a point, by the textbook formula (asinh), apart from the plan's own. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const rad = (lat * Math.PI) / 180;
	return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n)];
}

describe('the plan of the basemap tiles', () => {
	it('draws each tier over the zooms the style drew it at before it was tiled', () => {
		const drawn = plan.flatMap((s) => s.tiers.map((t) => [t.tier, t.minzoom, t.maxzoom]));
		expect(drawn).toEqual([
			['graticule', 0, 24],
			['world-110m', 0, ZOOM_50M],
			['far-110m', ZOOM_50M, 24],
			['near-50m', ZOOM_50M, 24],
			['inner-50m', ZOOM_50M, ZOOM_10M],
			['detail-10m', ZOOM_10M, 24]
		]);
	});

	it.each([
		['graticule', [0, 3]],
		['world-110m', [0, 2]],
		['far-110m', [3, 3]],
		['near-50m', [3, 5]],
		['inner-50m', [3, 5]],
		['detail-10m', [5, 7]]
	] as [BasemapTier, [number, number]][])('puts %s in the tiles of zooms %j', (tier, zooms) => {
		expect(tileZooms(setOf(tier), rangeOf(tier))).toEqual(zooms);
	});

	it('has tiles holding each tier at every zoom the map draws it, overzoomed past the deepest', () => {
		for (const set of plan) {
			for (const range of set.tiers) {
				const [first, last] = tileZooms(set, range);
				for (let zoom = range.minzoom; zoom < Math.min(range.maxzoom, 11); zoom += 0.25) {
					// MapLibre draws a 512-pixel vector source at zoom z from tiles of zoom floor(z), or its deepest.
					const z = Math.min(Math.floor(zoom), set.maxzoom);
					expect(z >= first && z <= last, `${range.tier} at zoom ${zoom}`).toBe(true);
				}
			}
		}
	});

	it('draws exactly one tier of land at each zoom, wherever on the globe', () => {
		const at = (zoom: number, tier: BasemapTier) => zoom >= rangeOf(tier).minzoom && zoom < rangeOf(tier).maxzoom;
		for (let zoom = 0; zoom < 24; zoom += 0.25) {
			expect([at(zoom, 'world-110m'), at(zoom, 'far-110m')].filter(Boolean), `outside, zoom ${zoom}`).toHaveLength(1);
			expect([at(zoom, 'world-110m'), at(zoom, 'near-50m')].filter(Boolean), `near, zoom ${zoom}`).toHaveLength(1);
			expect([at(zoom, 'world-110m'), at(zoom, 'inner-50m'), at(zoom, 'detail-10m')].filter(Boolean), `inside, zoom ${zoom}`).toHaveLength(1);
		}
	});

	it('bounds the 1:50m tiles to the region around the extent and the 1:10m tiles to the extent', () => {
		expect(plan.map((s) => [s.name, s.bounds])).toEqual([
			['110m', [-180, -85.0511287798066, 180, 85.0511287798066]],
			['50m', [60, -10, 180, 85.0511287798066]],
			['10m', [100, 20, 160, 62]]
		]);
	});

	it('lists the tiles MapLibre asks for within bounds: every tile touching them, and no other', () => {
		for (const z of [0, 3, 5, 7]) {
			const [west, north] = tileOf(100, 62, z);
			const [east, south] = tileOf(160 - 1e-9, 20 + 1e-9, z);
			expect(tileBlock(EXTENT, z)).toEqual({ z, minX: west, minY: north, maxX: east + 1, maxY: south + 1 });
		}
		// A bound on a tile's edge takes no tile beyond it: 0° is the edge of x = 2^(z-1).
		expect(tileBlock([-10, 0, 0, 10], 4)).toMatchObject({ minX: 7, maxX: 8, minY: 7, maxY: 8 });
	});

	it('knows which tiles it has', () => {
		const detail = plan[2]!;
		const [x, y] = tileOf(127, 41, 7);
		expect(hasTile(detail, 7, x, y)).toBe(true);
		expect(hasTile(detail, 8, x * 2, y * 2)).toBe(false);
		expect(hasTile(detail, 4, x >> 3, y >> 3)).toBe(false);
		expect(hasTile(detail, 7, ...tileOf(0, 0, 7))).toBe(false);
		expect(hasTile(detail, 7, x + 0.5, y)).toBe(false);
		expect(hasTile(plan[0]!, 3, 7, 7)).toBe(true);
		expect(hasTile(plan[0]!, 3, 8, 7)).toBe(false);
	});

	it('counts the tiles of the extent: a few hundred at the deepest zoom', () => {
		const count = (z: number) => {
			const b = tileBlocks(plan[2]!).find((block) => block.z === z)!;
			return (b.maxX - b.minX) * (b.maxY - b.minY);
		};
		expect([count(5), count(6), count(7)]).toEqual([49, 144, 484]);
	});

	it('cuts 1:10m tiles to zoom 7, or shallower for an extent so large that zoom 7 would take thousands of tiles', () => {
		expect(detailMaxZoom(EXTENT)).toBe(7);
		expect(detailMaxZoom([-20, 30, 40, 60])).toBe(7);
		expect(detailMaxZoom([-180, -60, 0, 80])).toBe(5);
		expect(detailMaxZoom([-180, -90, 180, 90])).toBe(5);
		expect(basemapPlan([-180, -90, 180, 90])[2]).toMatchObject({ minzoom: 5, maxzoom: 5 });
	});
});
