import { describe, expect, it } from 'vitest';
import { decodeAtlas, type AtlasKind } from './decode';
import { validAtlas } from './fixtures/atlas';
import { formatProblem } from './problem';
import { RESEARCH_MARKERS, readerFields, readerTextProblem } from './readerText';

// The fixtures are plain JSON: tests break them the way a careless edit would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function decode(change: (a: Json) => void) {
	const fixture: Json = validAtlas();
	change(fixture);
	const texts: Partial<Record<AtlasKind, string>> = {};
	for (const [kind, collection] of Object.entries(fixture)) texts[kind as AtlasKind] = JSON.stringify(collection);
	return decodeAtlas(texts).problems.map(formatProblem);
}

const advice = 'name the work in the source list, and keep research notes in `editorial`';

describe('readerTextProblem', () => {
	// One sentence per marker, each as research notes left in reader text would say it.
	const markers: [RegExp, string, string][] = [
		[/UNVERIFIED/i, 'The day is unverified: one source only.', 'unverified'],
		[/MoofLife/i, 'The Mooflife page gives no date.', 'Mooflife'],
		[/seed article/i, 'The seed article says so.', 'seed article'],
		[/\bplace id\b/i, "'oslo' is a new place id.", 'place id'],
		[/\bWikipedia\b/i, 'The Norwegian wikipedia gives 17 May.', 'wikipedia'],
		[/\bTODO\b|\bFIXME\b/, 'TODO: check the day.', 'TODO'],
		[/\bTODO\b|\bFIXME\b/, 'FIXME wrong year.', 'FIXME'],
		[/\bnpm\b/, 'Outline from the npm package world-atlas.', 'npm'],
		[/\.(?:js|ts|json|geojson)\b/, 'Cities from cities.json, united.', '.json'],
		[/\.(?:js|ts|json|geojson)\b/, 'Drawn in derive-geodata.js.', '.js'],
		[/\bTurf\b/, 'Simplified with Turf.', 'Turf'],
		[/echarts/i, 'Outline from echarts-countries.', 'echarts'],
		[/\ban older version\b/i, 'An older version of the article gives 1814.', 'An older version'],
		[/\bmirror\b/i, 'Read on a mirror of the archive.', 'mirror'],
		[/\bgeodata\b/i, 'As geodata/README.md says.', 'geodata']
	];

	it('tests every marker of the list', () => {
		expect(new Set(markers.map(([m]) => String(m)))).toEqual(new Set(RESEARCH_MARKERS.map(String)));
	});

	it.each(markers)('%s: "%s" is reported, naming "%s"', (marker, text, found) => {
		expect(marker.test(text)).toBe(true);
		expect(readerTextProblem('summary', text)).toBe(`summary mentions "${found}": ${advice}`);
	});

	it.each([
		['Coordinates: https://example.org/a, taken today.', 'https://example.org/a'],
		['See (http://example.org).', 'http://example.org'],
		['Read at www.example.org/page today.', 'www.example.org/page']
	])('reports a web address: %s', (text, shown) => {
		expect(readerTextProblem('dateNote', text)).toBe(`dateNote holds a web address ("${shown}"): cite the work in the source list, and keep research notes in \`editorial\``);
	});

	it.each([
		'Napoleon was beaten at Waterloo on 18 June 1815.',
		'The turf of the field was wet; the town mirrors the river.',
		'Accounts differ: one gives 17 June, another 18 June.',
		'Its todo list is not ours: no marker in lower-case todo or Npm.'
	])('passes plain prose: %s', (text) => {
		expect(readerTextProblem('summary', text)).toBeNull();
	});

	it.each([
		['The treaty was signed on 1815-06-09.', '1815-06-09'],
		['Accounts give 1815-06 only.', '1815-06'],
		['Peace announced 20 Nov 1815.', '20 Nov 1815'],
		['Signed 9 Sept. 1815 in Vienna.', '9 Sept. 1815'],
		['The battle was fought Jun 18.', 'Jun 18'],
		['Reports of Nov. 20 say so.', 'Nov. 20']
	])('reports a date in another style than "18 June 1815": %s', (text, found) => {
		expect(readerTextProblem('note', text)).toBe(`note writes a date as "${found}": write dates as the explorer does, "18 June 1815"`);
	});

	it.each(['Fought on 18 June 1815, in the war of 1812-1815.', 'A decree of June 1815; the line of 1950-53.', 'Its 2nd Army marched 1,850 km.'])('passes dates in the explorer\'s style: %s', (text) => {
		expect(readerTextProblem('note', text)).toBeNull();
	});

	it('shortens a long address', () => {
		const address = `https://example.org/${'a'.repeat(60)}`;
		expect(readerTextProblem('summary', `At ${address}`)).toBe(`summary holds a web address ("${address.slice(0, 40)}…"): cite the work in the source list, and keep research notes in \`editorial\``);
	});
});

describe('the reader-text check of the decoder', () => {
	// Each reader field of each kind, and the line the checker prints for it.
	const fields: [string, (a: Json) => void, string][] = [
		['an event title', (a) => (a.events.features[0].properties.title = 'Event A (TODO)'), 'events.geojson > event-a > properties.title: title mentions "TODO"'],
		['an event summary', (a) => (a.events.features[0].properties.summary = 'As Wikipedia says.'), 'events.geojson > event-a > properties.summary: summary mentions "Wikipedia"'],
		['an event dateNote', (a) => (a.events.features[0].properties.dateNote = 'UNVERIFIED.'), 'events.geojson > event-a > properties.dateNote: dateNote mentions "UNVERIFIED"'],
		['an event locationNote', (a) => (a.events.features[0].properties.locationNote = 'Taken from the seed article.'), 'events.geojson > event-a > properties.locationNote: locationNote mentions "seed article"'],
		['a place summary', (a) => (a.places.features[0].properties.summary = 'A new place id.'), 'places.geojson > town-a > properties.summary: summary mentions "place id"'],
		['a place locationNote', (a) => (a.places.features[0].properties.locationNote = 'Placed with Turf.'), 'places.geojson > town-a > properties.locationNote: locationNote mentions "Turf"'],
		['a name note', (a) => (a.places.features[0].properties.names[1].note = 'In an older version of the article.'), 'places.geojson > town-a > properties.names[1].note: names[1].note mentions "an older version"'],
		['a place derivation', (a) => (a.places.features[1].properties.derivation = { method: 'From echarts.', approximate: true }), 'places.geojson > region-b > properties.derivation.method: derivation.method mentions "echarts"'],
		['a keyframe note', (a) => (a.frontlines.features[1].properties.note = 'Read on a mirror.'), 'frontlines.geojson > front-a-1945-08-12 > properties.note: note mentions "mirror"'],
		['a front summary', (a) => (a.frontlines.features[0].properties.frontSummary = 'Drawn by npm run derive.'), 'frontlines.geojson > front-a-1945-08-10 > properties.frontSummary: frontSummary mentions "npm"'],
		['an advance note', (a) => (a.advances.features[0].properties.note = 'See geodata/README.'), 'advances.geojson > advance-a > properties.note: note mentions "geodata"'],
		['a zone summary', (a) => (a.zones.features[0].properties.summary = 'MoofLife says so.'), 'zones.geojson > zone-a > properties.summary: summary mentions "MoofLife"'],
		['a zone derivation', (a) => (a.zones.features[0].properties.derivation.method = 'From zones.geojson.'), 'zones.geojson > zone-a > properties.derivation.method: derivation.method mentions ".geojson"'],
		['a line summary', (a) => (a.lines.features[0].properties.summary = 'See https://example.org.'), 'lines.geojson > line-a > properties.summary: summary holds a web address ("https://example.org"): cite the work in the source list, and keep research notes in `editorial`'],
		['a line derivation', (a) => (a.lines.features[0].properties.derivation.method = 'FIXME'), 'lines.geojson > line-a > properties.derivation.method: derivation.method mentions "FIXME"']
	];

	it.each(fields)('reports %s at its exact place', (_field, change, expected) => {
		const withAdvice = expected.includes('web address') ? expected : `${expected}: ${advice}`;
		expect(decode(change)).toEqual([withAdvice]);
	});

	it('reads every reader field of the fixture, and nothing else', () => {
		const problems = decode(() => {});
		expect(problems).toEqual([]);
		const { atlas } = decodeAtlas(Object.fromEntries(Object.entries(validAtlas()).map(([k, c]) => [k, JSON.stringify(c)])));
		expect(readerFields(atlas).map((f) => `${f.id} ${f.path}`)).toEqual([
			'event-a properties.title',
			'event-a properties.summary',
			'town-a properties.summary',
			'town-a properties.locationNote',
			'region-b properties.summary',
			'front-a-1945-08-10 properties.frontSummary',
			'zone-a properties.summary',
			'zone-a properties.derivation.method',
			'line-a properties.summary',
			'line-a properties.derivation.method'
		]);
	});

	it('leaves editorial notes, titles of sources and names alone', () => {
		const problems = decode((a) => {
			a.events.features[0].properties.editorial = 'Read at https://example.org/copy (a mirror); UNVERIFIED.';
			a.events.features[0].properties.sources[0].title = 'Waterloo (Wikipedia)';
		});
		expect(problems).toEqual([]);
	});
});
