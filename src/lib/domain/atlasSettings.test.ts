import { describe, expect, it } from 'vitest';
import { decodeAtlas, type AtlasKind } from '../data/decode';
import { validAtlas, validManifest } from '../data/fixtures/atlas';
import { decodeManifest } from '../data/manifest';
import { formatProblem } from '../data/problem';
import type { Advance, Atlas, AtlasEvent, AtlasLine, Place, Zone } from './atlas';
import { atlasSettings, cameraFor, dataExtent, dataPeriod, densityPresets, FALLBACK_COLORS, rangeInWords, type Extent } from './atlasSettings';
import { compileAtlas } from './compile';
import { dayFromCivil } from './day';
import type { CompiledAtlas } from './feature';
import { historicalDate } from './historicalDate';
import type { AtlasManifest } from './manifest';

const day = (text: string) => historicalDate(text).start;
/** The first day of a year, BCE years written astronomically (-217 is 218 BCE). */
const jan1 = (year: number) => dayFromCivil({ year, month: 1, day: 1 });

/** The fixture atlas, decoded without a problem. */
function fixtureAtlas(): Atlas {
	const texts = Object.fromEntries(Object.entries(validAtlas()).map(([kind, c]) => [kind, JSON.stringify(c)])) as Partial<Record<AtlasKind, string>>;
	const { atlas, problems } = decodeAtlas(texts);
	expect(problems.map(formatProblem)).toEqual([]);
	return atlas;
}

/** A manifest decoded from its JSON, failing the test on any problem. */
function manifestOf(json: object): AtlasManifest {
	const { manifest, problems } = decodeManifest(JSON.stringify(json));
	expect(problems.map(formatProblem)).toEqual([]);
	return manifest!;
}

const bare = { title: 'Bare atlas', description: 'Only a title and a description.' };

const EMPTY: Atlas = { events: [], places: [], frontlines: [], advances: [], zones: [], lines: [] };

/** An event on `start`, at a point, of a category. */
function event(id: string, start: string, { end, category = 'battle', at = [10, 40] }: { end?: string; category?: string; at?: [number, number] } = {}): AtlasEvent {
	return {
		id, title: `Event ${id}`, when: { start: historicalDate(start), end: end ? historicalDate(end) : null }, category, summary: '', tags: ['#Test'],
		places: [], sources: [], geometry: { type: 'Point', coordinates: at }
	};
}

const compiled = (atlas: Partial<Atlas>): CompiledAtlas => compileAtlas({ ...EMPTY, ...atlas });

describe('atlasSettings: what the manifest says is kept', () => {
	const settings = atlasSettings(compileAtlas(fixtureAtlas()), manifestOf(validManifest()));

	it('keeps its title, description, extent, camera, period, presets and opening day', () => {
		expect(settings).toMatchObject({
			title: 'Test atlas',
			description: 'A small atlas for tests.',
			extent: [110, 30, 140, 50],
			camera: { zoom: 4, lat: 40, lon: 125 },
			period: { from: day('1945-08-01'), to: day('1949-01-01') },
			presets: [{ label: 'August 1945', range: { from: day('1945-08-01'), to: day('1945-09-01') } }],
			start: day('1945-08-09')
		});
	});

	it('keeps its categories, styles, labels, legend texts and labelled kinds of place', () => {
		expect(settings.categories).toEqual([{ id: 'military', label: 'Military event', color: '#c0392b' }]);
		expect(settings.styles).toEqual({ occupied: '#1f5fa8' });
		expect(settings.labels).toEqual([{ name: 'Test Sea', kind: 'sea', coordinates: [124, 36], minzoom: 3 }]);
		expect(settings.labelledPlaceKinds).toEqual(['city', 'port']);
		expect(settings.legend.find((e) => e.symbol === 'border')!.label).toBe('Borders');
		expect(settings.legend.find((e) => e.symbol === 'place')!.label).toBe('Town');
	});
});

describe('atlasSettings: what a bare manifest leaves to the data', () => {
	const atlas = compileAtlas(fixtureAtlas());
	const settings = atlasSettings(atlas, manifestOf(bare));

	it("derives the extent from every shape's box, padded by a fifth", () => {
		// The fixture spans 120–129°E and 38–45°N: padded by 1.8° and 1.4°.
		const [w, s, e, n] = settings.extent;
		expect([w, s, e, n].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([118.2, 36.6, 130.8, 46.4]);
	});

	it('opens the camera on the middle of the extent', () => {
		const [w, s, e, n] = settings.extent;
		expect(settings.camera.lon).toBeCloseTo((w + e) / 2, 9);
		expect(settings.camera.lat).toBeCloseTo((s + n) / 2, 9);
		expect(settings.camera.zoom).toBeGreaterThanOrEqual(1);
		expect(settings.camera.zoom).toBeLessThanOrEqual(10);
	});

	it('derives the period from the first day of the month of the earliest date to the end of the month of the latest', () => {
		// Zone A from August 1945 to 9 September 1948; Line A stands on from 15 August 1945.
		expect(settings.period).toEqual({ from: day('1945-08-01'), to: day('1948-10-01') });
	});

	it('opens on the first event, labels cities and ports, and has no labels or styles of its own', () => {
		expect(settings.start).toBe(day('1945-08-21'));
		expect(settings.labelledPlaceKinds).toEqual(['city', 'port']);
		expect(settings.labels).toEqual([]);
		expect(settings.styles).toEqual({});
	});

	it('names and colours the categories the events use', () => {
		expect(settings.categories).toEqual([{ id: 'military', label: 'military', color: FALLBACK_COLORS[0] }]);
	});

	it('ends the presets with the whole period', () => {
		expect(settings.presets.at(-1)).toEqual({ label: 'August 1945 to September 1948 (the whole atlas)', range: settings.period });
	});
});

describe('dataExtent', () => {
	const place = (id: string, coordinates: [number, number]): Place => ({ id, kind: 'city', name: id, names: [], summary: '', sources: [], geometry: { type: 'Point', coordinates } });
	const extentOf = (...points: [number, number][]) => dataExtent(compiled({ places: points.map((p, i) => place(`p${i}`, p)) }));

	it.each([
		['one point: a degree each way', [[10, 20]], [9, 19, 11, 21]],
		['a box: a fifth of its size, at least a degree', [[0, 0], [50, 10]], [-10, -2, 60, 12]],
		['near the poles: kept on the Web Mercator map', [[0, 80], [1, 84.5]], [-1, 79, 2, 85]],
		['near the south pole', [[0, -84.5], [1, -80]], [-1, -85, 2, -79]],
		['the whole world: kept within ±180° and ±85°', [[-170, -84], [170, 84]], [-180, -85, 180, 85]]
	] as const)('pads %s', (_, points, extent) => {
		const found = extentOf(...(points as unknown as [number, number][]))!;
		expect(found.map((v) => Math.round(v * 1e6) / 1e6)).toEqual(extent);
	});

	it('is null for an atlas with nothing to draw', () => {
		expect(dataExtent(compiled({}))).toBeNull();
		expect(dataExtent(compiled({ places: [{ ...place('nowhere', [0, 0]), geometry: null }] }))).toBeNull();
	});

	it('falls back on the whole Web Mercator map', () => {
		expect(atlasSettings(compiled({}), manifestOf(bare)).extent).toEqual([-180, -85, 180, 85]);
	});
});

describe('cameraFor', () => {
	it.each([
		[[118.2, 36.6, 130.8, 46.4]],
		[[-180, -85, 180, 85]],
		[[9.99, 19.99, 10.01, 20.01]],
		[[-10, -2, 60, 12]],
		[[100, 20, 160, 62]]
	] as Extent[][])('sets the camera on %j inside it, at a zoom between 1 and 10 in quarter steps', (extent) => {
		const [w, s, e, n] = extent;
		const { zoom, lat, lon } = cameraFor(extent);
		expect(lon).toBeGreaterThanOrEqual(w);
		expect(lon).toBeLessThanOrEqual(e);
		expect(lat).toBeGreaterThanOrEqual(s);
		expect(lat).toBeLessThanOrEqual(n);
		expect(zoom).toBeGreaterThanOrEqual(1);
		expect(zoom).toBeLessThanOrEqual(10);
		expect(zoom * 4).toBe(Math.round(zoom * 4));
	});

	it('zooms in further on a smaller extent', () => {
		expect(cameraFor([9.99, 19.99, 10.01, 20.01]).zoom).toBe(10);
		expect(cameraFor([-180, -85, 180, 85]).zoom).toBeLessThan(cameraFor([100, 20, 160, 62]).zoom);
	});
});

describe('dataPeriod', () => {
	it.each([
		['one day', [event('a', '1945-08-21')], '1945-08-01', '1945-09-01'],
		['events over months', [event('a', '1945-08-21'), event('b', '1946-03-05')], '1945-08-01', '1946-04-01'],
		['an event that ends later', [event('a', '1945-08-21', { end: '1945-10-02' })], '1945-08-01', '1945-11-01'],
		['an event on the last day of a month', [event('a', '1945-08-31')], '1945-08-01', '1945-09-01'],
		['an event of a year', [event('a', '1945')], '1945-01-01', '1946-01-01']
	])('%s', (_, events, from, to) => {
		expect(dataPeriod(compiled({ events }))).toEqual({ from: day(from), to: day(to) });
	});

	it("counts a zone's start, not the far future of one with no end, and no undated place", () => {
		const zone: Zone = {
			id: 'z', name: 'Z', kind: 'state', when: { start: historicalDate('1948-08-15'), end: null }, summary: '', sources: [],
			derivation: { method: 'test', approximate: false }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
		};
		expect(dataPeriod(compiled({ events: [event('a', '1945-08-21')], zones: [zone] }))).toEqual({ from: day('1945-08-01'), to: day('1948-09-01') });
	});

	it('is null for an atlas without dates', () => {
		expect(dataPeriod(compiled({}))).toBeNull();
	});

	it('runs before the common era', () => {
		const period = dataPeriod(compiled({ events: [event('a', '-0217'), event('b', '-0201')] }))!;
		expect(period).toEqual({ from: jan1(-217), to: jan1(-200) });
		expect(rangeInWords(period)).toBe('218 BCE to 202 BCE');
	});
});

describe('rangeInWords', () => {
	it.each([
		[day('1945-08-01'), day('1945-09-01'), 'August 1945'],
		[day('1945-08-01'), day('1948-10-01'), 'August 1945 to September 1948'],
		[day('1945-01-01'), day('1946-01-01'), '1945'],
		[day('1945-01-01'), day('1949-01-01'), '1945 to 1948'],
		[jan1(-217), jan1(-200), '218 BCE to 202 BCE'],
		[jan1(-217), jan1(-216), '218 BCE'],
		[dayFromCivil({ year: -217, month: 3, day: 1 }), dayFromCivil({ year: -201, month: 11, day: 1 }), 'March 218 BCE to October 202 BCE']
	])('%i to %i reads %s', (from, to, words) => expect(rangeInWords({ from, to })).toBe(words));
});

describe('densityPresets', () => {
	const presetsOf = (...events: AtlasEvent[]) => {
		const atlas = compiled({ events });
		return densityPresets(atlas, dataPeriod(atlas)!);
	};

	it('offers the busiest month and the busiest year, each shorter than half the period, and the whole period', () => {
		// August 1945 to September 1948: a decade is longer than half of it.
		const presets = presetsOf(event('a', '1945-08-21'), event('b', '1945-08-25'), event('c', '1945-09-03'), event('d', '1946-05-01'), event('e', '1948-09-09'));
		expect(presets.map((p) => p.label)).toEqual([
			// The default first: the shortest that holds at least half of the events (3 of 5).
			expect.stringMatching(/1945 \(3 events\)$/),
			'August 1945 (2 events)',
			'August 1945 to September 1948 (the whole atlas)'
		]);
		expect(presets[0]!.range.to).toBe(day('1946-01-01'));
		expect(presets[1]!.range).toEqual({ from: day('1945-08-01'), to: day('1945-09-01') });
		expect(presets[2]!.range).toEqual({ from: day('1945-08-01'), to: day('1948-10-01') });
	});

	it.each([
		['the busiest month, holding half of the events', ['1945-01-05', '1945-06-01', '1947-03-02', '1947-03-20'], ['March 1947 (2 events)', 'January 1945 to March 1947 (the whole atlas)']],
		['the whole period, when no window holds half of them', ['1945-01-05', '1945-01-09', '1946-06-01', '1947-02-01', '1947-11-02'], ['January 1945 to November 1947 (the whole atlas)', 'January 1945 (2 events)']]
	])('puts first, as the default, %s', (_, dates, labels) => {
		const presets = presetsOf(...dates.map((d, i) => event(`e${i}`, d)));
		expect(presets.map((p) => p.label).filter((l) => !/^\d{4} \(/.test(l))).toEqual(labels);
	});

	it('offers the busiest ten years of a long period, from the year of an event', () => {
		const dates = ['-0217-03-01', '-0216-04-01', '-0216-09-01', '-0215-06-01', '-0210-06-01', '-0150-06-01', '-0100-06-01', '-0050-06-01', '0000-06-01', '0050-06-01'];
		const presets = presetsOf(...dates.map((d, i) => event(`e${i}`, d)));
		// Five of ten events: the ten years are the default.
		expect(presets.map((p) => p.label)).toEqual([
			expect.stringMatching(/^(March )?218 BCE to (December )?209 BCE \(5 events\)$/),
			'217 BCE (2 events)',
			'March 218 BCE to June 50 (the whole atlas)'
		]);
	});

	it('offers no month, year or decade with fewer than two events', () => {
		const presets = presetsOf(event('a', '1900-01-15'), event('b', '1950-06-15'), event('c', '2000-11-15'));
		expect(presets.map((p) => p.label)).toEqual(['January 1900 to November 2000 (the whole atlas)']);
	});

	it('offers only the whole period when a month is not shorter than half of it', () => {
		// July and August 1945: 62 days, of which July is exactly half.
		const presets = presetsOf(event('a', '1945-07-01'), event('b', '1945-07-02'), event('c', '1945-08-31'));
		expect(presets.map((p) => p.label)).toEqual(['July 1945 to August 1945 (the whole atlas)']);
	});

	it('keeps every derived preset within the period, which bounds the time axis and links', () => {
		const atlas = compiled({ events: [event('a', '1945-08-21'), event('b', '1945-08-25'), event('c', '1945-09-03'), event('d', '1946-05-01'), event('e', '1948-09-09')] });
		const period = dataPeriod(atlas)!;
		for (const { label, range } of densityPresets(atlas, period)) {
			expect(range.from, label).toBeGreaterThanOrEqual(period.from);
			expect(range.to, label).toBeLessThanOrEqual(period.to);
		}
	});

	it('opens, without a start of its own, on the first event of the default preset', () => {
		const settings = atlasSettings(compiled({ events: [event('a', '1945-01-05'), event('b', '1947-03-02'), event('c', '1947-03-20')] }), manifestOf(bare));
		expect(settings.presets[0]!.label).toBe('March 1947 (2 events)');
		expect(settings.start).toBe(day('1947-03-02'));
	});

	it('labels a BCE atlas in BCE years', () => {
		const settings = atlasSettings(compiled({ events: [event('a', '-0217'), event('b', '-0201')] }), manifestOf(bare));
		expect(settings.presets.map((p) => p.label)).toEqual(['218 BCE to 202 BCE (the whole atlas)']);
		expect(settings.start).toBe(jan1(-217));
	});

	it('gives way to the presets of the manifest', () => {
		const settings = atlasSettings(
			compiled({ events: [event('a', '1945-08-21'), event('b', '1945-08-25'), event('c', '1948-09-09')] }),
			manifestOf({ ...bare, presets: [{ label: 'Mine', from: '1946', to: '1947' }] })
		);
		expect(settings.presets).toEqual([{ label: 'Mine', range: { from: day('1946-01-01'), to: day('1948-01-01') } }]);
	});
});

describe('atlasSettings: categories', () => {
	const events = [event('a', '1945-08-01', { category: 'trade' }), event('b', '1945-08-02', { category: 'battle' }), event('c', '1945-08-03', { category: 'gossip' }), event('d', '1945-08-04', { category: 'siege' })];
	const categoriesOf = (categories: object[]) => atlasSettings(compiled({ events }), manifestOf({ ...bare, categories })).categories;

	it('lists the declared categories in the order of the manifest, then the undeclared ones in the order of the events', () => {
		const categories = categoriesOf([
			{ id: 'siege', label: 'Siege', color: '#111111' },
			{ id: 'battle', label: 'Battle', color: '#222222' }
		]);
		expect(categories.map((c) => [c.id, c.label])).toEqual([
			['siege', 'Siege'],
			['battle', 'Battle'],
			['trade', 'trade'],
			['gossip', 'gossip']
		]);
		expect(categories.slice(0, 2).map((c) => c.color)).toEqual(['#111111', '#222222']);
		expect(categories.slice(2).every((c) => (FALLBACK_COLORS as readonly string[]).includes(c.color))).toBe(true);
	});

	it('leaves out a declared category that no event has', () => {
		expect(categoriesOf([{ id: 'unused', label: 'Unused', color: '#111111' }]).map((c) => c.id)).toEqual(['trade', 'battle', 'gossip', 'siege']);
	});

	it('colours a declared category without a colour from the fallback colours', () => {
		const [siege] = categoriesOf([{ id: 'siege', label: 'Siege' }]);
		expect(siege).toEqual({ id: 'siege', label: 'Siege', color: FALLBACK_COLORS[0] });
	});

	it('offers the categories of zones, fronts and advances too, after the events\' ones, without a dot in the legend', () => {
		const zone: Zone = {
			id: 'z', name: 'Z', kind: 'state', when: { start: historicalDate('1815-06-01'), end: null }, summary: '', sources: [], category: 'rule',
			derivation: { method: 'test', approximate: false }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }
		};
		const advance: Advance = {
			id: 'adv', name: 'A', front: 'f', kind: 'ground', when: { start: historicalDate('1815-06-01'), end: historicalDate('1815-06-03') },
			waypoints: [{ place: 'P', date: null }], sources: [], geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }
		};
		const settings = atlasSettings(compiled({ events: events.slice(0, 1), zones: [zone], advances: [advance] }), manifestOf(bare));
		expect(settings.categories.map((c) => c.id)).toEqual(['trade', 'military', 'rule']);
		expect(settings.legend.filter((e) => e.symbol === 'event').map((e) => e.label)).toEqual(['trade; larger while it is happening, fading after']);
	});

	it('gives every category its own colour, the undeclared ones too', () => {
		for (const declared of [[], [{ id: 'siege', label: 'Siege', color: FALLBACK_COLORS[1] }], [{ id: 'battle', label: 'Battle', color: FALLBACK_COLORS[2] }, { id: 'siege', label: 'Siege' }]]) {
			const colors = categoriesOf(declared).map((c) => c.color);
			expect(new Set(colors).size, JSON.stringify(declared)).toBe(colors.length);
		}
	});
});

describe('atlasSettings: the legend lists what the atlas holds', () => {
	const shape = { summary: '', sources: [], derivation: { method: 'test', approximate: false } };
	const zone = (style?: string): Zone => ({
		id: `zone-${style ?? 'plain'}`, name: 'Z', kind: 'state', when: { start: historicalDate('1945-08-01'), end: null }, ...shape,
		geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, ...(style ? { style } : {})
	});
	const line = (style?: string): AtlasLine => ({
		id: `line-${style ?? 'plain'}`, name: 'L', when: { start: historicalDate('1945-08-01'), end: null }, ...shape,
		geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, ...(style ? { style } : {})
	});
	const advance = (kind: Advance['kind']): Advance => ({
		id: `advance-${kind}`, name: 'A', front: 'f', kind, when: { start: historicalDate('1945-08-01'), end: historicalDate('1945-08-03') },
		waypoints: [{ place: 'P', date: null }], sources: [], geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }
	});
	const place: Place = { id: 'p', kind: 'city', name: 'P', names: [], summary: '', sources: [], geometry: { type: 'Point', coordinates: [0, 0] } };
	const styles = {
		red: { label: 'Red zones', color: '#aa0000' },
		blue: { label: 'Blue lines', color: '#0000aa' },
		unused: { label: 'Nothing has it', color: '#00aa00' }
	};
	const legendOf = (atlas: Partial<Atlas>, manifest: object = bare) =>
		atlasSettings(compiled({ events: [event('a', '1945-08-01')], ...atlas }), manifestOf(manifest)).legend.map((e) => `${e.symbol}${e.color ? ` ${e.color}` : ''}: ${e.label}`);

	it('names the categories, the borders and the places of an atlas of events and places', () => {
		expect(legendOf({ places: [place] }, { ...bare, categories: [{ id: 'battle', label: 'Battle', color: '#123456' }] })).toEqual([
			'event #123456: Battle; larger while it is happening, fading after',
			"border: Today's borders, for orientation",
			'place: Place'
		]);
	});

	it('names no place when there is none, and the texts the manifest gives', () => {
		expect(legendOf({}, { ...bare, legend: { borders: 'Modern borders', places: 'Town' } })).toEqual([
			`event ${FALLBACK_COLORS[0]}: battle; larger while it is happening, fading after`,
			'border: Modern borders'
		]);
	});

	it('names the three ways a front is drawn when the atlas has a front', () => {
		const atlas = fixtureAtlas();
		const legend = legendOf({ frontlines: atlas.frontlines });
		expect(legend.filter((e) => e.startsWith('front'))).toEqual([
			'front: Front on a date sources give (keyframe): the forward positions they report, joined in the order of the formations along it, not a continuous line; arrows show the axes of advance',
			'front-inferred: Front: inferred between two keyframes',
			'front-ghost: Front: the previous keyframe (ghost)'
		]);
	});

	it.each([
		[['ground'], ['route']],
		[['sea'], ['route-sea']],
		[['airborne', 'sea'], ['route-sea', 'route-airborne']],
		[[], []]
	] as const)('names the kinds of advance it has: %j', (kinds, symbols) => {
		const legend = legendOf({ advances: kinds.map(advance) });
		expect(legend.map((e) => e.split(':')[0]!).filter((s) => s.startsWith('route'))).toEqual(symbols);
	});

	it('names the styles its zones and lines use, each once, as an area or a line', () => {
		const legend = legendOf({ zones: [zone('red'), zone('red')], lines: [line('blue')] }, { ...bare, styles });
		expect(legend.filter((e) => /^(area|line)/.test(e))).toEqual(['area #aa0000: Red zones', 'line #0000aa: Blue lines']);
	});

	it('names a zone or a line without a style plainly', () => {
		expect(legendOf({ zones: [zone()], lines: [line()] }).filter((e) => /^(area|line)/.test(e))).toEqual(['area: Zone', 'line: Line']);
		expect(legendOf({ zones: [zone()] }).filter((e) => /^(area|line)/.test(e))).toEqual(['area: Zone']);
	});

	it('names no front, advance, zone or line that the atlas does not have', () => {
		const legend = legendOf({ places: [place] }, { ...bare, styles });
		expect(legend.map((e) => e.split(/[ :]/)[0])).toEqual(['event', 'border', 'place']);
	});
});
