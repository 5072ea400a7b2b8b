import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { cutGeometry, intersect, maxLongitudeSpan, signedArea } from './cut';
import { buildNamedTier, TIER_NAMES } from './catalog';
import { booleanPointInPolygon } from '@turf/turf';
import { bandsAround } from './tiers';

const WORLD = [[-180, -90, 180, 90]] as const;

/** Every ring of every polygon and every line of a tier's features. */
function parts(collection: object): Position[][] {
	const features = (collection as { features: { geometry: Geometry }[] }).features;
	return features.flatMap(({ geometry: g }) => {
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

describe('the antimeridian cut', () => {
	it('splits a polygon that crosses the antimeridian into pieces on each side', () => {
		// A square from 170°E to 170°W, wound clockwise as TopoJSON gives it (longitudes jump at 180).
		const square: Geometry = {
			type: 'Polygon',
			coordinates: [[[170, 60], [170, 65], [-170, 65], [-170, 60], [170, 60]]]
		};
		const { polygons } = cutGeometry(square, WORLD, 4);
		expect(polygons).toHaveLength(2);
		const spans = polygons.map((p) => maxLongitudeSpan(p));
		expect(spans.every((s) => s <= 10 + 1e-9)).toBe(true);
		const wests = polygons.map((p) => Math.min(...p[0]!.map(([x]) => x!))).sort((a, b) => a - b);
		expect(wests).toEqual([-180, 170]);
	});

	it('splits a line that crosses the antimeridian', () => {
		const line: Geometry = { type: 'LineString', coordinates: [[175, 50], [-175, 52]] };
		const { lines } = cutGeometry(line, WORLD, 4);
		expect(lines).toHaveLength(2);
		expect(maxLongitudeSpan(lines)).toBeLessThanOrEqual(5 + 1e-9);
	});

	it('cuts a ring around the pole (like Antarctica) at both meridians', () => {
		// Running east along 70°S, the interior (on the right) is the cap around the South Pole.
		const cap: Geometry = {
			type: 'Polygon',
			coordinates: [[[-180, -70], [-90, -70], [0, -70], [90, -70], [180, -70]]]
		};
		const { polygons } = cutGeometry(cap, WORLD, 4);
		expect(polygons.length).toBe(2);
		expect(maxLongitudeSpan(polygons.flat())).toBeLessThanOrEqual(180);
		expect(Math.max(...polygons.flat(2).map(([, y]) => y!))).toBe(-70);
	});

	it('leaves a polygon far from both meridians whole', () => {
		const korea: Geometry = { type: 'Polygon', coordinates: [[[125, 34], [125, 43], [130, 43], [130, 34], [125, 34]]] };
		const { polygons } = cutGeometry(korea, WORLD, 4);
		expect(polygons).toHaveLength(1);
		expect(maxLongitudeSpan(polygons[0]!)).toBe(5);
		// Out in RFC 7946 order: the exterior ring counter-clockwise.
		expect(signedArea(polygons[0]![0]!)).toBeGreaterThan(0);
	});

	it('clips to a smaller extent', () => {
		expect(intersect([100, 20, 160, 62], [0, -90, 180, 90])).toEqual([100, 20, 160, 62]);
		expect(intersect([100, 20, 160, 62], [-180, -90, 0, 90])).toBeNull();
	});

	it('describes the outside of a region as bands that do not overlap it', () => {
		const bands = bandsAround([-180, -90, 180, 90], [100, 20, 160, 62]);
		expect(bands).toHaveLength(4);
		for (const b of bands) expect(intersect(b, [100, 20, 160, 62])).toBeNull();
	});
});

describe('the basemap tiers built from Natural Earth', () => {
	it.each(TIER_NAMES)('%s: no ring or line spans more than 180° of longitude', (name) => {
		const all = parts(buildNamedTier(name));
		expect(all.length).toBeGreaterThan(0);
		expect(maxLongitudeSpan(all)).toBeLessThanOrEqual(180);
	});

	it('the world tier has land on both sides of the antimeridian (Chukotka and Alaska)', () => {
		const rings = parts(buildNamedTier('world-110m'));
		expect(rings.some((r) => r.some(([x, y]) => x === 180 && y! > 60))).toBe(true);
		expect(rings.some((r) => r.some(([x, y]) => x === -180 && y! > 60))).toBe(true);
	});
});

describe('land and sea in every tier', () => {
	// Points well away from any coast: open sea, and inland plains.
	const SEA: [number, number][] = [[133, 38.5], [124, 35.5], [150, 30], [-150, 30], [0, 0], [73.5, 5]];
	const LAND: [number, number][] = [[125.5, 44.5], [127, 40.5], [105, 46], [138.8, 36.2], [-100, 40], [20, 0]];

	function landPolygonsOf(name: string) {
		const features = (buildNamedTier(name) as { features: { geometry: Geometry; properties: { kind: string } }[] }).features;
		return features.filter((f) => f.properties.kind === 'land').map((f) => f.geometry);
	}
	const covered = (polygons: Geometry[], p: [number, number]) =>
		polygons.some((g) => (g.type === 'Polygon' || g.type === 'MultiPolygon') && booleanPointInPolygon(p, g));

	it.each(['world-110m', 'far-110m', 'near-50m', 'inner-50m', 'detail-10m'])('%s: sea stays sea', (name) => {
		const land = landPolygonsOf(name);
		for (const p of SEA) expect(covered(land, p), `sea point ${p}`).toBe(false);
	});

	it.each([
		['world-110m', LAND],
		['detail-10m', LAND.slice(0, 4)],
		['inner-50m', LAND.slice(0, 4)],
		['near-50m', [[80, 30]] as [number, number][]],
		['far-110m', [[-100, 40], [20, 0]] as [number, number][]]
	])('%s: land is land', (name, points) => {
		const land = landPolygonsOf(name);
		for (const p of points) expect(covered(land, p), `land point ${p}`).toBe(true);
	});
});
