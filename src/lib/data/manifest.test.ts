import { describe, expect, it } from 'vitest';
import { validManifest } from './fixtures/atlas';
import { decodeManifest } from './manifest';
import { formatProblem } from './problem';

// The manifest is plain JSON: tests break it the way a careless edit would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const decode = (change: (m: Json) => void = () => {}) => {
	const manifest: Json = validManifest();
	change(manifest);
	return decodeManifest(JSON.stringify(manifest));
};

describe('decodeManifest', () => {
	it('decodes a full manifest into domain values', () => {
		const { manifest, problems } = decode();
		expect(problems).toEqual([]);
		if (!manifest) throw new Error('no manifest');
		expect(manifest.title).toBe('Test atlas');
		expect(manifest.presets?.[0]?.from.text).toBe('1945-08');
		expect(manifest.presets?.[0]?.to.end).toBe(manifest.start!.start + 23);
		expect(manifest.styles?.['occupied']?.color).toBe('#1f5fa8');
		expect(manifest.labels?.[0]?.coordinates).toEqual([124, 36]);
	});

	it('needs only a title and a description', () => {
		const { manifest, problems } = decodeManifest('{"title": "T", "description": "D"}');
		expect(problems).toEqual([]);
		expect(manifest).toEqual({ title: 'T', description: 'D' });
	});

	it('reads a file that starts with a UTF-8 byte-order mark', () => {
		expect(decodeManifest('\uFEFF{"title": "T", "description": "D"}').problems).toEqual([]);
	});

	// One case per rule: how the manifest is broken, and the exact line the checker prints.
	const cases: [string, (m: Json) => void, string][] = [
		['no title', (m) => delete m.title, 'atlas.json > title: required'],
		['an empty description', (m) => (m.description = '  '), 'atlas.json > description: must not be empty'],
		['a misspelt key', (m) => (m.descripton = 'x'), 'atlas.json > descripton: unknown property; did you mean "description"?'],
		['a misspelt key of a preset', (m) => (m.presets[0].lable = 'x'), 'atlas.json > presets[0].lable: unknown property; did you mean "label"?'],
		['a misspelt key of the camera', (m) => (m.camera.zom = 4), 'atlas.json > camera.zom: unknown property; did you mean "zoom"?'],
		['a misspelt key of a style', (m) => (m.styles.occupied.colour = '#000000'), 'atlas.json > styles.occupied.colour: unknown property; did you mean "color"?'],
		['an invalid preset date', (m) => m.presets.push({ label: 'Later', from: '1945-13', to: '1946' }), 'atlas.json > presets[1].from: "1945-13" is not a valid date: month 13 does not exist'],
		['a preset that ends before it starts', (m) => (m.presets[0].to = '1945-07'), 'atlas.json > presets[0].to: ends (1945-07) before it starts (1945-08)'],
		['a period that ends before it starts', (m) => (m.period.to = '1944'), 'atlas.json > period.to: ends (1944) before it starts (1945-08-01)'],
		['no presets at all', (m) => (m.presets = []), 'atlas.json > presets: list at least one preset, or leave presets out to derive them'],
		['an invalid start', (m) => (m.start = 'soon'), 'atlas.json > start: "soon" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %'],
		['a colour by name', (m) => (m.categories[0].color = 'red'), 'atlas.json > categories[0].color: a colour is # followed by six hexadecimal digits, such as "#c0392b"'],
		['a short colour', (m) => (m.styles.occupied.color = '#abc'), 'atlas.json > styles.occupied.color: a colour is # followed by six hexadecimal digits, such as "#c0392b"'],
		['a style without a colour', (m) => delete m.styles.occupied.color, 'atlas.json > styles.occupied.color: required'],
		['a duplicate category', (m) => m.categories.push({ id: 'military', label: 'Again' }), 'atlas.json > categories[1].id: duplicate category: also declared at categories[0]'],
		['an extent whose east lies west', (m) => (m.extent = [140, 30, 110, 50]), 'atlas.json > extent[2]: the east edge (110) must lie east of the west edge (140)'],
		['an extent whose north lies south', (m) => (m.extent = [110, 50, 140, 50]), 'atlas.json > extent[3]: the north edge (50) must lie north of the south edge (50)'],
		['an extent off the globe', (m) => (m.extent = [110, 30, 190, 50]), 'atlas.json > extent[2]: longitude above 180'],
		['an extent of three numbers', (m) => (m.extent = [110, 30, 140]), 'atlas.json > extent: Too small: expected array to have >=4 items'],
		['a zoom past 22', (m) => (m.camera.zoom = 23), 'atlas.json > camera.zoom: zoom above 22'],
		['a camera latitude below -90', (m) => (m.camera.lat = -91), 'atlas.json > camera.lat: latitude below -90'],
		['a camera at the pole', (m) => (m.camera.lat = 90), 'atlas.json > camera.lat: latitude 90 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it'],
		['a camera longitude past 180', (m) => (m.camera.lon = 181), 'atlas.json > camera.lon: longitude above 180'],
		['a label of an unknown kind', (m) => (m.labels[0].kind = 'lake'), 'atlas.json > labels[0].kind: Invalid option: expected one of "ocean"|"sea"|"strait"|"land"'],
		['a labelled place kind that does not exist', (m) => m.labelledPlaceKinds.push('town'), 'atlas.json > labelledPlaceKinds[2]: Invalid option: expected one of "city"|"port"|"island"|"site"|"region"']
	];

	it.each(cases)('reports %s at its exact place', (_rule, breakIt, expected) => {
		const { manifest, problems } = decode(breakIt);
		expect(problems.map(formatProblem)).toEqual([expected]);
		expect(manifest).toBeNull();
	});

	it.each([
		['{"title": ', /^atlas\.json: not valid JSON: /],
		['[]', /^atlas\.json: expected an object with at least a title and a description$/],
		['"East Asia"', /^atlas\.json: expected an object with at least a title and a description$/]
	])('reports a file that is no manifest: %s', (text, expected) => {
		const { manifest, problems } = decodeManifest(text);
		expect(manifest).toBeNull();
		expect(problems.map(formatProblem)).toEqual([expect.stringMatching(expected)]);
	});
});
