import { describe, expect, it } from 'vitest';
import { decodedFixture, testSource as source } from '../data/fixtures/decoded';
import type { Place } from './atlas';
import { compileAtlas } from './compile';
import { DATED_SOURCES } from './feature';
import { historicalDate } from './historicalDate';
import { OPEN_END } from './timeline';
import { appendMapData, mapData, placeLabels, UNRANKED } from './mapData';


const day = (text: string) => historicalDate(text).start;

const decoded = decodedFixture;

// Three events, given out of date order, of different categories and tags.
const atlas = decoded((fixture) =>
	(fixture.events.features as unknown[]).push(
		...[
			['later', '1946-03-01', 'trade', ['#Late', '#Test']],
			['earlier', '1945-08-01', 'politics', ['#Early']]
		].map(([id, start, category, tags]) => ({
			type: 'Feature',
			id,
			properties: { title: `Event ${id}`, start, category, summary: 'A test event.', tags, places: ['town-a'], sources: source() },
			geometry: { type: 'Point', coordinates: [127, 39] }
		}))
	)
);
const compiled = compileAtlas(atlas);
const { sources, timetable } = mapData(compiled);

describe('mapData', () => {
	it.each(DATED_SOURCES.map((s) => [s]))('numbers the features of %s by their index in it', (name) => {
		const features = sources[name].features;
		expect(features.length).toBeGreaterThan(0);
		expect(features.map((f) => f.id)).toEqual(features.map((_, i) => i));
	});

	it.each(DATED_SOURCES.map((s) => [s]))('draws in %s one feature for each part the compiled atlas puts there', (name) => {
		const parts = compiled.features.flatMap((f) => f.parts).filter((p) => p.source === name);
		expect(sources[name].features.map((f) => f.properties)).toEqual(parts.map((p) => ({ ...p.props, from: p.from, to: p.to, hold: p.hold })));
		expect(sources[name].features.map((f) => f.geometry)).toEqual(parts.map((p) => p.geometry));
	});

	it.each(DATED_SOURCES.map((s) => [s]))('times every feature of %s in one row [id, from, to, hold], as its properties say', (name) => {
		const rows = sources[name].features.map((f) => [f.id, f.properties['from'], f.properties['to'], f.properties['hold'] ? 1 : 0]);
		expect(timetable.rows[name]).toEqual(rows);
	});

	it('keeps every part\'s ref, label and what, and from, to and hold, which the setFilter baseline reads', () => {
		for (const name of DATED_SOURCES) {
			for (const { properties } of sources[name].features) {
				expect(Object.keys(properties)).toEqual(expect.arrayContaining(['ref', 'label', 'what', 'from', 'to', 'hold']));
				expect(typeof properties['hold']).toBe('boolean');
			}
		}
	});

	it('orders events by date, and gives the filters their category and tags under the same ids', () => {
		const events = sources.events.features;
		expect(events.map((f) => f.properties['id'])).toEqual(['earlier', 'event-a', 'later']);
		expect(timetable.events).toEqual([
			{ category: 'politics', tags: ['#Early'] },
			{ category: 'military', tags: ['#Test'] },
			{ category: 'trade', tags: ['#Late', '#Test'] }
		]);
		expect(timetable.events).toHaveLength(events.length);
	});

	it('gives the category filters the category of every part of the other sources: fronts and advances military unless they say, shapes their own or none', () => {
		expect(new Set(timetable.categories.fronts)).toEqual(new Set(['military']));
		expect(new Set(timetable.categories.advances)).toEqual(new Set(['military']));
		expect(timetable.categories.zones).toEqual(['']);
		const said = mapData(compileAtlas({
			...atlas,
			zones: atlas.zones.map((z) => ({ ...z, category: 'politics' })),
			advances: atlas.advances.map((a) => ({ ...a, category: 'trade' })),
			frontlines: atlas.frontlines.map((k, i) => (i === 0 ? { ...k, category: 'politics' } : k))
		})).timetable;
		expect(said.categories.zones).toEqual(['politics']);
		expect(new Set(said.categories.advances)).toEqual(new Set(['trade']));
		expect(new Set(said.categories.fronts)).toEqual(new Set(['politics']));
		for (const s of ['zones', 'lines', 'advances', 'fronts'] as const) expect(said.categories[s]).toHaveLength(sources[s].features.length);
	});

	it('dates events, zones and lines by their spans: one with no end stands to the far future', () => {
		const props = (name: (typeof DATED_SOURCES)[number], id: string) => sources[name].features.find((f) => f.properties['id'] === id)!.properties;
		expect(props('events', 'event-a')).toMatchObject({ from: day('1945-08-21'), to: day('1945-08-23'), hold: true, ref: 'event:event-a', category: 'military' });
		expect(props('zones', 'zone-a')).toMatchObject({ from: day('1945-08-01'), to: day('1948-09-10'), hold: false, style: 'occupied', kind: 'occupation-zone' });
		expect(props('lines', 'line-a')).toMatchObject({ from: day('1945-08-15'), to: OPEN_END, hold: false, style: 'occupied' });
	});

	it('gives every front one state a day and holds its last; grows an advance, whole and held on its last day', () => {
		const fronts = sources.fronts.features.filter((f) => f.properties['kind'] !== 'ghost');
		expect(fronts.map((f) => f.properties['to'] as number - (f.properties['from'] as number))).toEqual([1, 1, 1]);
		expect(fronts.map((f) => f.properties['hold'])).toEqual([false, false, true]);
		const routes = sources.advances.features.filter((f) => f.properties['part'] === 'route');
		expect(routes.map((f) => f.properties['from'])).toEqual(Array.from({ length: 12 }, (_, i) => day('1945-08-09') + i));
		expect(routes.filter((f) => f.properties['hold']).map((f) => f.properties['from'])).toEqual([day('1945-08-20')]);
	});

	it('draws nothing of an atlas of events and places only but its events', () => {
		const bare = mapData(compileAtlas({ ...atlas, frontlines: [], advances: [], zones: [], lines: [] }));
		expect(Object.fromEntries(DATED_SOURCES.map((s) => [s, bare.sources[s].features.length]))).toEqual({ zones: 0, lines: 0, advances: 0, fronts: 0, events: 3 });
		expect(Object.fromEntries(DATED_SOURCES.map((s) => [s, bare.timetable.rows[s].length]))).toEqual({ zones: 0, lines: 0, advances: 0, fronts: 0, events: 3 });
	});
});

describe('placeLabels', () => {
	const place = (id: string, names: Place['names'], geometry: Place['geometry'] = { type: 'Point', coordinates: [127, 39] }): Place => ({
		id, kind: 'city', name: id.toUpperCase(), names, summary: '', sources: [], geometry
	});
	const old = (name: string, start: string, end: string) => ({ name, start: historicalDate(start), end: historicalDate(end) });
	const places = [
		place('a', [old('Old A', '1910', '1945')]),
		place('b', []),
		place('c', [], { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }),
		place('d', [], null),
		place('e', [old('Old E', '1900', '1920'), { name: 'Conventional E', conventional: true }])
	];

	it.each([
		['1945-08-09', { a: 'Old A', b: '', e: 'Conventional E' }],
		['1950-01-01', { a: '', b: '', e: 'Conventional E' }],
		['1915-01-01', { a: 'Old A', b: '', e: 'Conventional E' }]
	])('labels points with the names they had on %s', (date, periods) => {
		const labels = placeLabels(places, day(date));
		expect(Object.fromEntries(labels.features.map((f) => [f.properties['id'], f.properties['period']]))).toEqual(periods);
	});

	it('labels only points, numbered in turn, each opening its place', () => {
		const labels = placeLabels(places, day('1945-08-09'));
		expect(labels.features.map((f) => [f.id, f.properties['ref'], f.properties['name'], f.geometry.type])).toEqual([
			[0, 'place:a', 'A', 'Point'],
			[1, 'place:b', 'B', 'Point'],
			[2, 'place:e', 'E', 'Point']
		]);
		expect(labels.features[0]!.properties).toMatchObject({ label: 'A', what: 'place', kind: 'city' });
	});

	it('gives each label its place\'s rank, and a place without one a rank after every ranked place', () => {
		const ranked = [{ ...places[0]!, rank: 1 }, { ...places[1]!, rank: 3 }, places[4]!];
		const labels = placeLabels(ranked, day('1945-08-09'));
		expect(labels.features.map((f) => [f.properties['id'], f.properties['rank']])).toEqual([['a', 1], ['b', 3], ['e', UNRANKED]]);
		expect(UNRANKED).toBeGreaterThan(100);
	});
});

describe('appendMapData', () => {
	const both = appendMapData({ sources, timetable }, { sources, timetable });

	it.each(DATED_SOURCES.map((s) => [s]))('puts the added features of %s after the base, numbered on from it', (name) => {
		const n = sources[name].features.length;
		expect(both.sources[name].features.map((f) => f.id)).toEqual([...Array(2 * n).keys()]);
		expect(both.timetable.rows[name].map(([id]) => id)).toEqual([...Array(2 * n).keys()]);
		expect(both.sources[name].features[n]?.properties).toEqual(sources[name].features[0]?.properties);
		expect(both.timetable.rows[name][n]?.slice(1)).toEqual(timetable.rows[name][0]?.slice(1));
	});

	it('keeps each event its category and tags under its new id', () => {
		const n = sources.events.features.length;
		expect(both.timetable.events[n + 1]).toEqual(timetable.events[1]);
		expect(both.timetable.events).toHaveLength(2 * n);
		const advances = sources.advances.features.length;
		expect(both.timetable.categories.advances).toEqual([...timetable.categories.advances, ...timetable.categories.advances]);
		expect(both.timetable.categories.advances).toHaveLength(2 * advances);
	});

	it('leaves the base untouched', () => {
		expect(sources.events.features.map((f) => f.id)).toEqual(sources.events.features.map((_, i) => i));
	});
});
