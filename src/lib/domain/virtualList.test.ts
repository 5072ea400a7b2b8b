import { describe, expect, it } from 'vitest';
import { place, scrollToShow, step } from './virtualList';

const m = { heading: 20, row: 10, gap: 5 };

describe('place', () => {
	it('stacks the groups, a heading then the rows, and skips a group without rows', () => {
		const { groups, height } = place([3, 0, 2], m, { top: 0, height: 1000 }, 0);
		expect(groups.map((g) => [g.top, g.rowsTop])).toEqual([
			[0, 20],
			[55, 75],
			[55, 75]
		]);
		expect(height).toBe(55 + 20 + 20 + 5);
	});

	it('keeps only the rows in view, and as many to spare on each side as asked', () => {
		// A million rows, scrolled to the 500,000th: rows 500,000 to 500,004 meet a view of 50 px.
		const { groups } = place([1_000_000], m, { top: 20 + 500_000 * 10, height: 50 }, 0);
		expect([groups[0]!.start, groups[0]!.end]).toEqual([500_000, 500_005]);
		const spared = place([1_000_000], m, { top: 20 + 500_000 * 10 + 3, height: 50 }, 2).groups[0]!;
		expect([spared.start, spared.end]).toEqual([499_998, 500_008]);
	});

	it('shows no rows of a group out of view, and starts after an offset', () => {
		const { groups } = place([5, 5], m, { top: 0, height: 30 }, 0, 100);
		expect(groups[0]!.top).toBe(100);
		expect([groups[0]!.start, groups[0]!.end]).toEqual([0, 0]);
		expect([groups[1]!.start, groups[1]!.end]).toEqual([0, 0]);
		const later = place([5, 5], m, { top: 75 + 20, height: 15 }, 0).groups;
		expect([later[0]!.start, later[0]!.end]).toEqual([5, 5]);
		expect([later[1]!.start, later[1]!.end]).toEqual([0, 2]);
	});
});

describe('step', () => {
	const counts = [2, 0, 3];

	it('moves row by row across groups, skipping one without rows, and stops at the ends', () => {
		expect(step(counts, { group: 0, index: 1 }, 1)).toEqual({ group: 2, index: 0 });
		expect(step(counts, { group: 2, index: 0 }, -1)).toEqual({ group: 0, index: 1 });
		expect(step(counts, { group: 2, index: 2 }, 1)).toEqual({ group: 2, index: 2 });
		expect(step(counts, { group: 0, index: 0 }, -5)).toEqual({ group: 0, index: 0 });
	});

	it('goes to the first or last row from nowhere, and to nowhere in an empty list', () => {
		expect(step(counts, null, 1)).toEqual({ group: 0, index: 0 });
		expect(step(counts, null, -1)).toEqual({ group: 2, index: 2 });
		expect(step(counts, null, Infinity)).toEqual({ group: 2, index: 2 });
		expect(step([0, 0], null, 1)).toBeNull();
	});
});

describe('scrollToShow', () => {
	it('scrolls the least that shows the row, and not at all when it is in view', () => {
		expect(scrollToShow({ top: 100, height: 50 }, 120, 10)).toBe(100);
		expect(scrollToShow({ top: 100, height: 50 }, 80, 10)).toBe(80);
		expect(scrollToShow({ top: 100, height: 50 }, 80, 10, 20)).toBe(60);
		expect(scrollToShow({ top: 100, height: 50 }, 170, 10)).toBe(130);
		expect(scrollToShow({ top: 0, height: 50 }, 5, 10, 20)).toBe(0);
	});
});
