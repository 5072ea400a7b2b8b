/**
 * Types for the npm package `geojson` 0.5.0, which ships none. It is imported by its file path
 * because the bare name `geojson` belongs to the RFC 7946 types (@types/geojson) the project uses.
 */
declare module 'geojson/geojson.js' {
	/** A geometry attribute: one name (its value holds the coordinates) or a [latitude, longitude] pair of names. */
	type GeometryOption = string | [string, string];

	/** What `parse` reads; it moves the geometry options into a `geom` key, so an object serves once. */
	export interface ParseOptions {
		Point?: GeometryOption;
		MultiPoint?: string;
		LineString?: string;
		MultiLineString?: string;
		Polygon?: string;
		MultiPolygon?: string;
		/** The name of an attribute that already holds a GeoJSON geometry. */
		GeoJSON?: string;
		include?: string[];
		exclude?: string[];
		extra?: Record<string, unknown>;
		extraGlobal?: Record<string, unknown>;
		doThrows?: { invalidGeometry?: boolean };
	}

	interface GeoJSONPackage {
		version: string;
		/** Shared by every call: options a caller leaves out are taken from here. */
		defaults: ParseOptions;
		parse(objects: object[], options: ParseOptions): import('geojson').FeatureCollection;
		parse(object: object, options: ParseOptions): import('geojson').Feature;
	}

	const GeoJSON: GeoJSONPackage;
	export default GeoJSON;
}
