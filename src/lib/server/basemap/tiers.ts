/**
 * Turns Natural Earth TopoJSON (world-atlas) into the basemap's GeoJSON tiers: coarse data for the
 * whole globe at small zooms, and 1:10m detail for the region the atlas is about.
 */
import { mesh, feature } from 'topojson-client';
import { geoArea, geoGraticule } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutGeometry, type Extent } from './cut';

export const WORLD_EXTENT: Extent = [-180, -90, 180, 90];
export const WORLD: readonly Extent[] = [WORLD_EXTENT];

/** The part of `outer` that is not in `inner`, as up to four bands (south, north, west, east). */
export function bandsAround(outer: Extent, inner: Extent): Extent[] {
	const [w, s, e, n] = outer;
	const [iw, is, ie, inn] = inner;
	const bands: Extent[] = [
		[w, s, e, is],
		[w, inn, e, n],
		[w, is, iw, inn],
		[ie, is, e, inn]
	];
	return bands.filter(([bw, bs, be, bn]) => bw < be && bs < bn);
}

/** What a basemap feature is: the `kind` property that style layers filter on. */
export type BasemapKind = 'land' | 'coast' | 'border';

/** The TopoJSON files a tier is built from. */
export interface TierInput {
	/** world-atlas `land-*.json` (object `land`). */
	land: Topology;
	/** world-atlas `countries-*.json` (object `countries`). */
	countries: Topology;
}

type Collection = FeatureCollection<Geometry, { kind: BasemapKind }>;

function toFeatures(
	kind: BasemapKind,
	geometry: Geometry,
	extents: readonly Extent[],
	decimals: number
): Feature<Geometry, { kind: BasemapKind }>[] {
	const { polygons, lines } = cutGeometry(geometry, extents, decimals);
	const properties = { kind };
	return [
		...polygons.map((coordinates) => ({
			type: 'Feature' as const,
			properties,
			geometry: { type: 'Polygon' as const, coordinates }
		})),
		...lines.map((coordinates) => ({
			type: 'Feature' as const,
			properties,
			geometry: { type: 'LineString' as const, coordinates }
		}))
	];
}

/**
 * The polygons of a land geometry, each wound so that d3 reads it as the land and not as the rest of
 * the globe: quantization leaves some tiny 1:10m islands (the Maldives) with their winding flipped,
 * which would otherwise flood the whole map with land.
 */
export function landPolygons(geometry: Geometry): Polygon[] {
	const list =
		geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	return list.map((rings) => {
		const polygon: Polygon = { type: 'Polygon', coordinates: rings };
		if (geoArea(polygon) <= 2 * Math.PI) return polygon;
		return { type: 'Polygon', coordinates: rings.map((r) => r.slice().reverse()) };
	});
}

/**
 * Builds one tier: land polygons, coastlines and (modern, anachronistic, drawn faintly) borders
 * between countries, each cut at the antimeridian and the prime meridian and clipped to `extents`.
 */
export function buildTier(input: TierInput, extents: readonly Extent[], decimals: number): Collection {
	const landObject = input.land.objects['land'] as GeometryCollection | undefined;
	const countriesObject = input.countries.objects['countries'] as GeometryCollection | undefined;
	if (!landObject || !countriesObject) throw new Error('buildTier: world-atlas objects missing');
	const land = feature(input.land, landObject);
	const landGeometries = land.features.map((f) => f.geometry);
	const coast = mesh(input.land, landObject);
	const borders = mesh(input.countries, countriesObject, (a, b) => a !== b);
	return {
		type: 'FeatureCollection',
		features: [
			...landGeometries.flatMap(landPolygons).flatMap((g) => toFeatures('land', g, extents, decimals)),
			...toFeatures('coast', coast, extents, decimals),
			...toFeatures('border', borders, extents, decimals)
		]
	};
}

/** A graticule every `step` degrees, as lines cut at the hemispheres like the rest of the basemap. */
export function buildGraticule(step: number): FeatureCollection<MultiLineString, { kind: 'graticule' }> {
	const lines = geoGraticule()
		.step([step, step])
		.extentMajor([
			[-180, -80 - 1e-9],
			[180, 80 + 1e-9]
		])
		.lines();
	const coordinates: Position[][] = lines.flatMap((l) => cutGeometry(l, WORLD, 3).lines);
	return {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: { kind: 'graticule' }, geometry: { type: 'MultiLineString', coordinates } }]
	};
}
