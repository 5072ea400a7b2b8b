/**
 * Turns a table's geometry cell, WKT ("POINT (4.4 50.7)", through betterknown) or GeoJSON geometry
 * text, into a checked GeoJSON geometry the map can draw, or says why it cannot be one.
 */
import { wktToGeoJSON } from 'betterknown';
import type { Geometry } from 'geojson';
import { shorten } from './cells';
import { readGeometry } from './geojsonInput';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** GeoJSON geometry text, or why it is not one. */
function readGeoJsonText(cell: string): Geometry | string {
	let value: unknown;
	try {
		value = JSON.parse(cell);
	} catch (error) {
		return `GeoJSON geometry "${shorten(cell)}" cannot be read: ${messageOf(error)}`;
	}
	const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
	if (typeof type !== 'string') return `GeoJSON text "${shorten(cell)}" is not a geometry: it has no "type"`;
	return readGeometry(type === 'Feature' ? (value as { geometry?: unknown }).geometry : value);
}

/** Well-known text, or why it is not a geometry the map can draw. */
function readWkt(cell: string): Geometry | string {
	let parsed: Geometry | null;
	try {
		parsed = wktToGeoJSON(cell);
	} catch (error) {
		return `WKT "${shorten(cell)}" cannot be read: ${messageOf(error)}`;
	}
	if (parsed === null) return `WKT "${shorten(cell)}" is an empty geometry: the map has nothing to draw`;
	// betterknown reads a word where a number should be ("POINT (abc 50)") as NaN rather than failing.
	if (JSON.stringify(parsed).includes('null')) return `WKT "${shorten(cell)}" cannot be read: a coordinate is not a number`;
	const geometry = readGeometry(parsed);
	return typeof geometry === 'string' ? `WKT "${shorten(cell)}": ${geometry}` : geometry;
}

/** A geometry cell (WKT, or GeoJSON text when it starts with "{") as a checked geometry, or why it is not one. */
export function readGeometryCell(cell: string): Geometry | string {
	if (cell === '') return 'geometry is empty';
	return cell.startsWith('{') ? readGeoJsonText(cell) : readWkt(cell);
}
