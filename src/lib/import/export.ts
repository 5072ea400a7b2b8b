/**
 * Turns a layer's records back into a file a reader can keep or open elsewhere: GeoJSON with the dates
 * as the file wrote them, or CSV with one row per record (a point's latitude and longitude, a WKT
 * geometry for a line or a polygon). Reading either back gives the same records.
 */
import { geoJSONToWkt } from 'betterknown';
import type { Feature, FeatureCollection } from 'geojson';
import Papa from 'papaparse';
import type { ImportedRecord } from './types';

/** The columns of an exported CSV, in order: what the table reader understands. */
export const CSV_COLUMNS = ['id', 'title', 'description', 'category', 'tags', 'start', 'end', 'lat', 'lon', 'wkt', 'source'] as const;

/**
 * A FeatureCollection named `name`: each record with its id, title, description, category, tags,
 * sources ({ title, url }), `start` and `end` as written in the file it came from, and its note on the
 * dates. Empty fields are left out.
 */
export function toGeoJsonText(records: readonly ImportedRecord[], name: string): string {
	const features = records.map(
		(r): Feature => ({
			type: 'Feature',
			id: r.id,
			properties: {
				id: r.id,
				title: r.title,
				...(r.text ? { description: r.text } : {}),
				...(r.category ? { category: r.category } : {}),
				...(r.tags.length ? { tags: r.tags } : {}),
				...(r.sources.length ? { sources: r.sources } : {}),
				start: r.written.start,
				...(r.written.end !== null ? { end: r.written.end } : {}),
				...(r.dateNote ? { dateNote: r.dateNote } : {})
			},
			geometry: r.geometry
		})
	);
	const collection: FeatureCollection & { name: string } = { type: 'FeatureCollection', name, features };
	return `${JSON.stringify(collection, null, '\t')}\n`;
}

/** CSV with a header of {@link CSV_COLUMNS}: tags and source addresses separated by spaces, dates as written. */
export function toCsvText(records: readonly ImportedRecord[]): string {
	const data = records.map((r) => {
		const g = r.geometry;
		const [lon, lat] = g.type === 'Point' ? g.coordinates.map(String) : ['', ''];
		const wkt = g.type === 'Point' ? '' : geoJSONToWkt(g);
		const urls = r.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' ');
		return [r.id, r.title, r.text, r.category, r.tags.join(' '), r.written.start, r.written.end ?? '', lat, lon, wkt, urls];
	});
	return `${Papa.unparse({ fields: [...CSV_COLUMNS], data })}\n`;
}
