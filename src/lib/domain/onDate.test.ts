import { describe, expect, it } from 'vitest';
import { byDate } from './onDate';

// Days as small integers: each item is [from, to).
const item = (id: string, from: number, to: number) => ({ id, from, to });
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('byDate', () => {
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

	it('puts what happens on the date first, the latest begun first, ties in the list order', () => {
		expect(ids(byDate(items, 10).now)).toEqual(['today', 'later-today', 'lasting']);
	});

	it('then what came before, the latest ended first, and of those ended together the latest begun', () => {
		expect(ids(byDate(items, 10).before)).toEqual(['yesterday', 'same-end', 'long-ago']);
	});

	it('then what comes later, the soonest first', () => {
		expect(ids(byDate(items, 10).later)).toEqual(['tomorrow', 'next-week']);
	});

	it('places every item in exactly one group, on any date', () => {
		for (let date = 0; date < 45; date++) {
			const { now, before, later } = byDate(items, date);
			expect([...now, ...before, ...later].map((i) => i.id).sort()).toEqual(ids(items).sort());
		}
	});
});
