import { booleanPointInPolygon, length, lineString, multiLineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { keyframesByFront, spanDays } from '$lib/domain/atlas';
import { historicalDate } from '$lib/domain/historicalDate';
import { placeHeadline } from '$lib/domain/compile';
import { periodName } from '$lib/domain/names';
import { atlas, byId, manifest, NAMES_ON_9_AUGUST, outline, problems } from './atlas';

const day = (text: string) => historicalDate(text).start;

describe('the shipped atlas as a whole', () => {
	it('decodes without a problem, warnings included', () => expect(problems).toEqual([]));

	it('names itself and colours each of its five categories', () => {
		expect(manifest?.title).toBe('East Asia, 1945');
		expect(manifest?.categories?.map((c) => c.id)).toEqual(['military', 'political', 'diplomatic', 'occupation', 'context']);
	});
});

describe('its fronts', () => {
	const fronts = keyframesByFront(atlas.frontlines);

	it('has exactly four fronts', () => {
		expect([...fronts.keys()].sort()).toEqual(['25th-army', 'first-far-eastern-front', 'second-far-eastern-front', 'transbaikal-front']);
	});

	it.each([
		['transbaikal-front', 'Transbaikal Front', '1945-08-09', '1945-08-20', 6],
		['25th-army', '25th Army (1st Far Eastern Front), in Korea', '1945-08-16', '1945-08-28', 5]
	])('draws %s (%s) from %s to %s in %i keyframes', (front, name, first, last, count) => {
		const keyframes = fronts.get(front)!;
		expect(keyframes.map((k) => k.frontName)).toEqual(Array(count).fill(name));
		expect([keyframes[0]!.date.text, keyframes.at(-1)!.date.text]).toEqual([first, last]);
	});
});

describe('its places and their names in August 1945', () => {
	it.each(NAMES_ON_9_AUGUST)('%s is %s, called %s on 9 August 1945', (id, name, period) => {
		const place = byId(atlas.places, id);
		expect(place.name).toBe(name);
		expect(periodName(place.name, place.names, day('1945-08-09'))).toBe(period);
	});

	it('calls Tokyo by its own name in 1945', () => {
		const tokyo = byId(atlas.places, 'tokyo');
		expect([tokyo.name, periodName(tokyo.name, tokyo.names, day('1945-08-09'))]).toEqual(['Tokyo', null]);
	});

	it('knows Wonsan as Genzan from 1910 to 1945, one name with Gensan as its other romanisation', () => {
		const names = byId(atlas.places, 'wonsan').names;
		const genzan = names.find((n) => n.name === 'Genzan');
		expect([genzan?.start?.text, genzan?.end?.text, genzan?.variants]).toEqual(['1910', '1945', ['Gensan']]);
		expect(names.map((n) => n.name)).not.toContain('Gensan');
	});

	it.each([
		['incheon', 'Incheon, called Jinsen'],
		['najin', 'Rajin, called Rashin'],
		['yuzhno-sakhalinsk', 'Yuzhno-Sakhalinsk, called Toyohara']
	])('heads %s with its name of 1945, not one of another era: %s', (id, headline) => {
		// The period in brackets after the name is the headline's own wording, not a fact of the atlas.
		expect(placeHeadline(byId(atlas.places, id)).replace(/ \(.*\)$/, '')).toBe(headline);
	});

	it('holds the events of Korea in its regions, by location or by reference', () => {
		for (const id of ['wonsan-landing', 'rok-founded', 'incheon-us-landing']) {
			expect(booleanPointInPolygon(byId(atlas.events, id).geometry.coordinates, outline(byId(atlas.places, 'korea'))), id).toBe(true);
		}
		for (const id of ['wonsan-landing', 'dprk-founded']) expect(byId(atlas.events, id).places, id).toContain('north-korea');
	});
});

describe('its texts, in the words of their time', () => {
	/** The names of bodies of the time that contain the later names of the states. */
	const ofTheTime = /Provisional People's Committee for North Korea|People's Committee of North Korea|Workers' Party of South Korea/g;
	const texts = [
		...atlas.events.map((e) => ({ id: e.id, start: e.when.start.start, text: [e.title, e.summary, e.dateNote, e.locationNote].join(' ') })),
		...[...atlas.zones, ...atlas.lines].map((z) => ({ id: z.id, start: z.when.start.start, text: `${z.name} ${z.summary}` }))
	];

	it.each([
		['North Korea', '1948-09-09'],
		['South Korea', '1948-08-15']
	])('never says %s of a time before the state existed (%s)', (state, founded) => {
		const early = texts.filter((t) => t.start < day(founded) && new RegExp(`\\b${state}\\b`).test(t.text.replace(ofTheTime, '')));
		expect(early.map((t) => t.id)).toEqual([]);
	});
});

describe('its dated features', () => {
	it.each([
		['wonsan-landing', '1945-08-21', '1945-08-23'],
		['dprk-founded', '1948-09-09', '1948-09-10']
	])('dates the event %s from %s to the day before %s', (id, from, to) => {
		expect(spanDays(byId(atlas.events, id).when)).toEqual({ from: day(from), to: day(to) });
	});

	it('sends the Pacific Fleet from Chongjin to Wonsan on 21 and 22 August 1945, by sea', () => {
		const landing = byId(atlas.advances, 'pacific-fleet-wonsan-landing');
		expect(landing.kind).toBe('sea');
		expect(spanDays(landing.when)).toEqual({ from: day('1945-08-21'), to: day('1945-08-23') });
		expect(landing.waypoints[0]!.place).toMatch(/^Chongjin/);
	});

	it('lets the Republic of Korea stand from 15 August 1948 with no end, and Manchukuo end on 17 August 1945', () => {
		const rok = byId(atlas.zones, 'rok-1948');
		expect([rok.when.start.text, rok.when.end]).toEqual(['1948-08-15', null]);
		const manchukuo = byId(atlas.zones, 'manchukuo');
		expect([manchukuo.when.start.text, spanDays(manchukuo.when).to]).toEqual(['1932-03-01', day('1945-08-18')]);
	});

	it('draws the 38th parallel from 17 August 1945, 250 to 400 km across the peninsula at 38°N', () => {
		const parallel = byId(atlas.lines, 'parallel-38');
		expect([parallel.when.start.text, parallel.when.end]).toEqual(['1945-08-17', null]);
		const { geometry } = parallel;
		const line = geometry.type === 'LineString' ? lineString(geometry.coordinates) : multiLineString(geometry.coordinates);
		const km = length(line, { units: 'kilometers' });
		expect(km).toBeGreaterThan(250);
		expect(km).toBeLessThan(400);
		const positions = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
		for (const [lon, lat] of positions) {
			expect(lat).toBeCloseTo(38, 5);
			expect(lon).toBeGreaterThan(124);
			expect(lon).toBeLessThan(130);
		}
	});
});
