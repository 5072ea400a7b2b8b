/**
 * Facts of the shipped atlas as the explorer shows them: compiled once (`compileAtlas`), then read
 * through what every page derives from it (details by ref key, the list, the search, the map's
 * sources and time table, the settings). Run by `npm run check:data`, so that code tests hold on any atlas.
 */
import { describe, expect, it } from 'vitest';
import { atlasSettings } from '$lib/domain/atlasSettings';
import { compileAtlas } from '$lib/domain/compile';
import { refKey, type Detail } from '$lib/domain/feature';
import { historicalDate } from '$lib/domain/historicalDate';
import { buildIndex, prepareIndex, search } from '$lib/domain/search';
import { frontDays, listItems, spans } from '$lib/domain/summaries';
import { OPEN_END } from '$lib/domain/timeline';
import { mapData, placeLabels } from '$lib/domain/mapData';
import { atlas, byId, manifest, NAMES_ON_9_AUGUST } from './atlas';

const day = (text: string) => historicalDate(text).start;

const compiled = compileAtlas(atlas);
const details: Record<string, Detail> = Object.fromEntries(compiled.features.map((f) => [refKey(f.ref), f.detail]));
/** The detail of a ref key; throws when there is none, so a renamed id fails loudly. */
const detail = (key: string): Detail => {
	const found = details[key];
	if (!found) throw new Error(`no detail "${key}"`);
	return found;
};

describe('the compiled atlas', () => {
	it('gives every feature its own ref key', () => {
		expect(Object.keys(details)).toHaveLength(compiled.features.length);
	});
});

describe('its details, by ref key', () => {
	it('says what a place was called in 1945', () => {
		expect(detail('place:wonsan').headline).toBe('Wonsan, called Genzan (1910 to 1945)');
		expect(detail('place:shenyang').headline).toBe('Shenyang, called Mukden');
	});

	it("gathers North Korea's life moments, in date order, by reference and by location", () => {
		const moments = detail('place:north-korea').moments;
		expect(moments).toContain('wonsan-landing');
		expect(moments).toContain('dprk-founded');
		const days = moments.map((id) => detail(`event:${id}`).from!);
		expect(days).toEqual([...days].sort((a, b) => a - b));
		// Hamhung's arrival names north-korea; the Korea region holds every event on the peninsula.
		expect(detail('place:korea').moments).toEqual(expect.arrayContaining(['wonsan-landing', 'rok-founded', 'incheon-us-landing']));
	});

	it('computes Turf facts: the Wonsan landing sailed from Chongjin; the 38th parallel is 250 to 400 km long', () => {
		expect(detail('event:wonsan-landing').facts.join(' ')).toMatch(/Related: .*Wonsan.*\d+ km from Chongjin/);
		const [length] = detail('feature:parallel-38').facts;
		expect(length).toMatch(/^\d+ km long\.$/);
		const km = Number(length!.match(/^(\d+)/)![1]);
		expect(km).toBeGreaterThan(250);
		expect(km).toBeLessThan(400);
		expect(detail('feature:first-far-eastern-front-1945-08-16').facts[1]).toMatch(/^Moved about \d+ km/);
	});

	it('names the front of a keyframe, and lists a front\'s keyframes in date order', () => {
		const keyframe = detail('feature:25th-army-1945-08-20');
		expect(keyframe.kind).toBe('keyframe');
		expect(keyframe.front).toEqual({ id: '25th-army', name: '25th Army (1st Far Eastern Front), in Korea', when: '16–28 August 1945' });
		expect(detail('front:25th-army').positions).toEqual([
			'25th-army-1945-08-16',
			'25th-army-1945-08-17',
			'25th-army-1945-08-20',
			'25th-army-1945-08-26',
			'25th-army-1945-08-28'
		]);
	});

	it("opens each front's panel with what the front was and did, from its start line of 9 August", () => {
		expect(detail('front:transbaikal-front').summary).toMatch(/^The Transbaikal Front, under Marshal Rodion Malinovsky, attacked on 9 August 1945/);
		for (const id of ['first-far-eastern-front', 'second-far-eastern-front']) {
			expect(detail(`front:${id}`).summary, id).toMatch(/9 August 1945/);
			expect(detail(`front:${id}`).from, id).toBe(day('1945-08-09'));
		}
		expect(detail('front:25th-army').summary).toMatch(/^The 25th Army was the left wing of the 1st Far Eastern Front\./);
	});

	it('keeps a zone or line with no end standing after its first day, and ends Manchukuo on 17 August 1945', () => {
		const rok = detail('feature:rok-1948');
		expect(rok.when).toBe('from 15 August 1948');
		expect(rok.to).toBe(OPEN_END);
		expect(detail('feature:manchukuo').to).toBe(day('1945-08-18'));
	});
});

describe('the search', () => {
	const index = [prepareIndex(buildIndex(compiled))];

	it('finds Wonsan by its Japanese name, and says which name matched', () => {
		const [first] = search(index, 'Genzan');
		expect(first!.entry.id).toBe('wonsan');
		expect(first!.matchedName).toBe('Genzan');
	});

	it('ignores case and diacritics', () => {
		expect(search(index, 'heijo')[0]!.entry.id).toBe('pyongyang');
		expect(search(index, 'MUKDEN')[0]!.entry.id).toBe('shenyang');
	});

	it('finds events by title, summary and tag, with their dates', () => {
		const results = search(index, 'wonsan landing');
		expect(results.map((r) => r.entry.id)).toContain('wonsan-landing');
		const tagged = search(index, '#KoreanDivision');
		expect(tagged.length).toBeGreaterThan(0);
		expect(tagged.every((r) => r.entry.kind === 'event')).toBe(true);
		expect(results.find((r) => r.entry.id === 'wonsan-landing')!.entry.detail).toBe('21–22 August 1945');
	});

	it('finds zones, fronts, axes of advance and the 38th parallel, with what they are and when', () => {
		const manchukuo = search(index, 'Manchukuo');
		expect(manchukuo[0]!.entry).toMatchObject({ kind: 'place', id: 'manchuria' });
		expect(manchukuo.find((r) => r.entry.id === 'manchukuo')!.entry).toMatchObject({ kind: 'feature', detail: 'Zone · 1 March 1932 to perhaps 17 August 1945' });
		const front = search(index, 'transbaikal front')[0]!.entry;
		expect(front).toMatchObject({ kind: 'front', id: 'transbaikal-front', label: 'Transbaikal Front', detail: 'Front · 9–20 August 1945' });
		expect(front.from).toBe(day('1945-08-09'));
		expect(search(index, 'Pliev').map((r) => r.entry.id)).toContain('pliev-cavalry-mechanized-group');
		const parallel = search(index, '38th parallel').find((r) => r.entry.kind === 'feature')!.entry;
		expect(parallel.id).toBe('parallel-38');
		// Where the map goes: the middle of the line across Korea.
		expect(parallel.at![0]).toBeGreaterThan(126);
		expect(parallel.at![0]).toBeLessThan(128);
		expect(parallel.at![1]).toBeCloseTo(38, 5);
	});
});

describe('the list of what the map shows', () => {
	const list = listItems(compiled);

	it('lists each front once, from its first to its last position, held on the map after it', () => {
		const fronts = list.filter((f) => f.kind === 'front');
		expect(fronts.map((f) => f.ref.id).sort()).toEqual(['25th-army', 'first-far-eastern-front', 'second-far-eastern-front', 'transbaikal-front']);
		expect(list.find((f) => f.ref.id === '25th-army')).toMatchObject({
			ref: { kind: 'front', id: '25th-army' },
			label: '25th Army (1st Far Eastern Front), in Korea',
			from: day('1945-08-16'),
			to: day('1945-08-29'),
			hold: true,
			when: '16–28 August 1945'
		});
		// Its five keyframes open from its panel, not from the list.
		expect(compiled.features.filter((f) => f.kind === 'keyframe' && f.detail.front?.id === '25th-army')).toHaveLength(5);
		expect(list.some((f) => f.kind === 'keyframe')).toBe(false);
	});

	it('lists the Republic of Korea as a zone that stands on, not held', () => {
		expect(list.find((f) => f.ref.id === 'rok-1948')).toMatchObject({ kind: 'zone', to: OPEN_END, hold: false, when: 'from 15 August 1948' });
	});

	it('lists every event, with the name its primary place had on the date: no North Korea in 1945', () => {
		expect(list.filter((f) => f.kind === 'event')).toHaveLength(atlas.events.length);
		expect(list.find((f) => f.ref.id === 'wonsan-landing')).toMatchObject({ from: day('1945-08-21'), to: day('1945-08-23'), hold: true, place: 'Soviet occupation zone' });
		expect(list.find((f) => f.ref.id === 'dprk-founded')?.place).toBe("Democratic People's Republic of Korea");
	});

	it('gives a link to the 25th Army its days', () => {
		expect(spans(compiled).find((s) => s.key === 'front:25th-army')).toEqual({ key: 'front:25th-army', from: day('1945-08-16'), to: day('1945-08-29'), hold: true });
	});

	it("announces the 25th Army's movement on each day from 16 to 28 August 1945, once a day", () => {
		const days = frontDays(compiled).filter((d) => d.front === '25th-army');
		expect(days.map((d) => d.day)).toEqual(Array.from({ length: 13 }, (_, i) => day('1945-08-16') + i));
		expect(days.every((d) => d.name === '25th Army (1st Far Eastern Front), in Korea' && d.movedKm >= 0)).toBe(true);
		expect(days[0]!.movedKm).toBe(0);
		expect(days.reduce((sum, d) => sum + d.movedKm, 0)).toBeGreaterThan(0);
	});
});

describe('place labels in August 1945', () => {
	const labels = placeLabels(atlas.places, day('1945-08-09'));
	const label = (id: string) => labels.features.find((f) => f.properties['id'] === id)?.properties;

	it.each([...NAMES_ON_9_AUGUST, ['tokyo', 'Tokyo', '']])('%s is labelled %s / %s', (id, name, period) => {
		expect(label(id)).toMatchObject({ name, period, ref: `place:${id}` });
	});

	it('labels only points: regions are not labels', () => {
		expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
		expect(label('north-korea')).toBeUndefined();
	});
});

describe("the map's dated sources", () => {
	const { sources, timetable } = mapData(compiled);
	const props = (source: keyof typeof sources) => sources[source].features.map((f) => f.properties);

	it('gives each of the four fronts one state a day, solid on keyframe dates, with one held last state', () => {
		const states = props('fronts').filter((p) => p['kind'] !== 'ghost');
		const byFront = new Map<string, typeof states>();
		for (const s of states) byFront.set(String(s['front']), [...(byFront.get(String(s['front'])) ?? []), s]);
		expect([...byFront.keys()].sort()).toEqual(['25th-army', 'first-far-eastern-front', 'second-far-eastern-front', 'transbaikal-front']);
		for (const [front, list] of byFront) {
			const days = list.map((s) => s['from'] as number);
			expect(new Set(days).size, front).toBe(days.length);
			expect(list.every((s) => (s['to'] as number) - (s['from'] as number) === 1), front).toBe(true);
			expect(list.filter((s) => s['hold']).map((s) => s['from']), front).toEqual([Math.max(...days)]);
			const keyframeDays = atlas.frontlines.filter((k) => k.front === front).map((k) => k.date.start);
			expect(list.filter((s) => s['kind'] === 'keyframe').map((s) => s['from']), front).toEqual(keyframeDays);
		}
	});

	it('grows the Wonsan landing from Chongjin, whole on its last day', () => {
		const wonsan = props('advances').filter((p) => p['id'] === 'pacific-fleet-wonsan-landing' && p['part'] === 'route');
		expect(wonsan.map((p) => p['from'])).toEqual([day('1945-08-21'), day('1945-08-22')]);
		expect(wonsan.map((p) => p['hold'])).toEqual([false, true]);
		expect(byId(atlas.advances, 'pacific-fleet-wonsan-landing').waypoints[0]!.place).toMatch(/^Chongjin/);
	});

	it('dates events and zones by their spans, open-ended zones and lines to the far future', () => {
		const wonsan = props('events').find((p) => p['id'] === 'wonsan-landing')!;
		expect([wonsan['from'], wonsan['to'], wonsan['hold']]).toEqual([day('1945-08-21'), day('1945-08-23'), true]);
		const rok = props('zones').find((p) => p['id'] === 'rok-1948')!;
		expect([rok['from'], rok['to'], rok['hold']]).toEqual([day('1948-08-15'), OPEN_END, false]);
		const parallel = props('lines').find((p) => p['id'] === 'parallel-38')!;
		expect([parallel['from'], parallel['to']]).toEqual([day('1945-08-17'), OPEN_END]);
	});

	it('times every event, with the category and tags the filters act on', () => {
		expect(timetable.rows.events).toHaveLength(atlas.events.length);
		const id = props('events').findIndex((p) => p['id'] === 'wonsan-landing');
		expect(timetable.events[id]).toEqual({ category: 'military', tags: ['#ColdWarOrigins', '#KoreanDivision', '#RedArmyAdvance'] });
	});
});

describe('the settings of the shipped atlas', () => {
	const settings = atlasSettings(compiled, manifest!);

	it("keeps what its atlas.json says: East Asia's extent and camera, its presets and its opening day", () => {
		expect(settings.title).toBe('East Asia, 1945');
		expect(settings.extent).toEqual([100, 20, 160, 62]);
		expect(settings.camera).toEqual({ zoom: 4, lat: 41, lon: 127 });
		expect(settings.period).toEqual({ from: day('1945-08-01'), to: day('1949-01-01') });
		expect(settings.presets.map((p) => p.label)).toEqual(['August and September 1945', 'August 1945', 'August 1945 to December 1945', '1945 to 1948 (the whole atlas)']);
		expect(settings.presets[1]!.range).toEqual({ from: day('1945-08-01'), to: day('1945-09-01') });
		expect(settings.start).toBe(day('1945-08-09'));
	});

	it('colours its five categories and the styles of its zones and its line, in the legend', () => {
		expect(settings.categories.map((c) => [c.id, c.color])).toEqual([
			['military', '#c0392b'],
			['political', '#6a3d9a'],
			['diplomatic', '#1f5fa8'],
			['occupation', '#7a5230'],
			['context', '#5c5c5c']
		]);
		expect(settings.styles).toMatchObject({ soviet: '#c0392b', american: '#1f5fa8', divide: '#4a1c14' });
		const legend = settings.legend.map((e) => `${e.symbol}: ${e.label}`);
		expect(legend).toEqual(
			expect.arrayContaining([
				'front: Front on a date sources give (keyframe): the forward positions they report, joined in the order of the formations along it, not a continuous line; arrows show the axes of advance',
				'route-sea: Landing from the sea',
				'route-airborne: Airborne landing',
				'area: Soviet zone, then North Korea',
				'line: The 38th parallel, from 17 August 1945',
				"border: Today's borders, for orientation (not those of 1945)",
				'place: City, with its 1945 name in italics where it differed'
			])
		);
	});
});
