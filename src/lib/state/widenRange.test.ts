import { describe, expect, it } from 'vitest';
import { MIN_RANGE_DAYS, widenRange } from './explorer.svelte';

const extent = { from: 100, to: 200 };

describe('widenRange: a range shorter than the time axis allows grows as a drag across too few days does', () => {
	it.each([
		['one day, in the middle', { from: 150, to: 151 }, { from: 149, to: 152 }],
		['two days', { from: 150, to: 152 }, { from: 149, to: 152 }],
		['one day at the start of the extent', { from: 100, to: 101 }, { from: 100, to: 103 }],
		['one day at the end of the extent', { from: 199, to: 200 }, { from: 197, to: 200 }]
	])('%s', (_, range, widened) => {
		expect(widenRange(range, extent)).toEqual(widened);
		expect(widened.to - widened.from).toBe(MIN_RANGE_DAYS);
	});

	it('leaves a range long enough as it is', () => {
		const range = { from: 120, to: 123 };
		expect(widenRange(range, extent)).toBe(range);
	});

	it('never grows past an extent shorter than the minimum', () => {
		expect(widenRange({ from: 5, to: 6 }, { from: 5, to: 7 })).toEqual({ from: 5, to: 7 });
	});
});
