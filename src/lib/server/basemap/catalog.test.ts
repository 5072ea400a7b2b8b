import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { basemapPlan, type BasemapTier } from '../../domain/basemapTiles';
import { maxLongitudeSpan, type Extent } from './cut';
import { buildNamedTier } from './catalog';

type Tier = FeatureCollection<Geometry, { kind: string }>;

/** The detailed region of the tiers below: the shipped atlas's extent (north-east Asia). */
const DETAIL: Extent = [100, 20, 160, 62];
const TIER_NAMES = basemapPlan(DETAIL).flatMap((set) => set.tiers.map((t) => t.tier));

// Each tier is built once, while the file loads, and shared by every test below: the 1:10m tier
// alone takes seconds (many more on a loaded machine), far too long to repeat inside each test.
const TIERS = new Map(TIER_NAMES.map((name) => [name, buildNamedTier(name, DETAIL) as Tier]));
const tier = (name: BasemapTier): Tier => TIERS.get(name)!;

/** Every ring of every polygon and every line of a tier's features. */
function parts(collection: Tier): Position[][] {
	return collection.features.flatMap(({ geometry: g }) => {
		switch (g.type) {
			case 'Polygon':
				return g.coordinates;
			case 'MultiPolygon':
				return g.coordinates.flat();
			case 'LineString':
				return [g.coordinates];
			case 'MultiLineString':
				return g.coordinates;
			default:
				return [];
		}
	});
}

describe('the basemap tiers built from Natural Earth', () => {
	it.each(TIER_NAMES)('%s: no ring or line spans more than 180° of longitude', (name) => {
		const all = parts(tier(name));
		expect(all.length).toBeGreaterThan(0);
		expect(maxLongitudeSpan(all)).toBeLessThanOrEqual(180);
	});

	it('the world tier has land on both sides of the antimeridian (Chukotka and Alaska)', () => {
		const rings = parts(tier('world-110m'));
		expect(rings.some((r) => r.some(([x, y]) => x === 180 && y! > 60))).toBe(true);
		expect(rings.some((r) => r.some(([x, y]) => x === -180 && y! > 60))).toBe(true);
	});

	it('an unknown tier name is an error', () => {
		expect(() => buildNamedTier('moon-10m', DETAIL)).toThrow('Unknown basemap tier "moon-10m"');
	});
});

describe('land and sea in every tier', () => {
	// Points well away from any coast: open sea, and inland plains.
	const SEA: [number, number][] = [[133, 38.5], [124, 35.5], [150, 30], [-150, 30], [0, 0], [73.5, 5]];
	const LAND: [number, number][] = [[125.5, 44.5], [127, 40.5], [105, 46], [138.8, 36.2], [-100, 40], [20, 0]];

	const landPolygonsOf = (name: BasemapTier) => tier(name).features.filter((f) => f.properties.kind === 'land').map((f) => f.geometry);
	const covered = (polygons: Geometry[], p: [number, number]) =>
		polygons.some((g) => (g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon(p, g));

	it.each(['world-110m', 'far-110m', 'near-50m', 'inner-50m', 'detail-10m'] as const)('%s: sea stays sea', (name) => {
		const land = landPolygonsOf(name);
		expect(land.length).toBeGreaterThan(0);
		for (const p of SEA) expect(covered(land, p), `sea point ${p}`).toBe(false);
	});

	it.each([
		['world-110m', LAND],
		['detail-10m', LAND.slice(0, 4)],
		['inner-50m', LAND.slice(0, 4)],
		['near-50m', [[80, 30]]],
		['far-110m', [[-100, 40], [20, 0]]]
	] as [BasemapTier, [number, number][]][])('%s: land is land', (name, points) => {
		const land = landPolygonsOf(name);
		for (const p of points) expect(covered(land, p), `land point ${p}`).toBe(true);
	});
});
