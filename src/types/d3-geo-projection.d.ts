// d3-geo-projection ships no types; this declares the one function the basemap build uses.
declare module 'd3-geo-projection' {
	import type { GeoProjection } from 'd3-geo';
	/** Projects a GeoJSON object through `projection`, clipping as the projection clips. */
	export function geoProject(object: unknown, projection: GeoProjection): unknown;
}
