import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { cutGeometry, intersect, maxLongitudeSpan, signedArea } from './cut';
import { bandsAround } from './tiers';

const WORLD = [[-180, -90, 180, 90]] as const;

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
