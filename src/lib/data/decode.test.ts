import { describe, expect, it } from 'vitest';
import { compileAtlas } from '../domain/compile';
import { decodeAtlas, decodeAtlasFolder, type AtlasFolderTexts, type AtlasKind } from './decode';
import { validAtlas, validManifest } from './fixtures/atlas';
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

	it('keeps what the domain needs: a place\'s locationNote, the style of zones and lines, any category', () => {
		const fixture = validAtlas();
		(fixture.events.features[0]!.properties as Json).category = 'gossip';
		const { atlas, problems } = decode(fixture);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.places[0]!.locationNote).toBe('Where the test put it.');
		expect(atlas.places[1]).not.toHaveProperty('locationNote');
		expect([atlas.zones[0]!.style, atlas.lines[0]!.style]).toEqual(['occupied', 'occupied']);
		expect(atlas.events[0]!.category).toBe('gossip');
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
		['a source with a bad address', (a) => (a.lines.features[0].properties.sources = [{ title: 'x', kind: 'web', url: 'not a url' }]), 'lines.geojson > line-a > properties.sources[0].url: must be an http(s) address'],
		['a source with a file address', (a) => (a.lines.features[0].properties.sources[0].url = 'file:///etc/passwd'), 'lines.geojson > line-a > properties.sources[0].url: must be an http(s) address'],
		['a source without a kind', (a) => delete a.events.features[0].properties.sources[0].kind, 'events.geojson > event-a > properties.sources[0].kind: required: one of "primary", "official history", "scholarly", "reference", "press", "web"'],
		['a source of an unknown kind', (a) => (a.places.features[0].properties.sources[0].kind = 'blog'), 'places.geojson > town-a > properties.sources[0].kind: must be one of "primary", "official history", "scholarly", "reference", "press", "web"'],
		['a source with an empty author', (a) => (a.zones.features[0].properties.sources[0].author = ''), 'zones.geojson > zone-a > properties.sources[0].author: must not be empty'],
		['an empty editorial note', (a) => (a.advances.features[0].properties.editorial = ' '), 'advances.geojson > advance-a > properties.editorial: must not be empty'],
		['a first keyframe without the front summary', (a) => delete a.frontlines.features[0].properties.frontSummary, 'frontlines.geojson > front-a-1945-08-10 > properties.frontSummary: required on the first keyframe of front-a: what the front was and did, for its panel'],
		['a front summary on a later keyframe', (a) => (a.frontlines.features[1].properties.frontSummary = 'Again.'), 'frontlines.geojson > front-a-1945-08-12 > properties.frontSummary: only the first keyframe of front-a (front-a-1945-08-10) gives its summary'],
		['a front category on a later keyframe', (a) => (a.frontlines.features[1].properties.category = 'military'), 'frontlines.geojson > front-a-1945-08-12 > properties.category: only the first keyframe of front-a (front-a-1945-08-10) gives its category'],
		['an empty zone category', (a) => (a.zones.features[0].properties.category = ''), 'zones.geojson > zone-a > properties.category: must not be empty'],
		['a place rank of 0', (a) => (a.places.features[0].properties.rank = 0), 'places.geojson > town-a > properties.rank: a rank is 1 (labelled first) or more'],
		['a place rank of 1.5', (a) => (a.places.features[0].properties.rank = 1.5), 'places.geojson > town-a > properties.rank: a rank is a whole number'],
		['a variant that is the name itself', (a) => (a.places.features[0].properties.names[1].variants = ['Old A']), 'places.geojson > town-a > properties.names[1].variants[0]: "Old A" is already given for this name'],
		['a variant given twice', (a) => (a.places.features[0].properties.names[1].variants = ['Olde A', 'Olde A']), 'places.geojson > town-a > properties.names[1].variants[1]: "Olde A" is already given for this name'],
		['an empty list of variants', (a) => (a.places.features[0].properties.names[1].variants = []), 'places.geojson > town-a > properties.names[1].variants: leave variants out when there are none'],
		['a variant that is another entry', (a) => (a.places.features[0].properties.names[1].variants = ['Town A']), 'places.geojson > town-a > properties.names[1].variants[0]: "Town A" is also names[0]: give each name one entry, with its other romanisations as variants'],
		['an empty summary', (a) => (a.zones.features[0].properties.summary = ' '), 'zones.geojson > zone-a > properties.summary: must not be empty'],
		['an empty category', (a) => (a.events.features[0].properties.category = ''), 'events.geojson > event-a > properties.category: must not be empty'],
		['a missing title', (a) => delete a.events.features[0].properties.title, 'events.geojson > event-a > properties.title: required'],
		['a tag without #', (a) => (a.events.features[0].properties.tags = ['Test']), 'events.geojson > event-a > properties.tags[0]: a tag is # followed by letters and digits'],
		['keyframes out of date order', (a) => a.frontlines.features.reverse(), 'frontlines.geojson > front-a-1945-08-10 > properties.date: keyframes of front-a must be in date order: 1945-08-10 does not come after front-a-1945-08-12'],
		['a keyframe through one position', (a) => a.frontlines.features[0].properties.positions.pop(), 'frontlines.geojson > front-a-1945-08-10 > properties.positions: a keyframe passes through at least two positions'],
		['a self-intersecting polygon', (a) => (a.zones.features[0].geometry.coordinates = [[[126, 38], [128, 40], [128, 38], [126, 40], [126, 38]]]), 'zones.geojson > zone-a > geometry: the polygon crosses itself at 127.0000,39.0000'],
		['an open ring', (a) => (a.places.features[1].geometry.coordinates = [[[126, 38], [128, 38], [128, 40], [126, 40]]]), 'places.geojson > region-b > geometry.coordinates[0]: a ring must end where it starts'],
		['a line of one position', (a) => (a.advances.features[0].geometry.coordinates = [[120, 45]]), 'advances.geojson > advance-a > geometry.coordinates: a line needs at least two positions'],
		['a name used backwards in time', (a) => (a.places.features[0].properties.names[1].end = '1900'), "places.geojson > town-a > properties.names[1].end: the name's use ends (1900) before it starts (1910)"],
		['a misspelt property', (a) => (a.events.features[0].properties.datenote = 'x'), 'events.geojson > event-a > properties.datenote: unknown property; did you mean "dateNote"?'],
		['a misspelt property of a feature', (a) => (a.zones.features[0].propertes = {}), 'zones.geojson > zone-a > propertes: unknown property; did you mean "properties"?'],
		['a misspelt property of a source', (a) => (a.lines.features[0].properties.sources[0] = { title: 'x', url: 'https://example.org', tilte: 'y' }), 'lines.geojson > line-a > properties.sources[0].tilte: unknown property; did you mean "title"?'],
		['a misspelt property of a name', (a) => (a.places.features[0].properties.names[1].conventinal = true), 'places.geojson > town-a > properties.names[1].conventinal: unknown property; did you mean "conventional"?'],
		['a misspelt property of a front position', (a) => (a.frontlines.features[0].properties.positions[1].formaton = 'x'), 'frontlines.geojson > front-a-1945-08-10 > properties.positions[1].formaton: unknown property; did you mean "formation"?'],
		['a misspelt property of a waypoint', (a) => (a.advances.features[0].properties.waypoints[0].dates = 'x'), 'advances.geojson > advance-a > properties.waypoints[0].dates: unknown property; did you mean "date"?'],
		['a misspelt property of a derivation', (a) => (a.zones.features[0].properties.derivation.aproximate = true), 'zones.geojson > zone-a > properties.derivation.aproximate: unknown property; did you mean "approximate"?'],
		['an unknown property like no other', (a) => (a.lines.features[0].properties.colour = 'red'), 'lines.geojson > line-a > properties.colour: unknown property; expected one of "name", "style", "category", "start", "end", "summary", "sources", "derivation", "editorial"'],
		['an event at latitude 90', (a) => (a.events.features[0].geometry.coordinates = [127, 90]), 'events.geojson > event-a > geometry.coordinates[1]: latitude 90 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		['a place point at latitude -86', (a) => (a.places.features[0].geometry.coordinates = [127, -86]), 'places.geojson > town-a > geometry.coordinates[1]: latitude -86 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		['a front position at latitude 89', (a) => (a.frontlines.features[1].properties.positions[0].coordinates = [121, 89]), 'frontlines.geojson > front-a-1945-08-12 > properties.positions[0].coordinates[1]: latitude 89 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		['a ground advance of no front', (a) => (a.advances.features[0].properties.front = 'front-z-army'), 'advances.geojson > advance-a > properties.front: no front with id "front-z-army" in frontlines.geojson'],
		['a landing of a misspelt front', (a) => Object.assign(a.advances.features[0].properties, { kind: 'sea', front: 'frnt-a' }), 'advances.geojson > advance-a > properties.front: no front with id "frnt-a" in frontlines.geojson; did you mean "front-a"?']
	];

	it.each(cases)('reports %s at its exact place', (_rule, breakIt, expected) => {
		const fixture = validAtlas();
		breakIt(fixture);
		const { problems } = decode(fixture);
		expect(problems.map(formatProblem)).toContain(expected);
	});

	it('reads sources as works: a book with no address, an author, a publisher and a year', () => {
		const fixture: Json = validAtlas();
		const book = { title: 'A History of Tests', kind: 'scholarly', author: 'A. Writer', publisher: 'Test Press', year: '1999' };
		fixture.events.features[0].properties.sources.unshift(book);
		const { atlas, problems } = decode(fixture);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.events[0]!.sources).toEqual([book, { title: 'Test source', kind: 'reference', url: 'https://example.org/source' }]);
	});

	it('lets an event name no place and give no summary, as one made from a reader\'s table', () => {
		const fixture = validAtlas();
		const props = fixture.events.features[0]!.properties as Json;
		delete props.places;
		delete props.summary;
		const { atlas, problems } = decode(fixture);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.events[0]).toMatchObject({ places: [], summary: '' });
	});

	it("reads a name's other romanisations", () => {
		const fixture = validAtlas();
		(fixture.places.features[0]!.properties.names[1] as Json).variants = ['Olde A', 'Oold A'];
		const { atlas, problems } = decode(fixture);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.places[0]!.names[1]!.variants).toEqual(['Olde A', 'Oold A']);
		expect(atlas.places[0]!.names[0]).not.toHaveProperty('variants');
	});

	it('accepts an editorial note on every kind of feature and drops it: nothing compiled from the atlas holds it', () => {
		const fixture = validAtlas();
		const kinds = Object.keys(fixture) as (keyof Fixture)[];
		for (const kind of kinds) {
			fixture[kind].features.forEach((f, i) => ((f.properties as Json).editorial = `EDITORIAL-${kind}-${i}: read in a copy at https://example.org/copy`));
		}
		const { atlas, problems } = decode(fixture);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(kinds.map((kind) => atlas[kind].length)).toEqual(kinds.map((kind) => fixture[kind].features.length));
		const everything = JSON.stringify([atlas, compileAtlas(atlas)]);
		expect(everything).not.toContain('EDITORIAL');
		expect(everything).not.toContain('example.org/copy');
		expect(everything).not.toContain('editorial');
	});

	it('reports a file that is not JSON, and keeps every other file', () => {
		const { atlas, problems } = decode(validAtlas(), { events: '{"type": "FeatureCollection", "features": [' });
		expect(problems.map(formatProblem)[0]).toMatch(/^events\.geojson: not valid JSON: /);
		expect(atlas.places).toHaveLength(2);
		expect(atlas.zones).toHaveLength(1);
	});

	it('accepts a sea or airborne landing made by a force that draws no frontline', () => {
		const fixture = validAtlas();
		Object.assign(fixture.advances.features[0]!.properties, { kind: 'sea', front: 'northern-fleet' });
		expect(decode(fixture).problems.map(formatProblem)).toEqual([]);
	});

	it('reads a file that starts with a UTF-8 byte-order mark', () => {
		const { atlas, problems } = decode(validAtlas(), { events: `\uFEFF${JSON.stringify(validAtlas().events)}` });
		expect(problems.map(formatProblem)).toEqual([]);
		expect(atlas.events).toHaveLength(1);
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

describe('decodeAtlasFolder', () => {
	const folder = (change: (manifest: Json, atlas: Json) => void = () => {}): AtlasFolderTexts => {
		const manifest = validManifest();
		const atlas = validAtlas();
		change(manifest, atlas);
		const features: Partial<Record<AtlasKind, string>> = {};
		for (const [kind, collection] of Object.entries(atlas)) features[kind as AtlasKind] = JSON.stringify(collection);
		return { manifest: JSON.stringify(manifest), features };
	};

	it('decodes a valid folder into the atlas and its manifest, with no problem', () => {
		const { atlas, manifest, problems } = decodeAtlasFolder(folder());
		expect(problems.map(formatProblem)).toEqual([]);
		expect(manifest?.title).toBe('Test atlas');
		expect(atlas.events).toHaveLength(1);
	});

	it('needs only atlas.json and events.geojson (and the places the events name)', () => {
		const { manifest, features } = folder((m) => {
			delete m.categories;
			delete m.styles;
		});
		const { problems } = decodeAtlasFolder({ manifest, features: { events: features.events!, places: features.places! } });
		expect(problems.map(formatProblem)).toEqual([]);
	});

	const cases: [string, (texts: AtlasFolderTexts) => void, string][] = [
		['a folder without atlas.json', (t) => delete t.manifest, 'atlas.json: no such file: every atlas folder needs one, with at least a title and a description'],
		['a folder without events.geojson', (t) => delete t.features.events, 'events.geojson: no such file: every atlas folder needs its events'],
		['a manifest that does not decode', (t) => (t.manifest = '{"title": "T"}'), 'atlas.json > description: required']
	];

	it.each(cases)('reports %s', (_rule, breakIt, expected) => {
		const texts = folder();
		breakIt(texts);
		const { problems } = decodeAtlasFolder(texts);
		expect(problems.map(formatProblem)).toEqual([expected]);
		expect(problems.every((p) => p.severity === undefined)).toBe(true);
	});

	const declarations: [string, (manifest: Json, atlas: Json) => void, string, 'warning' | undefined][] = [
		['a category no event uses', (m) => m.categories.push({ id: 'naval', label: 'Naval' }), 'warning: atlas.json > categories[1].id: no feature has category "naval"', 'warning'],
		['a style no zone or line uses', (m) => (m.styles.spare = { label: 'Spare', color: '#000000' }), 'warning: atlas.json > styles.spare: no zone or line has style "spare"', 'warning'],
		['a zone style the manifest does not declare', (_m, a) => (a.zones.features[0].properties.style = 'ocupied'), 'zones.geojson > zone-a > properties.style: no style "ocupied" in atlas.json; did you mean "occupied"?', undefined],
		['an advance category no event has', (_m, a) => (a.advances.features[0].properties.category = 'militray'), 'advances.geojson > advance-a > properties.category: no event has category "militray" and atlas.json does not declare it; did you mean "military"?', undefined],
		['a line style in a manifest without styles', (m, a) => { delete m.styles; a.zones.features[0].properties.style = undefined; }, 'lines.geojson > line-a > properties.style: no style "occupied" in atlas.json (it declares no styles)', undefined]
	];

	it.each(declarations)('checks the manifest against the features: %s', (_rule, change, expected, severity) => {
		const { problems } = decodeAtlasFolder(folder(change));
		expect(problems.map(formatProblem)).toEqual([expected]);
		expect(problems[0]!.severity).toBe(severity);
	});

	it.each([
		['a category', (_m: Json, a: Json) => (a.events.features[0].properties.start = 'soon'), 'events.geojson > event-a > properties.start: "soon" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %'],
		['a style', (_m: Json, a: Json) => (a.lines.features[0].properties.summary = ''), 'lines.geojson > line-a > properties.summary: must not be empty']
	])('does not call %s unused when features that may use it did not decode', (_what, change, expected) => {
		const { problems } = decodeAtlasFolder(folder((m, a) => {
			a.zones.features[0].properties.style = undefined;
			change(m, a);
		}));
		expect(problems.map(formatProblem)).toEqual([expected]);
	});

	it('lets an event use a category the manifest does not declare', () => {
		const { problems } = decodeAtlasFolder(folder((m, a) => {
			m.categories[0].id = 'naval';
			m.categories.push({ id: 'trade', label: 'Trade' });
			a.events.features.push({ ...a.events.features[0], id: 'event-b', properties: { ...a.events.features[0].properties, category: 'trade' } });
			a.events.features[0].properties.category = 'undeclared';
		}));
		expect(problems.map(formatProblem)).toEqual(['warning: atlas.json > categories[0].id: no feature has category "naval"']);
	});

	it('counts the categories of fronts, advances and zones as used, fronts and advances military by default', () => {
		const { problems } = decodeAtlasFolder(folder((m, a) => {
			m.categories.push({ id: 'rule', label: 'Rule' });
			a.zones.features[0].properties.category = 'rule';
			a.events.features[0].properties.category = 'trade';
		}));
		expect(problems.map(formatProblem)).toEqual([]);
	});
});
