/**
 * Turns checked rows (a latitude and longitude, or a GeoJSON geometry) into a FeatureCollection through
 * the npm package `geojson`, the one module that calls it. The package puts an empty latitude on null
 * island, turns "abc" into NaN, leaves a missing field as an empty geometry and rewrites its options
 * object, so rows are checked before they reach it, each call gets fresh options, and its output is checked.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import GeoJSONPackage, { type ParseOptions } from 'geojson/geojson.js';

/** A row already read and checked: a point's latitude and longitude, or a geometry; and its properties. */
export type AdapterRow<P> = { properties: P } & ({ lat: number; lon: number } | { geometry: Geometry });

// Attribute names the package reads coordinates from; a property may not use them.
const LAT = '\u0000lat';
const LON = '\u0000lon';
const GEOMETRY = '\u0000geometry';

/** Fresh every call: the package deletes the geometry options from the object it is given. */
const options = (): ParseOptions => ({ Point: [LAT, LON], GeoJSON: GEOMETRY });

/** The object the package reads for one row; throws on a row that was not checked first. */
function packageItem<P>(row: AdapterRow<P>, index: number): Record<string, unknown> {
	const item: Record<string, unknown> = {};
	for (const key in row.properties) {
		if (key === LAT || key === LON || key === GEOMETRY) throw new Error(`geojsonAdapter: row ${index} uses a reserved property name`);
		item[key] = row.properties[key];
	}
	if ('geometry' in row) {
		item[GEOMETRY] = row.geometry;
	} else if (Number.isFinite(row.lat) && Number.isFinite(row.lon)) {
		item[LAT] = row.lat;
		item[LON] = row.lon;
	} else {
		throw new Error(`geojsonAdapter: row ${index} has a non-finite coordinate (${String(row.lat)}, ${String(row.lon)}); check rows before converting them`);
	}
	return item;
}

const drawable = (feature: Feature): boolean => typeof feature.geometry?.type === 'string' && ('coordinates' in feature.geometry || 'geometries' in feature.geometry);

/** The rows as GeoJSON Features, in their order, each with the row's properties. */
export function rowsToFeatureCollection<P>(rows: readonly AdapterRow<P>[]): FeatureCollection<Geometry, P> {
	const collection = GeoJSONPackage.parse(rows.map(packageItem), options());
	if (collection.features.length !== rows.length) throw new Error(`geojsonAdapter: ${rows.length} rows gave ${collection.features.length} features`);
	const index = collection.features.findIndex((feature) => !drawable(feature));
	if (index >= 0) throw new Error(`geojsonAdapter: the package gave row ${index} no geometry`);
	return collection as FeatureCollection<Geometry, P>;
}
