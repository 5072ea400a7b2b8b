/**
 * Turns a subject (a point, a region, a set of points) into a small static SVG map, drawn at build
 * time with d3-geo, so article pages show where things happened even with JavaScript off.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { MiniMap } from '../domain/miniMap';
import { readAtlas as readWorldAtlas } from './basemap/catalog';


let land: FeatureCollection | undefined;
function landOf(): FeatureCollection {
	if (!land) {
		const topology = readWorldAtlas('land-50m');
		land = feature(topology, topology.objects['land'] as GeometryCollection) as FeatureCollection;
	}
	return land;
}

/** A map of `width` × `height` pixels around the subject, with at least `minSpan` degrees shown. */
export function miniMap(
	subject: { areas?: (Polygon | MultiPolygon)[]; points?: { coordinates: [number, number]; label: string }[] },
	{ width = 480, height = 320, minSpan = 6 } = {}
): MiniMap {
	const areas = subject.areas ?? [];
	const points = subject.points ?? [];
	const shapes: Feature<Geometry>[] = [
		...areas.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g })),
		...points.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point', coordinates: p.coordinates } as Point }))
	];
	// Fit to the subject, then widen to at least minSpan degrees so a lone point keeps its context.
	const [[x0, y0], [x1, y1]] = geoPath().bounds({ type: 'FeatureCollection', features: shapes });
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const half = Math.max(minSpan, x1 - x0, (y1 - y0) * 1.3) / 2 + 0.5;
	const frame: Feature<Polygon> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates: [[[cx - half, cy - half / 1.3], [cx - half, cy + half / 1.3], [cx + half, cy + half / 1.3], [cx + half, cy - half / 1.3], [cx - half, cy - half / 1.3]]] }
	};
	const projection = geoMercator()
		.fitExtent([[8, 8], [width - 8, height - 8]], frame)
		.clipExtent([[0, 0], [width, height]]);
	const path = geoPath(projection).digits(1);
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		width,
		height,
		land: path(landOf()) ?? '',
		areas: areas.map((g) => path(g) ?? ''),
		points: points.flatMap(({ coordinates, label }) => {
			const p = projection(coordinates);
			return p ? [{ x: round(p[0]), y: round(p[1]), label }] : [];
		})
	};
}
