import { describe, expect, it } from 'vitest';
import { decodedFixture, testSource as source, type Fixture } from '../data/fixtures/decoded';
import { compileAtlas } from './compile';
import type { CompiledAtlas } from './feature';
import { historicalDate } from './historicalDate';
import { buildIndex, normalise, prepareIndex, search as searchPrepared, type SearchEntry, type SearchKind, type SearchResult } from './search';

type Json = Record<string, unknown>;

const day = (text: string) => historicalDate(text).start;

/** The fixture atlas (after `edit`), decoded without a problem and compiled. */
const compiled = (edit?: (fixture: Fixture) => void): CompiledAtlas => compileAtlas(decodedFixture(edit));

// Town A was Old A (also written Olde A) from 1910 to 1945, and is also Ōkawa; an event in it mentions a harbour.
const atlas = compiled((fixture) => {
	const town = fixture.places.features[0]!.properties as Json;
	(town['names'] as Json[])[1]!['variants'] = ['Olde A'];
	town['names'] = [...(town['names'] as Json[]), { name: 'Ōkawa', lang: 'ja' }];
	town['summary'] = 'A test town with a famous harbour.';
	(fixture.events.features as unknown[]).push({
		type: 'Feature',
		id: 'harbour-opened',
		properties: {
			title: 'Harbour opened',
			start: '1946-05-01',
			category: 'trade',
			summary: 'Ships again in Town A.',
			tags: ['#Shipping'],
			places: ['town-a'],
			sources: source()
		},
		geometry: { type: 'Point', coordinates: [127, 39] }
	});
});
const index = buildIndex(atlas);
const search = (entries: SearchEntry[], query: string, limit?: number) => searchPrepared([prepareIndex(entries)], query, limit);

describe('normalise', () => {
	it.each([
		['Kōnan Heijō', 'konan heijo'],
		['Köln', 'koln'],
		['LÜSHUN', 'lushun'],
		['Ça va', 'ca va']
	])('%s → %s', (text, key) => expect(normalise(text)).toBe(key));
});

describe('buildIndex', () => {
	it('has one entry per feature a selection opens: keyframes are found through their front', () => {
		expect(index.map((e) => `${e.kind}:${e.id}`)).toEqual([
			'event:event-a',
			'event:harbour-opened',
			'front:front-a',
			'feature:advance-a',
			'feature:zone-a',
			'feature:line-a',
			'place:town-a',
			'place:region-b'
		]);
	});

	it.each([
		['event-a', '21–22 August 1945', day('1945-08-21'), [127, 39]],
		['front-a', 'Front · 10–12 August 1945', day('1945-08-10'), [121, 44.5]],
		['advance-a', 'Axis of advance · 9–20 August 1945', day('1945-08-09'), [121.5, 43.5]],
		['zone-a', 'Zone · August 1945 to 9 September 1948', day('1945-08-01'), [127, 39]],
		['line-a', 'Line · from 15 August 1945', day('1945-08-15'), [126.75, 38]],
		['town-a', 'Place · city', null, [127, 39]],
		['region-b', 'Place · region', null, [127, 39]]
	] as const)('says what %s is and when (%s), when it began and where it is', (id, detail, from, at) => {
		expect(index.find((e) => e.id === id)).toMatchObject({ detail, from, at });
	});
});

describe('search', () => {
	const ids = (query: string, limit?: number) => search(index, query, limit).map((r) => r.entry.id);

	it('finds a place by a name it had, and says which name matched', () => {
		const [first] = search(index, 'Old A');
		expect(first!.entry).toMatchObject({ kind: 'place', id: 'town-a', label: 'Town A' });
		expect(first!.matchedName).toBe('Old A');
	});

	it('says no other name matched when the label did', () => {
		const result = search(index, 'town a').find((r) => r.entry.id === 'town-a')!;
		expect(result.matchedName).toBeNull();
	});

	it.each([['okawa'], ['OKAWA'], ['Ōkawa'], ['ōKAWA']])('ignores case and diacritics: %s finds Ōkawa', (query) => {
		const [first] = search(index, query);
		expect(first!.entry.id).toBe('town-a');
		expect(first!.matchedName).toBe('Ōkawa');
	});

	it('finds events by title, summary and tag', () => {
		expect(ids('harbour opened')).toEqual(['harbour-opened']);
		expect(ids('ships again')).toEqual(['harbour-opened']);
		expect(ids('#shipping')).toEqual(['harbour-opened']);
		expect(search(index, '#Test').every((r) => r.entry.kind === 'event')).toBe(true);
	});

	it('finds zones, lines, fronts and axes of advance by name and summary, as features to open', () => {
		expect(search(index, 'zone a')[0]!.entry).toMatchObject({ kind: 'feature', id: 'zone-a' });
		expect(search(index, 'a test line')[0]!.entry).toMatchObject({ kind: 'feature', id: 'line-a' });
		expect(search(index, 'front a')[0]!.entry).toMatchObject({ kind: 'front', id: 'front-a' });
		expect(search(index, 'advance')[0]!.entry).toMatchObject({ kind: 'feature', id: 'advance-a' });
	});

	it('finds a place by its names, not by what its summary mentions', () => {
		expect(ids('harbour')).toEqual(['harbour-opened']);
		expect(ids('famous')).toEqual([]);
		expect(search(index, 'test', 50).some((r) => r.entry.kind === 'place')).toBe(false);
	});

	it('needs every word: words may come in any order', () => {
		expect(ids('opened harbour')).toEqual(['harbour-opened']);
		expect(ids('harbour zzzqqq')).toEqual([]);
	});

	it('ranks names that start with the query first, then names that hold it, then events at a place of that name, then text', () => {
		// "Advance A" starts with "a"; the other names hold it (Region B does not, and a place is not found by its summary).
		expect(ids('a', 50)).toEqual(['advance-a', 'town-a', 'zone-a', 'front-a', 'line-a', 'event-a', 'harbour-opened']);
		// Both events are at Town A: they come after the town, in date order.
		expect(ids('town a', 50)).toEqual(['town-a', 'event-a', 'harbour-opened']);
		// A historical name that starts with the query ranks with the label's; Event A of 1945 was in Old A.
		expect(ids('old', 50)).toEqual(['town-a', 'event-a']);
		// A title that holds the query ranks above an event at a place of that name.
		expect(ids('harbour', 50)).toEqual(['harbour-opened']);
	});

	it('finds the place and every event there of its time by another romanisation of a name', () => {
		const results = search(index, 'olde a', 50);
		expect(results.map((r) => r.entry.id)).toEqual(['town-a', 'event-a']);
		expect(results.map((r) => r.matchedName)).toEqual(['Olde A', 'Olde A']);
	});

	it("finds an event by the names its places had on its date, not by a name of another time", () => {
		// Harbour opened (1946) was in Town A, no longer called Old A; Event A (1945) was in Old A.
		expect(ids('old a', 50)).toEqual(['town-a', 'event-a']);
		const result = search(index, 'old a').find((r) => r.entry.id === 'event-a')!;
		expect(result.matchedName).toBe('Old A');
		expect(ids('okawa', 50)).toEqual(['town-a', 'event-a', 'harbour-opened']);
	});

	it('finds an event that names no place by its title', () => {
		const bare = buildIndex(
			compiled((fixture) => {
				delete (fixture.events.features[0]!.properties as Json)['places'];
			})
		);
		expect(search(bare, 'event a').map((r) => r.entry.id)).toEqual(['event-a']);
		expect(search(bare, 'old a').map((r) => r.entry.id)).toEqual(['town-a']);
	});

	it('keeps to the limit', () => {
		expect(search(index, 'a', 3)).toHaveLength(3);
		expect(search(index, 'a').length).toBeLessThanOrEqual(8);
	});

	it('returns nothing for an empty query or a word that is nowhere', () => {
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, '')).toEqual([]);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});
});

/** The search as it ran before its index was prepared: every entry ranked, then one full sort. */
function reference(index: readonly SearchEntry[], query: string, limit = 8): SearchResult[] {
	const ORDER: Record<SearchKind, number> = { place: 0, feature: 1, front: 1, event: 2 };
	const words = normalise(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const scored: { result: SearchResult; score: number }[] = [];
	for (const entry of index) {
		if (!words.every((w) => entry.haystack.includes(w))) continue;
		const label = normalise(entry.label);
		const phrase = words.join(' ');
		const named = entry.names.find((n) => n.key !== label && words.every((w) => n.key.includes(w)));
		const own = entry.kind !== 'event';
		const score =
			label.startsWith(phrase) || (own && entry.names.some((n) => n.key.startsWith(phrase))) ? 0 : words.every((w) => label.includes(w)) || (own && named) ? 1 : named ? 2 : 3;
		scored.push({ result: { entry, matchedName: named && !words.every((w) => label.includes(w)) ? named.name : null }, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || ORDER[a.result.entry.kind] - ORDER[b.result.entry.kind] || (a.result.entry.from ?? 0) - (b.result.entry.from ?? 0))
		.slice(0, limit)
		.map((s) => s.result);
}

describe('search over many entries', () => {
	let seed = 17;
	const random = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
	const WORDS = ['oslo', 'bergen', 'waterloo', 'siege', 'treaty', 'river', 'harbour', 'bridge', 'fire', 'council', 'ōkawa'];
	const KINDS: SearchKind[] = ['event', 'event', 'event', 'place', 'feature', 'front'];
	const pick = () => WORDS[random(WORDS.length)]!;
	const entries: SearchEntry[] = Array.from({ length: 6000 }, (_, i) => {
		const label = `${pick()} ${random(3) ? pick() : ''} ${i}`.replace(/ +/g, ' ');
		const names = Array.from({ length: random(3) }, () => {
			const name = `${pick()} ${pick()}`;
			return { name, key: normalise(name) };
		});
		const kind = KINDS[random(KINDS.length)]!;
		return {
			kind,
			id: `e${i}`,
			label,
			detail: '',
			from: kind === 'place' ? null : random(40) - 20,
			at: null,
			haystack: normalise([label, ...names.map((n) => n.name), pick(), pick()].join(' ')),
			names
		};
	});
	// Small chunks, so that finds fall on their edges too.
	const prepared = prepareIndex(entries, 5000);

	it('splits the text into chunks without losing an entry', () => {
		expect(prepared.chunks.length).toBeGreaterThan(20);
		expect(prepared.chunks.reduce((n, c) => n + c.starts.length - 1, 0)).toBe(entries.length);
	});

	it.each(['oslo', 'o', 'siege treaty', 'river 12', 'okawa', 'harbour bridge fire', 'waterloo oslo', '1', 'e', 'zzz', 'bergen b'])(
		'ranks "%s" as a full sort of every match does, at every limit',
		(query) => {
			for (const limit of [1, 3, 8, 40, 10_000]) {
				const found = searchPrepared([prepared], query, limit).map((r) => [r.entry.id, r.matchedName]);
				expect(found, `limit ${limit}`).toEqual(reference(entries, query, limit).map((r) => [r.entry.id, r.matchedName]));
			}
		}
	);

	it.each(['oslo', 'o', 'river 1', 'harbour bridge'])('ranks "%s" over two indexes as over the one they make, the first index first on a tie', (query) => {
		const two = [prepareIndex(entries.slice(0, 3500)), prepareIndex(entries.slice(3500))];
		for (const limit of [1, 8, 500]) {
			expect(searchPrepared(two, query, limit).map((r) => r.entry.id), `limit ${limit}`).toEqual(reference(entries, query, limit).map((r) => r.entry.id));
		}
	});
});

