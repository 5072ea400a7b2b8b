import { describe, expect, it } from 'vitest';
import { compileAtlas } from '../domain/compile';
import { readGeoJson } from './geojsonInput';
import { slug, toAtlas } from './toAtlas';

const source = { title: 'An account', url: 'https://example.org/account' };
const ring = [[4, 50], [5, 50], [5, 51], [4, 51], [4, 50]];
const file = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'Ligny!',
			properties: { title: 'Ligny', start: '1815-06-16', summary: 'A battle.', category: 'battle', tags: ['#Ligny'], sources: [source] },
			geometry: { type: 'Point', coordinates: [4.57, 50.52] }
		},
		{ type: 'Feature', id: 'ligny', properties: { title: 'Quatre Bras', start: '1815-06-16', end: '1815-06-17' }, geometry: { type: 'Point', coordinates: [4.45, 50.57] } },
		{ type: 'Feature', properties: { name: 'A road', start_date: '1815', end_date: '1816' }, geometry: { type: 'LineString', coordinates: [[4, 50], [5, 51]] } },
		{ type: 'Feature', properties: { name: 'A province', start_date: '1815-06', sources: [source] }, geometry: { type: 'Polygon', coordinates: [ring] } },
		{ type: 'Feature', properties: { name: 'A canal', start: '1820/..', summary: 'Dug.' }, geometry: { type: 'MultiLineString', coordinates: [[[4, 50], [5, 50]]] } }
	]
};
const records = readGeoJson(file, 'campaign.geojson').records;
const atlas = toAtlas(records, { id: 'My Campaign', name: 'My campaign' });

describe('toAtlas', () => {
	it('makes events of points, lines of lines and zones of polygons', () => {
		expect(records).toHaveLength(5);
		expect(atlas.events.map((e) => e.title)).toEqual(['Ligny', 'Quatre Bras']);
		expect(atlas.lines.map((l) => l.name)).toEqual(['A road', 'A canal']);
		expect(atlas.zones.map((z) => [z.name, z.kind])).toEqual([['A province', 'area']]);
		expect([atlas.places, atlas.frontlines, atlas.advances]).toEqual([[], [], []]);
	});

	it('gives every feature a unique id of the atlas form, prefixed by the layer', () => {
		const ids = [...atlas.events, ...atlas.lines, ...atlas.zones].map((f) => f.id);
		expect(ids).toEqual(['my-campaign-ligny', 'my-campaign-ligny-2', 'my-campaign-3', 'my-campaign-5', 'my-campaign-4']);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('keeps what the file says, names no places, and falls back to the layer name as category', () => {
		expect(atlas.events[0]).toMatchObject({ summary: 'A battle.', category: 'battle', tags: ['#Ligny'], places: [], sources: [source] });
		expect(atlas.events[1]).toMatchObject({ summary: '', category: 'My campaign', tags: [], sources: [] });
		expect(atlas.zones[0]!.derivation).toEqual({ method: 'As drawn in My campaign', approximate: false });
	});

	it('puts lines and zones in a category as events, so the category filters act on them', () => {
		expect([...atlas.lines, ...atlas.zones].map((f) => f.category)).toEqual(['My campaign', 'My campaign', 'My campaign']);
	});
});

describe('compileAtlas(toAtlas(...))', () => {
	const compiled = compileAtlas(atlas);
	const byLabel = (label: string) => compiled.features.find((f) => f.label === label)!;

	it('compiles events with no places: labels, days, dates in words and sources', () => {
		const ligny = byLabel('Ligny');
		expect(ligny).toMatchObject({ kind: 'event', place: '', when: '16 June 1815', hold: true });
		expect(ligny.to! - ligny.from!).toBe(1);
		expect(ligny.detail.sources).toEqual([source]);
		expect(ligny.detail.kindLine).toBe('Event · battle');
		expect(byLabel('Quatre Bras').detail.when).toBe('16–17 June 1815');
	});

	it('draws a zone with no end from its start on, and a line with an open end with its note', () => {
		const province = byLabel('A province');
		expect(province.kind).toBe('zone');
		expect(province.detail.when).toBe('from June 1815');
		expect(province.detail.notes).toEqual([{ label: 'Shape', text: 'As drawn in My campaign.' }]);
		const canal = byLabel('A canal');
		expect(canal.detail.when).toBe('from 1820');
		expect(canal.detail.summary).toBe('Dug. The file leaves its end open: it goes on.');
		expect(byLabel('A road').detail.when).toBe('1815 to 1816');
	});
});

describe('slug', () => {
	it.each([
		['Battle of Ligny!', 'battle-of-ligny'],
		['Île-de-France', 'ile-de-france'],
		['http://mygaz.org/places/p_12345', 'http-mygaz-org-places-p-12345'],
		['???', ''],
		// Texts that look close to a slug but are not one are still made into one.
		['row-12', 'row-12'],
		['a--b', 'a-b'],
		['-a-', 'a'],
		['A-b', 'a-b'],
		['a_b', 'a-b']
	])('%j is %j', (text, expected) => expect(slug(text)).toBe(expected));
});
