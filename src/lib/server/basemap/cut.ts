/**
 * Turns geographic GeoJSON geometries into ones MapLibre can draw without slivers: cut at the
 * antimeridian and at the prime meridian, so that no ring or line spans more than 180° of longitude.
 */
import { geoEquirectangular, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Geometry, Position } from 'geojson';

/** A longitude/latitude rectangle: [west, south, east, north]. */
export type Extent = readonly [number, number, number, number];

/** The two hemispheres every geometry is cut into. */
export const HEMISPHERES: readonly Extent[] = [
	[-180, -90, 0, 90],
	[0, -90, 180, 90]
];

/**
 * An identity-like projection (x = longitude, y = −latitude, in degrees) that clips at the
 * antimeridian (d3's default pre-clip) and then to `extent`. No resampling: vertices stay as given.
 */
function cutter(extent: Extent): GeoProjection {
	const [w, s, e, n] = extent;
	return geoEquirectangular()
		.scale(180 / Math.PI)
		.translate([0, 0])
		.precision(0)
		.clipExtent([
			[w, -n],
			[e, -s]
		]);
}

const round = (value: number, decimals: number): number => {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
};

/** Back from projected (x, −lat) to (lon, lat), rounded; drops consecutive duplicates. */
function unproject(line: Position[], decimals: number): Position[] {
	const out: Position[] = [];
	for (const [x, y] of line) {
		const p: Position = [round(x ?? 0, decimals), round(-(y ?? 0), decimals) + 0];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

/** Twice the signed planar area of a ring: positive when it runs counter-clockwise. */
export function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x1 = 0, y1 = 0] = ring[j]!;
		const [x2 = 0, y2 = 0] = ring[i]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum;
}

/**
 * Rings of a polygon, back to geographic and wound as RFC 7946 asks (exterior counter-clockwise,
 * holes clockwise), dropping those that rounding collapsed.
 */
function unprojectPolygon(rings: Position[][], decimals: number): Position[][] {
	return rings
		.map((r) => unproject(r, decimals))
		.filter((r) => r.length >= 4)
		.map((r, i) => ((signedArea(r) > 0) === (i === 0) ? r : r.slice().reverse()));
}

/**
 * Cuts `geometry` to `extent` (after the antimeridian cut) and rounds coordinates to `decimals`.
 * Input rings follow d3-geo's spherical convention, as TopoJSON gives them: an exterior ring runs
 * clockwise (its interior on the right); a counter-clockwise ring means all the globe outside it.
 * Returns polygons as a list of polygons and lines as a list of lines, or nothing if none is left.
 */
export function cutToExtent(
	geometry: Geometry,
	extent: Extent,
	decimals: number
): { polygons: Position[][][]; lines: Position[][] } {
	const projected = geoProject(geometry, cutter(extent)) as Geometry | null;
	const polygons: Position[][][] = [];
	const lines: Position[][] = [];
	if (!projected) return { polygons, lines };
	switch (projected.type) {
		case 'Polygon':
			polygons.push(unprojectPolygon(projected.coordinates, decimals));
			break;
		case 'MultiPolygon':
			for (const p of projected.coordinates) polygons.push(unprojectPolygon(p, decimals));
			break;
		case 'LineString':
			lines.push(unproject(projected.coordinates, decimals));
			break;
		case 'MultiLineString':
			for (const l of projected.coordinates) lines.push(unproject(l, decimals));
			break;
		default:
			throw new Error(`cutToExtent: unsupported geometry type ${projected.type}`);
	}
	return {
		polygons: polygons.filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4),
		lines: lines.filter((l) => l.length >= 2)
	};
}

/** Cuts `geometry` into pieces that each lie within one hemisphere and within one of `extents`. */
export function cutGeometry(
	geometry: Geometry,
	extents: readonly Extent[],
	decimals: number
): { polygons: Position[][][]; lines: Position[][] } {
	const polygons: Position[][][] = [];
	const lines: Position[][] = [];
	for (const extent of extents) {
		for (const hemisphere of HEMISPHERES) {
			const clipped = intersect(extent, hemisphere);
			if (!clipped) continue;
			const part = cutToExtent(geometry, clipped, decimals);
			polygons.push(...part.polygons);
			lines.push(...part.lines);
		}
	}
	return { polygons, lines };
}

/** The intersection of two extents, or null if they do not overlap in an area. */
export function intersect(a: Extent, b: Extent): Extent | null {
	const w = Math.max(a[0], b[0]);
	const s = Math.max(a[1], b[1]);
	const e = Math.min(a[2], b[2]);
	const n = Math.min(a[3], b[3]);
	return w < e && s < n ? [w, s, e, n] : null;
}

/** The widest span of longitudes among the rings or lines of a geometry (for tests and checks). */
export function maxLongitudeSpan(parts: Position[][]): number {
	let max = 0;
	for (const part of parts) {
		let lo = Infinity;
		let hi = -Infinity;
		for (const [x] of part) {
			lo = Math.min(lo, x ?? 0);
			hi = Math.max(hi, x ?? 0);
		}
		if (part.length) max = Math.max(max, hi - lo);
	}
	return max;
}
