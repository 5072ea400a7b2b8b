import { describe, expect, it } from 'vitest';
import { onDate, orderSpans, spanColumns, type OnDate, type SpanColumns } from './onDate';
import { isShown, VIEWS, type TimeSettings } from './timeline';

// Days as small integers: each item is [from, to).
const item = (id: string, from: number, to: number, hold = true) => ({ id, from, to, hold });
const items = [
	item('long-ago', 1, 3),
	item('lasting', 2, 40),
	item('yesterday', 8, 10),
	item('today', 10, 11),
	item('same-end', 5, 10),
	item('tomorrow', 11, 12),
	item('next-week', 17, 18),
	item('later-today', 10, 11)
];
const order = orderSpans(spanColumns(items));
const at = (date: number, view: TimeSettings['view'] = 'all', windowDays = 7) => onDate(order, { date, view, windowDays });
const ids = (rows: Int32Array) => Array.from(rows, (r) => items[r]!.id);

/** What the list showed before it was read from typed arrays: every shown row, filtered and sorted again. */
function reference(columns: SpanColumns, settings: TimeSettings): { now: number[]; before: number[]; later: number[] } {
	const { from, to, held } = columns;
	const { date } = settings;
	const rows = Array.from({ length: from.length }, (_, r) => r).filter((r) => isShown({ from: from[r]!, to: to[r]!, hold: !held || held[r] !== 0 }, settings));
	return {
		now: rows.filter((r) => from[r]! <= date && date < to[r]!).sort((a, b) => from[b]! - from[a]! || a - b),
		before: rows.filter((r) => to[r]! <= date).sort((a, b) => to[b]! - to[a]! || from[b]! - from[a]! || a - b),
		later: rows.filter((r) => from[r]! > date).sort((a, b) => from[a]! - from[b]! || a - b)
	};
}
const plain = (groups: OnDate) => ({ now: Array.from(groups.now), before: Array.from(groups.before), later: Array.from(groups.later) });

describe('onDate', () => {
	it('puts what happens on the date first, the latest begun first, ties in the list order', () => {
		expect(ids(at(10).now)).toEqual(['today', 'later-today', 'lasting']);
	});

	it('then what came before, the latest ended first, and of those ended together the latest begun', () => {
		expect(ids(at(10).before)).toEqual(['yesterday', 'same-end', 'long-ago']);
	});

	it('then, in "everything", what comes later, the soonest first', () => {
		expect(ids(at(10).later)).toEqual(['tomorrow', 'next-week']);
		expect(ids(at(10, 'history').later)).toEqual([]);
	});

	it('keeps to the view: only what happens on the date, or what ended within the window', () => {
		expect(ids(at(10, 'date').before)).toEqual([]);
		expect(ids(at(10, 'window', 4).before)).toEqual(['yesterday', 'same-end']);
		expect(ids(at(13, 'window', 2).before)).toEqual(['tomorrow']);
	});

	it('places every item in exactly one group in "everything", on any date', () => {
		for (let date = 0; date < 45; date++) {
			const { now, before, later } = at(date);
			expect([...ids(now), ...ids(before), ...ids(later)].sort()).toEqual(items.map((i) => i.id).sort());
		}
	});

	it('keeps a feature that is not held only while it lasts, except in "everything"', () => {
		const fronts = [item('held', 1, 3), item('gone', 2, 4, false), item('on', 3, 9, false)];
		const o = orderSpans(spanColumns(fronts));
		const names = (rows: Int32Array) => Array.from(rows, (r) => fronts[r]!.id);
		expect(names(onDate(o, { date: 5, view: 'history', windowDays: 7 }).before)).toEqual(['held']);
		expect(names(onDate(o, { date: 5, view: 'all', windowDays: 7 }).before)).toEqual(['gone', 'held']);
		expect(names(onDate(o, { date: 5, view: 'history', windowDays: 7 }).now)).toEqual(['on']);
	});

	it('shows what the map shows, in the order of a full sort, for every view and date of random spans', () => {
		let seed = 3;
		const random = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
		const from = Int32Array.from({ length: 400 }, () => random(100) - 50);
		const to = Int32Array.from(from, (f) => f + random(5) * random(12));
		const held = Uint8Array.from(from, () => (random(3) ? 1 : 0));
		const columns = { from, to, held };
		const o = orderSpans(columns);
		for (const view of VIEWS) {
			for (let date = -60; date < 110; date += 3) {
				const settings = { date, view, windowDays: 1 + (date & 7) };
				expect(plain(onDate(o, settings)), `${view} on ${date}`).toEqual(reference(columns, settings));
			}
		}
	});

	it('reads a million rows right', () => {
		const n = 1_000_000;
		let seed = 11;
		const random = (k: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * k);
		const from = new Float32Array(n);
		const to = new Float32Array(n);
		for (let r = 0; r < n; r++) {
			from[r] = random(200_000) - 100_000;
			to[r] = from[r]! + 1 + random(3) * random(400);
		}
		const columns = { from, to };
		const o = orderSpans(columns);
		for (const view of ['history', 'window'] as const) {
			const settings = { date: 1234, view, windowDays: 30 };
			const groups = onDate(o, settings);
			const expected = reference(columns, settings);
			expect(groups.now.length).toBe(expected.now.length);
			expect(groups.before.length).toBe(expected.before.length);
			expect(Array.from(groups.now)).toEqual(expected.now);
			// A sample across the long group: its first rows, its last, and rows between.
			for (const p of [0, 1, 2, 1000, 5000, groups.before.length - 1]) expect(groups.before[p], `before ${p}`).toBe(expected.before[p]);
		}
	}, 60_000);

	it('says when the columns differ in length', () => {
		expect(() => orderSpans({ from: [1, 2], to: [3] })).toThrow('The columns differ in length: 2 starts, 1 ends');
	});
});
