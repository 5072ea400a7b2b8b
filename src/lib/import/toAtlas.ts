/**
 * Turns a reader's imported records into an atlas, so that `compileAtlas` draws, lists and explains
 * them like any other: points become events, lines become lines, polygons become zones.
 */
import type { Atlas, AtlasEvent, AtlasLine, Derivation, Zone } from '../domain/atlas';
import type { ImportedRecord } from './types';

/** An imported layer as the atlas names it: its id (a slug) and the name the reader gave it. */
export interface LayerName {
	id: string;
	name: string;
}

/** A text that is its own slug: a large file's ids mostly are, and the test is far cheaper than the steps. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "battle-of-ligny" from "Battle of Ligny!": lower-case letters and digits joined by hyphens, accents dropped. */
export function slug(text: string): string {
	if (SLUG.test(text)) return text;
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.join('-');
}

/** The atlas ids of the records, in order: `${layer}-${record id}`, each unique (a repeat gains "-2", "-3"), all of the atlas's id form. */
export function featureIds(records: readonly ImportedRecord[], layerId: string): string[] {
	const prefix = slug(layerId) || 'layer';
	return recordKeys(records).map((key) => `${prefix}-${key}`);
}

/** Each record's key within its layer: its id as a slug (else its row), a repeated one gaining "-2", "-3"… */
export function recordKeys(records: readonly ImportedRecord[]): string[] {
	const taken = new Set<string>();
	return records.map((r) => {
		const base = slug(r.id) || `row-${r.row}`;
		let key = base;
		for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
		taken.add(key);
		return key;
	});
}

/** A shape's summary: its text, then its note on the dates (zones and lines have no note of their own). */
const withNote = (r: ImportedRecord): string => [r.text, r.dateNote].filter(Boolean).join(' ');

/**
 * The atlas of one imported layer. A feature's category is the file's, or the layer's name when the
 * file gives none, so the category filters act on its zones and lines as on its events. Events name
 * no places (an imported file has no gazetteer). A line or a zone with no end stands on from its
 * start, as standingDays reads it.
 */
export function toAtlas(records: readonly ImportedRecord[], layer: LayerName): Atlas {
	const atlas: Atlas = { events: [], places: [], frontlines: [], advances: [], zones: [], lines: [] };
	const derivation: Derivation = { method: `As drawn in ${layer.name}`, approximate: false };
	const ids = featureIds(records, layer.id);
	records.forEach((r, i) => {
		const id = ids[i]!;
		const g = r.geometry;
		if (g.type === 'Point') {
			const event: AtlasEvent = {
				id, title: r.title, when: r.when, category: r.category || layer.name, summary: r.text, tags: r.tags, places: [], sources: r.sources, geometry: g,
				...(r.dateNote ? { dateNote: r.dateNote } : {})
			};
			atlas.events.push(event);
		} else if (g.type === 'LineString' || g.type === 'MultiLineString') {
			const line: AtlasLine = { id, name: r.title, when: r.when, summary: withNote(r), sources: r.sources, derivation, geometry: g, category: r.category || layer.name };
			atlas.lines.push(line);
		} else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
			const zone: Zone = { id, name: r.title, kind: 'area', when: r.when, summary: withNote(r), sources: r.sources, derivation, geometry: g, category: r.category || layer.name };
			atlas.zones.push(zone);
		}
	});
	return atlas;
}
