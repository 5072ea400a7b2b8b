import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './day';
import { countBetween, dayCounts, histogram, markedDays, nearestEventDay, nextEventDay } from './dayCounts';

const day = (text: string) => parseIsoDay(text)!;
const events = [day('1945-08-21'), day('1945-08-09'), day('1948-09-09'), day('1945-08-09')];
const counts = dayCounts(events);

/** The histogram as the axis drew it before: every event day put in its bin, one by one. */
function binByBin(days: ArrayLike<number>, from: number, to: number, bins: number): number[] {
	const result = new Array<number>(bins).fill(0);
	for (let i = 0; i < days.length; i++) {
		const d = days[i]!;
		if (d >= from && d < to) result[Math.min(bins - 1, Math.floor(((d - from) / (to - from)) * bins))]! += 1;
	}
	return result;
}

describe('dayCounts', () => {
	it('keeps each day with events once, sorted, with how many began before it', () => {
		expect(Array.from(counts.days)).toEqual([day('1945-08-09'), day('1945-08-21'), day('1948-09-09')]);
		expect(Array.from(counts.total)).toEqual([0, 2, 3, 4]);
		expect(dayCounts([]).total).toEqual(Int32Array.from([0]));
	});

	it('counts the events begun in a range, its end excluded', () => {
		expect(countBetween(counts, day('1945-08-09'), day('1945-08-22'))).toBe(3);
		expect(countBetween(counts, day('1945-08-10'), day('1945-08-21'))).toBe(0);
		expect(countBetween(counts, day('1945-01-01'), day('1949-01-01'))).toBe(4);
		expect(countBetween(counts, day('1949-01-01'), day('1945-01-01'))).toBe(0);
	});

	it('counts many rows, days repeated and negative, as counting them one by one does', () => {
		const many = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 613) - 300);
		const c = dayCounts(many);
		const expected = [...new Set(many)].sort((a, b) => a - b);
		expect(Array.from(c.days)).toEqual(expected);
		expect(Array.from(c.total)).toEqual([0, ...expected.map((d) => many.filter((x) => x <= d).length)]);
	});

	it('says which event is not on a whole day', () => {
		expect(() => dayCounts([3, 4.5])).toThrow('Row 1 has a key that is not a whole number: 4.5');
	});
});

describe('histogram', () => {
	it('counts events per bin, not days (a day on which two begin counts two), and none outside the range', () => {
		expect(histogram(counts, day('1945-08-01'), day('1945-09-01'), 31)[8]).toBe(2);
		expect(histogram(counts, day('1945-08-01'), day('1945-09-01'), 31).reduce((a, b) => a + b)).toBe(3);
	});

	it('bins exactly as putting each event in its bin does, over ranges wider and narrower than the bins', () => {
		let seed = 5;
		const random = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
		const days = Int32Array.from({ length: 3000 }, () => random(5000) - 2500);
		const c = dayCounts(days);
		for (const [from, to, bins] of [
			[-2500, 2500, 80],
			[-100, -97, 80],
			[0, 31, 80],
			[-2600, 2700, 7],
			[13, 1000, 80],
			[-1, 100_000, 80]
		] as const) {
			expect(histogram(c, from, to, bins), `${from}..${to} in ${bins}`).toEqual(binByBin(days, from, to, bins));
		}
	});

	it('bins a million events as putting each in its bin does', () => {
		let seed = 9;
		const random = (n: number) => Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * n);
		const days = Float32Array.from({ length: 1_000_000 }, () => random(180_000) - 60_000);
		const c = dayCounts(days);
		expect(c.total.at(-1)).toBe(1_000_000);
		expect(histogram(c, -60_000, 120_000, 80)).toEqual(binByBin(days, -60_000, 120_000, 80));
		expect(histogram(c, 1000, 1400, 80)).toEqual(binByBin(days, 1000, 1400, 80));
	}, 60_000);
});

describe('markedDays', () => {
	it('marks every event day of the range when there is room', () => {
		expect(markedDays(counts, day('1945-08-01'), day('1945-09-01'), 1000)).toEqual([day('1945-08-09'), day('1945-08-21')]);
	});

	it('marks at most one day in each column, the first of its column', () => {
		const c = dayCounts([0, 1, 2, 3, 10, 11, 95, 99]);
		expect(markedDays(c, 0, 100, 5)).toEqual([0, 95]);
		expect(markedDays(c, 0, 100, 8)).toEqual([0, 1, 2, 3, 10, 11, 95, 99]);
		expect(markedDays(c, 5, 100, 3)).toEqual([10, 95]);
		expect(markedDays(c, 0, 100, 7)).toEqual([0, 95]);
	});
});

describe('snapping and stepping between event days', () => {
	it('snaps to the nearest event day within the threshold, the earlier on a tie', () => {
		expect(nearestEventDay(counts, day('1945-08-20'), 2)).toBe(day('1945-08-21'));
		expect(nearestEventDay(counts, day('1945-08-15'), 2)).toBe(day('1945-08-15'));
		expect(nearestEventDay(counts, day('1945-08-15'), 6)).toBe(day('1945-08-09'));
		expect(nearestEventDay(counts, day('1945-08-21'), 0)).toBe(day('1945-08-21'));
		expect(nearestEventDay(dayCounts([]), 5, 10)).toBe(5);
	});

	it('steps to the next and previous event day', () => {
		expect(nextEventDay(counts, day('1945-08-09'), 1)).toBe(day('1945-08-21'));
		expect(nextEventDay(counts, day('1945-08-21'), -1)).toBe(day('1945-08-09'));
		expect(nextEventDay(counts, day('1945-08-15'), -1)).toBe(day('1945-08-09'));
		expect(nextEventDay(counts, day('1948-09-09'), 1)).toBeNull();
		expect(nextEventDay(counts, day('1945-08-09'), -1)).toBeNull();
	});
});
