import { describe, expect, it } from 'vitest';
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { tileZooms, type BasemapTier, type Bounds, type TileSet } from '../../domain/basemapTiles';
import { basemapTiles, TILE_EXTENT, type TileAddress } from './tiles';

/** The detailed region of the tiles below: the shipped atlas's extent (north-east Asia). */
const DETAIL: Bounds = [100, 20, 160, 62];

// Cut once while the file loads and shared by every test: the 1:10m tier alone takes seconds.
const tiles = basemapTiles(DETAIL);
const decoded = new Map(tiles.addresses().map((a) => [key(a), new VectorTile(new PbfReader(tiles.bytes(a)!))]));

function key({ set, z, x, y }: TileAddress): string {
	return `${set}/${z}/${x}/${y}`;
}

const setNamed = (name: string): TileSet => tiles.plan.find((s) => s.name === name)!;
const setOf = (tier: BasemapTier): TileSet => tiles.plan.find((s) => s.tiers.some((t) => t.tier === tier))!;
const zoomsOf = (tier: BasemapTier): [number, number] => {
	const set = setOf(tier);
	return tileZooms(set, set.tiers.find((t) => t.tier === tier)!);
};

/** A point's tile at zoom `z` and its position inside it, in tile units. */
function locate(lon: number, lat: number, z: number) {
	const n = 2 ** z;
	const mx = ((lon + 180) / 360) * n;
	const my = ((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * n;
	const x = Math.floor(mx);
	const y = Math.floor(my);
	return { x, y, px: (mx - x) * TILE_EXTENT, py: (my - y) * TILE_EXTENT };
}

/** Whether (px, py) is inside the rings of a polygon feature (even-odd: holes are outside). */
function inside(rings: { x: number; y: number }[][], px: number, py: number): boolean {
	let within = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i]!;
			const b = ring[j]!;
			if (a.y > py !== b.y > py && px < ((b.x - a.x) * (py - a.y)) / (b.y - a.y) + a.x) within = !within;
		}
	}
	return within;
}

/** Whether a layer's land covers (px, py). */
function landAt(layer: VectorTileLayer | undefined, px: number, py: number): boolean {
	if (!layer) return false;
	for (let i = 0; i < layer.length; i++) {
		const f = layer.feature(i);
		if (f.properties['kind'] === 'land' && inside(f.loadGeometry(), px, py)) return true;
	}
	return false;
}

describe('the basemap tiles', () => {
	it('holds in every tile only the tiers the plan puts at its zoom', () => {
		for (const a of tiles.addresses()) {
			const set = setNamed(a.set);
			const allowed = set.tiers.filter((t) => {
				const [first, last] = tileZooms(set, t);
				return a.z >= first && a.z <= last;
			});
			for (const name of Object.keys(decoded.get(key(a))!.layers)) expect(allowed.map((t) => t.tier), key(a)).toContain(name);
		}
	});

	it('has something in every tile of the 1:110m set (the graticule crosses each)', () => {
		const empty = tiles.addresses().filter((a) => a.set === '110m' && tiles.bytes(a)!.length === 0);
		expect(empty).toEqual([]);
	});

	it('has no tile outside the plan', () => {
		const [x, y] = [locate(127, 41, 7).x, locate(127, 41, 7).y];
		expect(tiles.bytes({ set: '10m', z: 7, x, y })).not.toBeNull();
		expect(tiles.bytes({ set: '10m', z: 8, x: x * 2, y: y * 2 })).toBeNull();
		expect(tiles.bytes({ set: '10m', z: 7, ...locate(0, 0, 7) })).toBeNull();
		expect(tiles.bytes({ set: '1m', z: 7, x, y })).toBeNull();
	});

	// Points well away from any coast: open sea (two at Fiji's latitude, where a sliver of its islands
	// across the antimeridian would lie), and inland plains.
	const SEA: [number, number][] = [[133, 38.5], [124, 35.5], [150, 30], [-150, 30], [0, 0], [73.5, 5], [-150, -17.5], [-10, -17.5]];
	const LAND: [number, number][] = [[125.5, 44.5], [127, 40.5], [105, 46], [138.8, 36.2], [-100, 40], [20, 0], [80, 30]];
	const within = ([w, s, e, n]: readonly number[], [lon, lat]: [number, number]) => lon > w! && lon < e! && lat > s! && lat < n!;
	/** Where each tier has data: the region its tiles hold. */
	const REGIONS: Record<Exclude<BasemapTier, 'graticule'>, (p: [number, number]) => boolean> = {
		'world-110m': () => true,
		'far-110m': (p) => !within(setNamed('50m').bounds, p),
		'near-50m': (p) => within(setNamed('50m').bounds, p) && !within(DETAIL, p),
		'inner-50m': (p) => within(DETAIL, p),
		'detail-10m': (p) => within(DETAIL, p)
	};

	it.each(Object.keys(REGIONS) as (keyof typeof REGIONS)[])('%s: land is land and sea is sea at every zoom of its tiles', (tier) => {
		const set = setOf(tier);
		const [first, last] = zoomsOf(tier);
		const cases = [...LAND.map((p) => [p, true] as const), ...SEA.map((p) => [p, false] as const)].filter(([p]) => REGIONS[tier](p));
		expect(cases.length).toBeGreaterThan(1);
		for (let z = first; z <= last; z++) {
			for (const [[lon, lat], land] of cases) {
				const { x, y, px, py } = locate(lon, lat, z);
				const tile = decoded.get(key({ set: set.name, z, x, y }));
				expect(tile, `${tier} tile of ${lon},${lat} at ${z}`).toBeDefined();
				expect(landAt(tile!.layers[tier], px, py), `${tier} at ${lon},${lat}, zoom ${z}`).toBe(land);
			}
		}
	});

	it('keeps the antimeridian and prime-meridian cuts: no ring or line of the world spans more than half of it', () => {
		const world = decoded.get('110m/0/0/0')!;
		expect(Object.keys(world.layers).sort()).toEqual(['graticule', 'world-110m']);
		for (const layer of Object.values(world.layers)) {
			for (let i = 0; i < layer.length; i++) {
				for (const part of layer.feature(i).loadGeometry()) {
					const xs = part.map((p) => p.x);
					expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(TILE_EXTENT / 2);
				}
			}
		}
	});

	it('draws the land on both sides of the antimeridian (Chukotka)', () => {
		for (const lon of [178, -178]) {
			const { x, y, px, py } = locate(lon, 67, 2);
			expect(landAt(decoded.get(key({ set: '110m', z: 2, x, y }))!.layers['world-110m'], px, py), `${lon}`).toBe(true);
		}
	});

	it('leaves a tile empty only at sea: the tile above it has neither land over it nor a vertex inside it', () => {
		let empties = 0;
		for (const a of tiles.addresses()) {
			const set = setNamed(a.set);
			if (a.z === set.minzoom || Object.keys(decoded.get(key(a))!.layers).length > 0) continue;
			empties++;
			const parent = decoded.get(key({ set: a.set, z: a.z - 1, x: a.x >> 1, y: a.y >> 1 }))!;
			// The tile's square in its parent's units, one unit in from its edges.
			const half = TILE_EXTENT / 2;
			const [x0, y0] = [(a.x & 1) * half, (a.y & 1) * half];
			for (const [name, layer] of Object.entries(parent.layers)) {
				const [, last] = zoomsOf(name as BasemapTier);
				if (last < a.z) continue;
				expect(landAt(layer, x0 + half / 2, y0 + half / 2), `${key(a)}: land in ${name}`).toBe(false);
				for (let i = 0; i < layer.length; i++) {
					const points = layer.feature(i).loadGeometry().flat();
					expect(points.some((p) => p.x > x0 + 1 && p.x < x0 + half - 1 && p.y > y0 + 1 && p.y < y0 + half - 1), `${key(a)}: ${name}`).toBe(false);
				}
			}
		}
		expect(empties).toBeGreaterThan(0);
	});
});
