import { length, lineString, multiLineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { decodedFixture, testSource as source, type Fixture } from '../data/fixtures/decoded';
import type { Place, PlaceName } from './atlas';
import { compileAtlas, lifeMoments, placeHeadline } from './compile';
import { FEATURE_KINDS, refKey, type AtlasFeature, type CompiledAtlas, type FeatureKind } from './feature';
import { historicalDate } from './historicalDate';
import { OPEN_END } from './timeline';

/** A feature to add to a fixture: plain JSON, as a file would hold it. */
type Json = Record<string, unknown>;

const day = (text: string) => historicalDate(text).start;

const decoded = decodedFixture;

/** An event at `at`, naming the fixture's town unless told otherwise. */
function event(id: string, start: string, at: [number, number], properties: Json = {}): Json {
	return {
		type: 'Feature',
		id,
		properties: { title: `Event ${id}`, start, category: 'military', summary: 'A test event.', tags: ['#Test'], places: ['town-a'], sources: source(), ...properties },
		geometry: { type: 'Point', coordinates: at }
	};
}

const addEvents = (...events: Json[]) => (fixture: Fixture) => (fixture.events.features as unknown[]).push(...events);

/** The one feature of this kind and id; throws when there is none. */
function find(compiled: CompiledAtlas, kind: FeatureKind, id: string): AtlasFeature {
	const found = compiled.features.find((f) => f.kind === kind && f.id === id);
	if (!found) throw new Error(`no ${kind} "${id}"`);
	return found;
}

describe('compileAtlas on the fixture atlas', () => {
	const compiled = compileAtlas(decoded());
	const { features } = compiled;

	it.each([
		['event', ['event-a']],
		['place', ['town-a', 'region-b']],
		['front', ['front-a']],
		['keyframe', ['front-a-1945-08-10', 'front-a-1945-08-12']],
		['advance', ['advance-a']],
		['zone', ['zone-a']],
		['line', ['line-a']]
	] as const)('makes one %s feature for each of them: %j', (kind, ids) => {
		expect(features.filter((f) => f.kind === kind).map((f) => f.id)).toEqual(ids);
	});

	it('makes every kind of feature from the fixture', () => {
		expect(new Set(features.map((f) => f.kind))).toEqual(new Set(FEATURE_KINDS));
	});

	it.each([
		['event', 'event-a', { kind: 'event', id: 'event-a' }],
		['place', 'town-a', { kind: 'place', id: 'town-a' }],
		['front', 'front-a', { kind: 'front', id: 'front-a' }],
		['keyframe', 'front-a-1945-08-10', { kind: 'feature', id: 'front-a-1945-08-10' }],
		['advance', 'advance-a', { kind: 'feature', id: 'advance-a' }],
		['zone', 'zone-a', { kind: 'feature', id: 'zone-a' }],
		['line', 'line-a', { kind: 'feature', id: 'line-a' }]
	] as const)('refers to the %s %s as %j, in its feature and its detail', (kind, id, ref) => {
		const feature = find(compiled, kind, id);
		expect(feature.ref).toEqual(ref);
		expect(feature.detail.ref).toEqual(ref);
		expect(feature.detail.kind).toBe(kind);
	});

	it('gives every feature its own ref key', () => {
		const keys = features.map((f) => refKey(f.ref));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it.each([
		['event', true],
		['advance', true],
		['front', true],
		['zone', false],
		['line', false],
		['keyframe', false],
		['place', false]
	] as const)('decides once whether a %s holds once over: %s', (kind, hold) => {
		const ofKind = features.filter((f) => f.kind === kind);
		expect(ofKind.length).toBeGreaterThan(0);
		expect(ofKind.every((f) => f.hold === hold)).toBe(true);
	});

	it('holds every part of an event, none of a zone or a line', () => {
		const parts = (kind: FeatureKind) => features.filter((f) => f.kind === kind).flatMap((f) => f.parts);
		expect(parts('event').map((p) => p.hold)).toEqual([true]);
		expect(parts('zone').map((p) => p.hold)).toEqual([false]);
		expect(parts('line').map((p) => p.hold)).toEqual([false]);
		expect(parts('keyframe')).toEqual([]);
		expect(parts('place')).toEqual([]);
	});

	it("holds only an advance's last day: its whole route and its tip", () => {
		const parts = find(compiled, 'advance', 'advance-a').parts;
		// 9 to 20 August: twelve days, a route and a tip each.
		expect(parts).toHaveLength(24);
		expect(parts.filter((p) => p.hold).map((p) => [p.from, p.props['part']])).toEqual([
			[day('1945-08-20'), 'route'],
			[day('1945-08-20'), 'tip']
		]);
	});

	it("holds only a front's last day, the last keyframe, and draws it one state a day with a ghost", () => {
		const parts = find(compiled, 'front', 'front-a').parts;
		const states = parts.filter((p) => p.props['kind'] !== 'ghost');
		expect(states.map((p) => [p.from, p.to, p.props['kind']])).toEqual([
			[day('1945-08-10'), day('1945-08-11'), 'keyframe'],
			[day('1945-08-11'), day('1945-08-12'), 'inferred'],
			[day('1945-08-12'), day('1945-08-13'), 'keyframe']
		]);
		expect(parts.filter((p) => p.hold).map((p) => [p.from, p.props['kind']])).toEqual([[day('1945-08-12'), 'keyframe']]);
		expect(parts.filter((p) => p.props['kind'] === 'ghost').map((p) => [p.from, p.to, p.hold, p.props['keyframes']])).toEqual([
			[day('1945-08-11'), day('1945-08-13'), false, 'front-a-1945-08-10']
		]);
	});

	it.each([
		['event', 'events'],
		['front', 'fronts'],
		['advance', 'advances'],
		['zone', 'zones'],
		['line', 'lines']
	] as const)("draws a %s's parts in the %s source", (kind, source) => {
		const parts = features.filter((f) => f.kind === kind).flatMap((f) => f.parts);
		expect(parts.length).toBeGreaterThan(0);
		expect(parts.every((p) => p.source === source)).toBe(true);
	});

	it('gives every map part its ref key, its label and what it is, so a pick needs no lookup', () => {
		for (const f of features) {
			for (const p of f.parts) {
				expect(p.props['ref'], f.id).toBe(refKey(f.ref));
				expect(p.props['label'], f.id).toBe(f.label);
				expect(p.props['what'], f.id).toEqual(expect.stringMatching(/^[a-z]/));
			}
		}
		expect(find(compiled, 'advance', 'advance-a').parts[0]!.props['what']).toBe('axis of advance');
		expect(find(compiled, 'front', 'front-a').parts[1]!.props['what']).toBe('front, inferred');
	});

	it('lists events, fronts, advances, zones and lines, not keyframes or places', () => {
		expect(new Set(features.filter((f) => f.listed).map((f) => f.kind))).toEqual(new Set(['event', 'front', 'advance', 'zone', 'line']));
		expect(features.filter((f) => f.kind === 'keyframe' || f.kind === 'place').some((f) => f.listed)).toBe(false);
	});

	it.each([
		['event', 'event-a', 'Event · military'],
		['place', 'town-a', 'Place · city'],
		['place', 'region-b', 'Place · region'],
		['front', 'front-a', 'Front'],
		['keyframe', 'front-a-1945-08-12', 'Front position'],
		['advance', 'advance-a', 'Axis of advance'],
		['zone', 'zone-a', 'Zone'],
		['line', 'line-a', 'Line']
	] as const)('says what the %s %s is: %s', (kind, id, kindLine) => {
		expect(find(compiled, kind, id).detail.kindLine).toBe(kindLine);
	});

	it.each([
		['event', 'event-a', '1945-08-21', '1945-08-23', '21–22 August 1945'],
		['front', 'front-a', '1945-08-10', '1945-08-13', '10–12 August 1945'],
		['keyframe', 'front-a-1945-08-12', '1945-08-12', '1945-08-13', '12 August 1945'],
		['advance', 'advance-a', '1945-08-09', '1945-08-21', '9–20 August 1945'],
		['zone', 'zone-a', '1945-08-01', '1948-09-10', 'August 1945 to 9 September 1948']
	] as const)('dates the %s %s from %s to the day before %s: %s', (kind, id, from, to, when) => {
		const f = find(compiled, kind, id);
		expect([f.from, f.to, f.when]).toEqual([day(from), day(to), when]);
		expect([f.detail.from, f.detail.to, f.detail.when]).toEqual([day(from), day(to), when]);
	});

	it('lets a line with no end stand on, and a place be undated', () => {
		expect(find(compiled, 'line', 'line-a')).toMatchObject({ from: day('1945-08-15'), to: OPEN_END, when: 'from 15 August 1945' });
		expect(find(compiled, 'place', 'town-a')).toMatchObject({ from: null, to: null, when: '' });
	});

	it("gives an event its primary place's name, its point, and what its panel says", () => {
		const e = find(compiled, 'event', 'event-a');
		expect(e).toMatchObject({ label: 'Event A', category: 'military', tags: ['#Test'], place: 'Region B', at: [127, 39] });
		expect(e.detail).toMatchObject({
			title: 'Event A',
			summary: 'A test event.',
			places: ['region-b', 'town-a'],
			coordinates: [127, 39],
			bbox: [127, 39, 127, 39],
			uncertain: false,
			notes: [],
			sources: [{ title: 'Test source', kind: 'reference', url: 'https://example.org/source' }]
		});
	});

	it('lets an event name no place and give no summary', () => {
		const bare = compileAtlas(
			decoded((fixture) => {
				const props = fixture.events.features[0]!.properties as Json;
				delete props['places'];
				delete props['summary'];
			})
		);
		const e = find(bare, 'event', 'event-a');
		expect([e.place, e.names, e.detail.places, e.detail.summary]).toEqual(['', [], [], '']);
		expect(find(bare, 'place', 'town-a').detail.moments).toEqual([]);
	});

	it('searches an event by the names its places had on its days, with their variants', () => {
		const named = compileAtlas(
			decoded((fixture) => {
				((fixture.places.features[0]!.properties as Json)['names'] as Json[])[1]!['variants'] = ['Olde A'];
				addEvents(event('later', '1950-01-01', [127, 39]))(fixture);
			})
		);
		expect(find(named, 'event', 'event-a').names).toEqual(['Region B', 'Town A', 'Old A', 'Olde A']);
		expect(find(named, 'event', 'later').names).toEqual(['Town A']);
	});

	it('opens a front with its summary, and keeps each keyframe note for its keyframe', () => {
		const noted = compileAtlas(decoded((fixture) => ((fixture.frontlines.features[1]!.properties as Json)['note'] = 'A test note.')));
		expect(find(noted, 'front', 'front-a').detail.summary).toBe('A test front.');
		expect(find(noted, 'keyframe', 'front-a-1945-08-12').detail.summary).toBe('A test note.');
		expect(find(noted, 'keyframe', 'front-a-1945-08-10').detail.summary).toBe("The Front A's position on 10 August 1945.");
	});

	it("gives a place's names their other romanisations, to show and to search", () => {
		const town = find(
			compileAtlas(decoded((fixture) => (((fixture.places.features[0]!.properties as Json)['names'] as Json[])[1]!['variants'] = ['Olde A', 'Oold A']))),
			'place',
			'town-a'
		);
		expect(town.names).toEqual(['Town A', 'Old A', 'Olde A', 'Oold A']);
		expect(town.detail.names[1]).toEqual({ name: 'Old A', lang: 'ja', period: '1910 to 1945', variants: ['Olde A', 'Oold A'] });
		expect(town.detail.names[0]).not.toHaveProperty('variants');
	});

	it("gives a place its names through time, and other words to search it by", () => {
		const town = find(compiled, 'place', 'town-a');
		expect(town.names).toEqual(['Town A', 'Old A']);
		expect(town.detail.names).toEqual([
			{ name: 'Town A', period: '' },
			{ name: 'Old A', lang: 'ja', period: '1910 to 1945' }
		]);
		expect(town.detail.headline).toBe('Town A, called Old A (1910 to 1945)');
		expect([town.at, town.detail.coordinates]).toEqual([
			[127, 39],
			[127, 39]
		]);
		const region = find(compiled, 'place', 'region-b');
		expect([region.at, region.detail.coordinates, region.detail.bbox]).toEqual([[127, 39], null, [126, 38, 128, 40]]);
	});

	it('names the front of a keyframe, and the keyframes of a front in date order', () => {
		const keyframe = find(compiled, 'keyframe', 'front-a-1945-08-10');
		expect(keyframe.label).toBe('Front A on 10 August 1945');
		expect(keyframe.detail.front).toEqual({ id: 'front-a', name: 'Front A', when: '10–12 August 1945' });
		expect(keyframe.detail.facts).toEqual(['A position given by sources: the line joins P (Army 1, 10 August 1945); Q (Army 2, 10 August 1945).']);
		expect(find(compiled, 'keyframe', 'front-a-1945-08-12').detail.facts[1]).toMatch(/^Moved about \d+ km \(mean over the line\) since 10 August 1945\.$/);
		const front = find(compiled, 'front', 'front-a');
		expect(front.detail.positions).toEqual(['front-a-1945-08-10', 'front-a-1945-08-12']);
		expect([front.detail.bbox, front.at]).toEqual([
			[120, 44, 122, 45],
			[121, 44.5]
		]);
	});

	it("says how far and how fast an advance went, and where it went through", () => {
		const { detail } = find(compiled, 'advance', 'advance-a');
		const km = Math.round(length(lineString([[120, 45], [123, 42]])));
		expect(detail.summary).toBe('An axis of advance (on the ground) through P, Q.');
		expect(detail.facts[0]).toBe(`${km} km from P to the end of the route, in 12 days: about ${Math.round(km / 12)} km a day.`);
	});

	it("measures a line's length with Turf: N km long", () => {
		const km = Math.round(length(lineString([[124.5, 38], [129, 38]])));
		expect(find(compiled, 'line', 'line-a').detail.facts).toEqual([`${km} km long.`]);
		expect(find(compiled, 'zone', 'zone-a').detail.facts).toEqual([]);
	});
});

describe('compileAtlas: order', () => {
	it('puts events first, in date order (then by end, then by title), whatever the file says', () => {
		const atlas = decoded(
			addEvents(
				event('late', '1946-01-01', [127, 39]),
				event('early', '1945-08-01', [127, 39]),
				event('same-day-long', '1945-08-21', [127, 39], { title: 'A long one', end: '1945-08-30' }),
				event('same-day-b', '1945-08-21', [127, 39], { title: 'B' })
			)
		);
		const compiled = compileAtlas(atlas);
		expect(compiled.features.filter((f) => f.kind === 'event').map((f) => f.id)).toEqual(['early', 'same-day-b', 'event-a', 'same-day-long', 'late']);
		const firstOther = compiled.features.findIndex((f) => f.kind !== 'event');
		expect(compiled.features.slice(firstOther).some((f) => f.kind === 'event')).toBe(false);
	});
});

describe('compileAtlas: life moments', () => {
	// Region B is the square 126–128°E, 38–40°N; Town A stands at its middle.
	const atlas = decoded(
		addEvents(
			event('inside-unnamed', '1945-08-05', [127.5, 39.5], { places: ['town-a'] }),
			event('outside-named', '1946-02-01', [110, 20], { places: ['town-a', 'region-b'] }),
			event('outside-unnamed', '1945-08-06', [110, 20], { places: ['town-a'] })
		)
	);

	it("gathers a region's events by reference and by location, in date order", () => {
		const region = atlas.places.find((p) => p.id === 'region-b')!;
		expect(lifeMoments(region, atlas.events)).toEqual(['inside-unnamed', 'event-a', 'outside-named']);
		expect(find(compileAtlas(atlas), 'place', 'region-b').detail.moments).toEqual(['inside-unnamed', 'event-a', 'outside-named']);
	});

	it("gathers a point's events by reference only: a point holds nothing", () => {
		const town = atlas.places.find((p) => p.id === 'town-a')!;
		expect(lifeMoments(town, atlas.events)).toEqual(['inside-unnamed', 'outside-unnamed', 'event-a', 'outside-named']);
		const lonely: Place = { ...town, id: 'lonely' };
		expect(lifeMoments(lonely, atlas.events)).toEqual([]);
	});

	it('orders events of the same day by title', () => {
		const same = decoded(addEvents(event('zz', '1945-08-21', [110, 20], { title: 'Aardvark' })));
		const town = same.places.find((p) => p.id === 'town-a')!;
		expect(lifeMoments(town, same.events)).toEqual(['zz', 'event-a']);
	});
});

describe('placeHeadline', () => {
	const name = (n: string, start?: string, end?: string, more: Partial<PlaceName> = {}): PlaceName => ({
		name: n,
		...(start ? { start: historicalDate(start) } : {}),
		...(end ? { end: historicalDate(end) } : {}),
		...more
	});
	const place = (names: PlaceName[], kind: Place['kind'] = 'city'): Place => ({
		id: 'town', kind, name: 'Town', names, summary: '', sources: [], geometry: { type: 'Point', coordinates: [0, 0] }
	});

	it.each([
		['a dated name', [name('Town'), name('Old Town', '1910', '1945')], 'Town, called Old Town (1910 to 1945)'],
		['a name from a date on', [name('New Town', '1947')], 'Town, called New Town (from 1947)'],
		['the conventional name, undated', [name('Old Town', '1910', '1945'), name('Conventional', undefined, undefined, { conventional: true })], 'Town, called Conventional'],
		['the conventional name, dated', [name('Conventional', '1900', '1950', { conventional: true })], 'Town, called Conventional (1900 to 1950)'],
		['only its own name', [name('Town')], 'Town'],
		['an undated other name', [name('Alias')], 'Town'],
		['its own name, dated', [name('Town', '1910', '1945')], 'Town'],
		['no names at all', [], 'Town'],
		// Regression: "Old Town (1932 (uncertain) to 1945 (uncertain))" nested one bracket in another.
		['a name of uncertain dates', [name('Old Town', '1932?', '1945?')], 'Town, called Old Town (perhaps 1932 to perhaps 1945)']
	])('heads a city with %s: %s', (_, names, headline) => {
		expect(placeHeadline(place(names))).toBe(headline);
	});

	it("heads a region with its name alone: its other names are states, not what it was called", () => {
		expect(placeHeadline(place([name('Old Region', '1910', '1945', { conventional: true })], 'region'))).toBe('Town');
	});
});

describe('compileAtlas: notes', () => {
	const compiled = compileAtlas(
		decoded((fixture) => {
			addEvents(event('noted', '1945-08-21', [127, 39], { dateNote: 'Sources differ by a day.', locationNote: 'The harbour, not the town.' }))(fixture);
			(fixture.places.features[1]!.properties as Json)['derivation'] = { method: 'traced from a test map', approximate: true };
			(fixture.advances.features[0]!.properties as Json)['note'] = 'A test note.';
		})
	);

	it.each([
		['event', 'noted', [{ label: 'On the date', text: 'Sources differ by a day.' }, { label: 'On the point', text: 'The harbour, not the town.' }]],
		['event', 'event-a', []],
		['place', 'town-a', [{ label: 'On the point', text: 'Where the test put it.' }]],
		['place', 'region-b', [{ label: 'Shape', text: 'traced from a test map (approximate).' }]],
		['zone', 'zone-a', [{ label: 'Shape', text: 'by hand, for a test (approximate boundary).' }]],
		['line', 'line-a', [{ label: 'Shape', text: 'by hand, for a test.' }]],
		['advance', 'advance-a', [{ label: 'Note', text: 'A test note.' }]]
	] as const)('notes of the %s %s: %j', (kind, id, notes) => {
		expect(find(compiled, kind, id).detail.notes).toEqual(notes);
	});
});

describe('compileAtlas: facts', () => {
	it('relates an event to an advance that ends near it on its days', () => {
		// Advance A ends at 123°E 42°N on 20 August 1945.
		const compiled = compileAtlas(
			decoded(addEvents(event('arrival', '1945-08-20', [123.1, 42], { title: 'Arrival' }), event('too-late', '1945-08-25', [123, 42]), event('too-far', '1945-08-20', [125, 42])))
		);
		const facts = (id: string) => find(compiled, 'event', id).detail.facts;
		const advance = find(compiled, 'advance', 'advance-a').detail.facts[0];
		expect(facts('arrival')).toEqual([`Related: Advance A. ${advance}`]);
		expect(facts('too-late')).toEqual([]);
		expect(facts('too-far')).toEqual([]);
	});

	it('measures a line of several parts as the sum of them', () => {
		const parts = [
			[[10, 0], [11, 0]],
			[[20, 0], [22, 0]]
		];
		const compiled = compileAtlas(decoded((fixture) => ((fixture.lines.features[0] as Json)['geometry'] = { type: 'MultiLineString', coordinates: parts })));
		const km = Math.round(length(multiLineString(parts)));
		expect(km).toBeGreaterThan(300);
		expect(find(compiled, 'line', 'line-a').detail.facts).toEqual([`${km} km long.`]);
	});

	it('marks an event uncertain when either date is', () => {
		const compiled = compileAtlas(decoded(addEvents(event('doubt', '1945-08-21?', [127, 39]), event('about', '1945-08-21', [127, 39], { end: '1945-09~' }))));
		expect(find(compiled, 'event', 'doubt').detail.uncertain).toBe(true);
		expect(find(compiled, 'event', 'about').detail.uncertain).toBe(true);
		expect(find(compiled, 'event', 'event-a').detail.uncertain).toBe(false);
	});
});

describe('compileAtlas: a front of one keyframe', () => {
	const compiled = compileAtlas(decoded((fixture) => fixture.frontlines.features.pop()));

	it('draws it on that day only, held once over, with no ghost', () => {
		const front = find(compiled, 'front', 'front-a');
		expect([front.from, front.to, front.hold]).toEqual([day('1945-08-10'), day('1945-08-11'), true]);
		expect(front.parts.map((p) => [p.from, p.to, p.hold, p.props['kind']])).toEqual([[day('1945-08-10'), day('1945-08-11'), true, 'keyframe']]);
		expect(front.detail.positions).toEqual(['front-a-1945-08-10']);
	});

	it('dates it on that day, in words', () => {
		expect(find(compiled, 'front', 'front-a').when).toBe('10 August 1945');
		expect(find(compiled, 'keyframe', 'front-a-1945-08-10').detail.front!.when).toBe('10 August 1945');
	});
});

describe('compileAtlas: an atlas of events and places only', () => {
	it('compiles with no fronts, advances, zones or lines', () => {
		const compiled = compileAtlas(
			decoded((fixture) => {
				for (const kind of ['frontlines', 'advances', 'zones', 'lines'] as const) fixture[kind].features = [];
			})
		);
		expect(compiled.features.map((f) => f.kind)).toEqual(['event', 'place', 'place']);
	});
});
