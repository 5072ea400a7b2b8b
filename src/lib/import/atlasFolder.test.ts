import { describe, expect, it } from 'vitest';
import { decodeAtlasFolder } from '../data/decode';
import { titleFromFileName, toAtlasFolder } from './atlasFolder';
import { readGeoJson } from './geojsonInput';

const sources = [{ title: 'An account', url: 'https://example.org/account' }];
const point = { type: 'Point', coordinates: [4.4, 50.7] };
const ring = [[4, 50], [5, 50], [5, 51], [4, 51], [4, 50]];
const file = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', id: 'ligny', properties: { title: 'Ligny', start: '1815-06-16', summary: 'A battle.', category: 'battle', tags: ['#Ligny'], sources }, geometry: point },
		{ type: 'Feature', properties: { title: 'Untagged', start: '1815-06', sources }, geometry: point },
		{ type: 'Feature', properties: { title: 'Unsourced', start: '1815' }, geometry: point },
		{ type: 'Feature', properties: { title: 'Linked', start: '1815', summary: 'See https://example.org/more.', sources }, geometry: point },
		{ type: 'Feature', properties: { name: 'A province', start_date: '1815-06', description: 'A province.', sources }, geometry: { type: 'Polygon', coordinates: [ring] } },
		{ type: 'Feature', properties: { name: 'A road', start_date: '1815', sources }, geometry: { type: 'LineString', coordinates: [[4, 50], [5, 51]] } },
		{ type: 'Feature', properties: { title: 'Open', start: '1820/..', sources }, geometry: point }
	]
};
const { records } = readGeoJson(file, 'campaign.geojson');
const folder = toAtlasFolder(records, 'data/my_campaign.geojson', 7);
const decode = (files: Record<string, string>) =>
	decodeAtlasFolder({ manifest: files['atlas.json'], features: { events: files['events.geojson'], lines: files['lines.geojson'], zones: files['zones.geojson'] } });

describe('toAtlasFolder', () => {
	it('writes files that decode with no problem', () => {
		expect(Object.keys(folder.files)).toEqual(['atlas.json', 'events.geojson', 'zones.geojson']);
		const { atlas, problems } = decode(folder.files);
		expect(problems).toEqual([]);
		expect(atlas.events.map((e) => e.id)).toEqual(['my-campaign-ligny', 'my-campaign-2', 'my-campaign-7']);
		expect(atlas.zones.map((z) => z.name)).toEqual(['A province']);
		expect(folder.written).toEqual({ events: 3, lines: 0, zones: 1 });
	});

	it('writes the atlas own event properties, sources with a kind, and dates the atlas can read', () => {
		const events = JSON.parse(folder.files['events.geojson']!).features;
		expect(events[0]).toEqual({
			type: 'Feature',
			id: 'my-campaign-ligny',
			properties: { title: 'Ligny', start: '1815-06-16', category: 'battle', summary: 'A battle.', tags: ['#Ligny'], sources: [{ ...sources[0], kind: 'web' }] },
			geometry: point
		});
		expect(events[1].properties.tags).toEqual(['#MyCampaign']);
		expect(events[1].properties.category).toBe('My campaign');
		expect(events[2].properties).toMatchObject({ start: '1820', dateNote: 'The file leaves its end open: it goes on.' });
		expect(events[2].properties.end).toBeUndefined();
	});

	it('writes a starter atlas.json named after the file', () => {
		expect(JSON.parse(folder.files['atlas.json']!)).toEqual({ title: 'My campaign', description: 'An atlas imported from my_campaign.geojson: 4 of its 7 rows.' });
	});

	it('reports each record the atlas standard keeps out, by row, in order', () => {
		expect(folder.notWritten).toEqual([
			{ row: 3, column: 'source', reason: 'not written: an atlas event cites at least one source' },
			// The decoder's own reason, as npm run check:data would give it.
			{ row: 4, column: 'properties.summary', reason: expect.stringMatching(/^not written: summary holds a web address/) },
			{ row: 6, column: 'description', reason: 'not written: an atlas line says what it is in a description' }
		]);
	});
});

describe('titleFromFileName', () => {
	it.each([
		['sample-events.csv', 'Sample events'],
		['/tmp/x/my_data.tsv', 'My data'],
		['.csv', 'Imported atlas']
	])('%j is %j', (file, title) => expect(titleFromFileName(file)).toBe(title));
});
