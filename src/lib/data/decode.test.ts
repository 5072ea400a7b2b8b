import { describe, expect, it } from 'vitest';
import { decodeAtlas, type AtlasKind } from './decode';
import { validAtlas } from './fixtures/atlas';
import { formatProblem } from './problem';

type Fixture = ReturnType<typeof validAtlas>;
// The fixtures are plain JSON: tests break them the way a careless edit would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function decode(fixture: Fixture, raw: Partial<Record<AtlasKind, string>> = {}) {
	const texts: Partial<Record<AtlasKind, string>> = {};
	for (const [kind, collection] of Object.entries(fixture)) texts[kind as AtlasKind] = JSON.stringify(collection);
	return decodeAtlas({ ...texts, ...raw });
}

describe('decodeAtlas', () => {
	it('decodes the valid fixture with no problem into domain types', () => {
		const { atlas, problems } = decode(validAtlas());
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.events).toHaveLength(1);
		const event = atlas.events[0]!;
		expect(event.when.start.text).toBe('1945-08-21');
		expect(event.when.end?.end).toBe(event.when.start.start + 2);
		expect(atlas.places[0]!.names[1]!.start?.precision).toBe('year');
		expect(atlas.frontlines.map((f) => f.date.text)).toEqual(['1945-08-10', '1945-08-12']);
		expect(atlas.advances[0]!.waypoints[1]!.date).toBeNull();
	});

	// One case per rule: how the fixture is broken, and the exact line the checker prints.
	const cases: [string, (a: Json) => void, string][] = [
		['a feature without an id', (a) => delete a.events.features[0].id, 'events.geojson > features[0] > id: every feature needs a string id'],
		['an id that is not kebab-case', (a) => (a.events.features[0].id = 'Event A'), 'events.geojson > Event A > id: ids are lower-case words joined by hyphens'],
		['a duplicate id across files', (a) => (a.zones.features[0].id = 'event-a'), 'zones.geojson > event-a > id: duplicate id: also used in events.geojson'],
		['an invalid date', (a) => (a.events.features[0].properties.start = '1945-13-40'), 'events.geojson > event-a > properties.start: "1945-13-40" is not a valid date: month 13 does not exist'],
		['an end before the start', (a) => (a.events.features[0].properties.end = '1945-08-20'), 'events.geojson > event-a > properties.end: ends (1945-08-20) before it starts (1945-08-21)'],
		['a longitude out of range', (a) => (a.events.features[0].geometry.coordinates = [227, 39]), 'events.geojson > event-a > geometry.coordinates[0]: longitude above 180'],
		['a latitude out of range', (a) => (a.places.features[0].geometry.coordinates = [127, -95]), 'places.geojson > town-a > geometry.coordinates[1]: latitude below -90'],
		['an unknown place', (a) => a.events.features[0].properties.places.push('atlantis'), 'events.geojson > event-a > properties.places[2]: no place with id "atlantis" in places.geojson'],
		['no sources', (a) => (a.events.features[0].properties.sources = []), 'events.geojson > event-a > properties.sources: every feature cites at least one source'],
		['a source without an address', (a) => (a.lines.features[0].properties.sources = [{ title: 'x', url: 'not a url' }]), 'lines.geojson > line-a > properties.sources[0].url: must be an http(s) address'],
		['an empty summary', (a) => (a.zones.features[0].properties.summary = ' '), 'zones.geojson > zone-a > properties.summary: must not be empty'],
		['an unknown category', (a) => (a.events.features[0].properties.category = 'gossip'), 'events.geojson > event-a > properties.category: Invalid option: expected one of "military"|"political"|"diplomatic"|"occupation"|"context"'],
		['a tag without #', (a) => (a.events.features[0].properties.tags = ['Test']), 'events.geojson > event-a > properties.tags[0]: a tag is # followed by letters and digits'],
		['keyframes out of date order', (a) => a.frontlines.features.reverse(), 'frontlines.geojson > front-a-1945-08-10 > properties.date: keyframes of front-a must be in date order: 1945-08-10 does not come after front-a-1945-08-12'],
		['a keyframe through one position', (a) => a.frontlines.features[0].properties.positions.pop(), 'frontlines.geojson > front-a-1945-08-10 > properties.positions: a keyframe passes through at least two positions'],
		['a self-intersecting polygon', (a) => (a.zones.features[0].geometry.coordinates = [[[126, 38], [128, 40], [128, 38], [126, 40], [126, 38]]]), 'zones.geojson > zone-a > geometry: the polygon crosses itself at 127.0000,39.0000'],
		['an open ring', (a) => (a.places.features[1].geometry.coordinates = [[[126, 38], [128, 38], [128, 40], [126, 40]]]), 'places.geojson > region-b > geometry.coordinates[0]: a ring must end where it starts'],
		['a line of one position', (a) => (a.advances.features[0].geometry.coordinates = [[120, 45]]), 'advances.geojson > advance-a > geometry.coordinates: a line needs at least two positions'],
		['a name used backwards in time', (a) => (a.places.features[0].properties.names[1].end = '1900'), "places.geojson > town-a > properties.names[1].end: the name's use ends (1900) before it starts (1910)"]
	];

	it.each(cases)('reports %s at its exact place', (_rule, breakIt, expected) => {
		const fixture = validAtlas();
		breakIt(fixture);
		const { problems } = decode(fixture);
		expect(problems.map(formatProblem)).toContain(expected);
	});

	it('reports a file that is not JSON, and keeps every other file', () => {
		const { atlas, problems } = decode(validAtlas(), { events: '{"type": "FeatureCollection", "features": [' });
		expect(problems.map(formatProblem)[0]).toMatch(/^events\.geojson: not valid JSON: /);
		expect(atlas.places).toHaveLength(2);
		expect(atlas.zones).toHaveLength(1);
	});

	it('reports a file that is not a FeatureCollection', () => {
		const { problems } = decode(validAtlas(), { lines: '{"type": "Feature"}' });
		expect(problems.map(formatProblem)).toEqual(['lines.geojson: expected a GeoJSON FeatureCollection with a features array']);
	});

	it('reports every problem at once, and keeps the features that are fine', () => {
		const fixture = validAtlas();
		fixture.frontlines.features[1]!.properties.date = 'yesterday';
		(fixture.events.features[0]!.properties as Json).start = '1945-02-30';
		const { atlas, problems } = decode(fixture);
		expect(problems).toHaveLength(2);
		expect(atlas.frontlines).toHaveLength(1);
		expect(atlas.places).toHaveLength(2);
	});
});
