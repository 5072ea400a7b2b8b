import { describe, expect, it } from 'vitest';
import { spanInWords } from '../domain/spanWords';
import { hashtag, readGeoJson, readGeometry, readTags } from './geojsonInput';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (properties: Record<string, unknown>, geometry: unknown = point(4.4, 50.7), extra: Record<string, unknown> = {}) => ({
	type: 'Feature',
	properties,
	geometry,
	...extra
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** Reads one feature and returns its record, failing the test with the problems when it does not read. */
function readOne(f: unknown) {
	const result = readGeoJson(collection(f), 'test.geojson');
	expect(result.problems).toEqual([]);
	return result.records[0]!;
}

describe('readGeoJson: dates from each convention', () => {
	it.each([
		['the atlas own start and end', { title: 'A', start: '1815-06-16', end: '1815-06-18' }, {}, '16–18 June 1815', { start: '1815-06-16', end: '1815-06-18' }],
		['OpenHistoricalMap tags', { name: 'A', start_date: '1945', end_date: '1945-08' }, {}, '1945 to August 1945', { start: '1945', end: '1945-08' }],
		['OHM edtf tags, preferred to the plain ones', { name: 'A', start_date: '1906', 'start_date:edtf': '1906~', end_date: '1908' }, {}, 'about 1906 to 1908', { start: '1906~', end: '1908' }],
		['an OHM year before the common era', { name: 'A', start_date: '-0218' }, {}, '219 BCE', { start: '-0218', end: null }],
		['GeoJSON-events when on the feature', { title: 'A' }, { when: { start: '1815-06-18', end: '1815-06-19' } }, '18–19 June 1815', { start: '1815-06-18', end: '1815-06-19' }],
		['GeoJSON-events when in the properties', { title: 'A', when: { start: '1815-06' } }, {}, 'June 1815', { start: '1815-06', end: null }],
		['a year given as a number', { title: 'A', year: 1815 }, {}, '1815', { start: '1815', end: null }],
		['an interval in start alone', { title: 'A', start: '1906/1908' }, {}, '1906 to 1908', { start: '1906/1908', end: null }]
	])('%s', (_what, properties, extra, words, written) => {
		const record = readOne(feature(properties, point(4.4, 50.7), extra));
		expect(spanInWords(record.when)).toBe(words);
		expect(record.written).toEqual(written);
	});

	it('leaves an open or unknown end without an end, and says so', () => {
		const open = readOne(feature({ title: 'A', start: '1985/..' }));
		expect(open.when.end).toBeNull();
		expect(open.dateNote).toBe('The file leaves its end open: it goes on.');
		const unknown = readOne(feature({ title: 'A', start: '1985', end: '1990/' }));
		expect(unknown.when.end).toBeNull();
		expect(unknown.dateNote).toBe('The file gives its end as unknown.');
	});

	it('keeps the file own dateNote and adds no note the file already carries', () => {
		const record = readOne(feature({ title: 'A', start: '1985/..', dateNote: 'Sources differ. The file leaves its end open: it goes on.' }));
		expect(record.dateNote).toBe('Sources differ. The file leaves its end open: it goes on.');
	});
});

describe('readGeoJson: Linked Places Format', () => {
	const lpf = (...features: unknown[]) => ({ type: 'FeatureCollection', '@context': 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld', features });
	const place = (when: unknown, extra: Record<string, unknown> = {}) => ({
		'@id': 'http://mygaz.org/places/p_1',
		type: 'Feature',
		properties: { title: 'Abingdon' },
		when,
		geometry: { type: 'GeometryCollection', geometries: [point(-1.2879, 51.6708), point(-1.31, 51.64)] },
		...extra
	});

	it('reads one timespan, the id, the first geometry, descriptions and links', () => {
		const result = readGeoJson(
			lpf(
				place(
					{ timespans: [{ start: { in: '0676' }, end: { in: '1066' } }] },
					{
						descriptions: [{ value: 'A market town.', source: 'https://en.wikipedia.org/wiki/Abingdon-on-Thames' }],
						links: [{ type: 'exactMatch', identifier: 'http://www.geonames.org/2657780/' }, { type: 'exactMatch', identifier: 'tgn:7011944' }]
					}
				)
			),
			'places.json'
		);
		expect(result.format).toBe('lpf');
		expect(result.problems).toEqual([]);
		const [record] = result.records;
		expect(record).toMatchObject({ id: 'http://mygaz.org/places/p_1', title: 'Abingdon', text: 'A market town.', geometry: point(-1.2879, 51.6708) });
		expect(spanInWords(record!.when)).toBe('676 to 1066');
		expect(record!.sources.map((s) => s.url)).toEqual(['https://en.wikipedia.org/wiki/Abingdon-on-Thames', 'http://www.geonames.org/2657780/']);
	});

	it('takes several timespans as the whole range, and earliest/latest bounds at their outer edge, with notes', () => {
		const record = readGeoJson(
			lpf(place({ timespans: [{ start: { in: '1700' } }, { start: { earliest: '1600', latest: '1650' }, end: { in: '1699' } }] })),
			'places.json'
		).records[0]!;
		expect(spanInWords(record.when)).toBe('1600 to 1700');
		expect(record.written).toEqual({ start: '1600', end: '1700' });
		expect(record.dateNote).toBe('The file dates its start between 1600 and 1650. The file gives 2 timespans; shown as one, from the first to the last.');
	});

	it('reads the when of the geometries when the feature has none', () => {
		const f = place(undefined);
		f.geometry.geometries = [{ ...point(-1.2879, 51.6708), when: { timespans: [{ start: { in: '1600' }, end: { in: '1699' } }] } } as ReturnType<typeof point>];
		const record = readGeoJson(lpf(f), 'places.json').records[0]!;
		expect(spanInWords(record.when)).toBe('1600 to 1699');
	});

	it('reports a timespan with no start at its path', () => {
		expect(readGeoJson(lpf(place({ timespans: [{ end: { in: '1066' } }] })), 'p.json').problems).toEqual([
			{ row: 1, column: 'when.timespans[0].start', reason: 'missing date: a timespan needs a start ("in", "earliest" or "latest")' }
		]);
	});
});

describe('readGeoJson: the rest of a record', () => {
	it('reads titles, text, category, tags, sources and ids from their usual names', () => {
		const record = readOne(
			feature(
				{
					'name:en': 'Waterloo',
					name: 'Waterloo (nl)',
					summary: 'A battle.',
					TYPE: 'military',
					tags: 'battle, Hundred Days',
					sources: [{ title: 'An account', url: 'https://example.org/a' }, 'https://example.org/b', 'ftp://example.org/c'],
					start: '1815-06-18'
				},
				point(4.4, 50.7),
				{ id: 7 }
			)
		);
		expect(record).toMatchObject({
			id: '7',
			row: 1,
			title: 'Waterloo',
			text: 'A battle.',
			category: 'military',
			tags: ['#Battle', '#HundredDays'],
			sources: [{ title: 'An account', url: 'https://example.org/a' }, { title: 'https://example.org/b', url: 'https://example.org/b' }]
		});
	});

	it('numbers features from 1 when they have no id', () => {
		const result = readGeoJson(collection(feature({ title: 'A', start: '1815' }), feature({ title: 'B', start: '1816' })), 'f.geojson');
		expect(result.records.map((r) => r.id)).toEqual(['1', '2']);
		expect(result.total).toBe(2);
	});

	it('reads a single Feature as a file of one', () => {
		expect(readGeoJson(feature({ title: 'A', start: '1815' }), 'f.geojson').records).toHaveLength(1);
	});
});

describe('readGeoJson: every bad feature, by number, property and reason', () => {
	it.each([
		['a missing date', { title: 'A' }, point(4, 50), 'properties.start', 'no date: give start (and end), start_date (OpenHistoricalMap), when.start or when.timespans'],
		['an unreadable date', { title: 'A', start_date: '1815-13' }, point(4, 50), 'properties.start_date', '"1815-13" is not a valid date: month 13 does not exist'],
		['an end before the start', { title: 'A', start: '1815', end: '1814' }, point(4, 50), 'properties.end', 'ends (1814) before it starts (1815)'],
		['an open start', { title: 'A', start: '../1815' }, point(4, 50), 'properties.start', 'the start of "../1815" is open: the map needs a date to show it from'],
		['a missing title', { start: '1815' }, point(4, 50), 'properties.title', 'missing title: give title, name or headline'],
		['a longitude out of range', { title: 'A', start: '1815' }, point(200, 50), 'geometry', 'longitude 200 is out of range (-180 to 180)'],
		['a point beyond the Mercator map', { title: 'A', start: '1815' }, point(4, 86), 'geometry', 'latitude 86 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		[
			'a MultiPoint',
			{ title: 'A', start: '1815' },
			{ type: 'MultiPoint', coordinates: [[4, 50]] },
			'geometry',
			'a MultiPoint cannot be drawn: points, lines (LineString, MultiLineString) and polygons (Polygon, MultiPolygon) can'
		],
		['no geometry', { title: 'A', start: '1815' }, null, 'geometry', 'the feature has no geometry']
	])('%s', (_what, properties, geometry, column, reason) => {
		const result = readGeoJson(collection(feature({ title: 'Good', start: '1815' }), feature(properties, geometry)), 'bad.geojson');
		expect(result.records.map((r) => r.title)).toEqual(['Good']);
		expect(result.problems).toEqual([{ row: 2, column, reason }]);
		expect(result.total).toBe(2);
	});

	it('reports every problem of one feature', () => {
		expect(readGeoJson(collection(feature({ end: '1815' }, point(4, -95))), 'f.geojson').problems.map((p) => p.column)).toEqual(['properties.title', 'properties.start', 'geometry']);
	});

	it('reports a later feature that reuses an id, and keeps the first', () => {
		const result = readGeoJson(collection(feature({ title: 'A', start: '1815' }, point(4, 50), { id: 'x' }), feature({ title: 'B', start: '1815', id: 'x' })), 'f.geojson');
		expect(result.records.map((r) => r.title)).toEqual(['A']);
		expect(result.problems).toEqual([{ row: 2, column: 'id', reason: 'duplicate id "x": feature 1 has it too' }]);
	});

	it('reports a file that is not GeoJSON as a problem of the whole file', () => {
		expect(readGeoJson({ type: 'Topology' }, 'map.json')).toEqual({
			format: 'geojson',
			records: [],
			problems: [{ row: 0, column: null, reason: 'map.json is not GeoJSON the explorer reads: expected a FeatureCollection with a features array, or a Feature' }],
			total: 0
		});
	});
});

describe('readGeometry', () => {
	const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
	it.each([
		[{ type: 'LineString', coordinates: [[0, 0, 12], [1, 1, 13]] }, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }],
		[{ type: 'MultiPolygon', coordinates: [[ring]] }, { type: 'MultiPolygon', coordinates: [[ring]] }],
		[{ type: 'LineString', coordinates: [[0, 0]] }, 'a line needs at least two positions'],
		[{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, 'a ring must end where it starts'],
		[{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, 'a ring needs at least four positions'],
		[{ type: 'Point', coordinates: ['4', 50] }, '["4",50] is not a [longitude, latitude] position'],
		[{ type: 'GeometryCollection', geometries: [] }, 'the GeometryCollection holds no geometry']
	])('%j', (input, expected) => {
		expect(readGeometry(input)).toEqual(expected);
	});
});

describe('tags', () => {
	it.each([
		['trade route', '#TradeRoute'],
		['#Waterloo', '#Waterloo'],
		['Île-de-France', '#IleDeFrance'],
		['!!', null]
	])('hashtag(%j) is %j', (word, tag) => expect(hashtag(word)).toBe(tag));

	it('splits text on commas, semicolons and spaces before a #, and drops repeats', () => {
		expect(readTags('#A #B; c d, #A')).toEqual(['#A', '#B', '#CD']);
		expect(readTags(['x', 3, 'y'])).toEqual(['#X', '#Y']);
	});
});
