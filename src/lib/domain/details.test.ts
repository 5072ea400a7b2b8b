import { describe, expect, it } from 'vitest';
import { readAtlas } from '../server/atlas';
import { buildDetails } from './details';
import { buildIndex, normalise, search } from './search';
import { parseIsoDay } from './day';
import { OPEN_END } from './timeline';

const { atlas } = readAtlas();
const details = buildDetails(atlas);

describe('details of the shipped atlas', () => {
	it('says what a place was called in 1945', () => {
		expect(details.places['wonsan']!.headline).toBe('Wonsan, called Genzan (1910 to 1945)');
		expect(details.places['shenyang']!.headline).toBe('Shenyang, called Mukden');
	});

	it("gathers North Korea's life moments, in date order, by reference and by location", () => {
		const moments = details.places['north-korea']!.moments;
		expect(moments).toContain('wonsan-landing');
		expect(moments).toContain('dprk-founded');
		const days = moments.map((id) => details.events[id]!.from);
		expect(days).toEqual([...days].sort((a, b) => a - b));
		// Hamhung's arrival names north-korea; the Korea region holds every event on the peninsula.
		expect(details.places['korea']!.moments).toEqual(expect.arrayContaining(['wonsan-landing', 'rok-founded', 'incheon-us-landing']));
	});

	it('computes Turf facts: the Wonsan landing sailed from Chongjin; the 38th parallel crosses the peninsula', () => {
		expect(details.events['wonsan-landing']!.facts.join(' ')).toMatch(/Related: .*Wonsan.*\d+ km from Chongjin/);
		expect(details.features['parallel-38']!.facts[0]).toMatch(/^\d+ km across the peninsula/);
		const km = Number(details.features['parallel-38']!.facts[0]!.match(/^(\d+)/)![1]);
		expect(km).toBeGreaterThan(250);
		expect(km).toBeLessThan(400);
		expect(details.features['first-far-eastern-front-1945-08-16']!.facts[1]).toMatch(/^Moved about \d+ km/);
	});
});

describe('search', () => {
	const index = buildIndex(Object.values(details.events), Object.values(details.places), Object.values(details.features));

	it('finds Wonsan by its Japanese name, and says which name matched', () => {
		const [first] = search(index, 'Genzan');
		expect(first!.entry.id).toBe('wonsan');
		expect(first!.matchedName).toBe('Genzan');
	});

	it('ignores case and diacritics', () => {
		expect(normalise('Kōnan Heijō')).toBe('konan heijo');
		expect(search(index, 'heijo')[0]!.entry.id).toBe('pyongyang');
		expect(search(index, 'MUKDEN')[0]!.entry.id).toBe('shenyang');
	});

	it('finds events by title, summary and tag, with their dates', () => {
		const results = search(index, 'wonsan landing');
		expect(results.map((r) => r.entry.id)).toContain('wonsan-landing');
		expect(search(index, '#KoreanDivision').every((r) => r.entry.kind === 'event')).toBe(true);
		expect(results.find((r) => r.entry.id === 'wonsan-landing')!.entry.detail).toBe('21–22 August 1945');
	});

	it('keeps a zone or line with no end standing after its first day', () => {
		const rok = details.features['rok-1948']!;
		expect(rok.when).toBe('from 15 August 1948');
		expect(rok.to).toBe(OPEN_END);
		// A zone with an end stops after it: Manchukuo's last day is 17 August 1945.
		expect(details.features['manchukuo']!.to).toBe(parseIsoDay('1945-08-18'));
	});

	it('finds zones, fronts, axes of advance and the 38th parallel, with what they are and when', () => {
		const manchukuo = search(index, 'Manchukuo');
		expect(manchukuo[0]!.entry).toMatchObject({ kind: 'place', id: 'manchuria' });
		expect(manchukuo.find((r) => r.entry.id === 'manchukuo')!.entry).toMatchObject({ kind: 'feature', detail: 'Zone · 1 March 1932 to 17 August 1945 (uncertain)' });
		const front = search(index, 'transbaikal front')[0]!.entry;
		expect(front).toMatchObject({ kind: 'front', id: 'transbaikal-front', label: 'Transbaikal Front', detail: 'Front · 11 August 1945 (uncertain) to 20 August 1945' });
		expect(front.from).toBe(parseIsoDay('1945-08-11'));
		expect(search(index, 'Pliev').map((r) => r.entry.id)).toContain('pliev-cavalry-mechanized-group');
		const parallel = search(index, '38th parallel').find((r) => r.entry.kind === 'feature')!.entry;
		expect(parallel.id).toBe('parallel-38');
		// Where the map goes: the middle of the line across Korea.
		expect(parallel.at![0]).toBeGreaterThan(126);
		expect(parallel.at![0]).toBeLessThan(128);
		expect(parallel.at![1]).toBeCloseTo(38, 5);
	});

	it('returns nothing for an empty query or a word that is nowhere', () => {
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});
});
