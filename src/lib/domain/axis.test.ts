import { describe, expect, it } from 'vitest';
import { parseIsoDay, toIsoDay } from './day';
import { axisTicks } from './axis';

const day = (t: string) => parseIsoDay(t)!;

describe('axisTicks', () => {
	it('labels days for a month', () => {
		const ticks = axisTicks(day('1945-08-01'), day('1945-09-01'));
		expect(ticks).toHaveLength(31);
		expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['1 Aug', '8 Aug', '15 Aug', '22 Aug', '29 Aug']);
	});

	it('gives every day label its month, on a zoomed axis that holds no first of the month too', () => {
		const labels = (a: string, b: string) => axisTicks(day(a), day(b)).filter((t) => t.label).map((t) => t.label);
		expect(labels('1815-06-10', '1815-06-30')).toEqual(['15 Jun', '22 Jun', '29 Jun']);
		expect(labels('1815-06-10', '1815-08-05')).toEqual(['15 Jun', '1 Jul', '15 Jul', '1 Aug']);
		expect(labels('1815-06-16', '1815-06-20')).toEqual(['16 Jun', '17 Jun', '18 Jun', '19 Jun']);
	});

	it('labels months for two months and more, years at January', () => {
		const labels = axisTicks(day('1945-08-01'), day('1946-03-01')).map((t) => t.label);
		expect(labels).toEqual(['Aug', 'Sep', 'Oct', 'Nov', 'Dec', '1946', 'Feb']);
		const long = axisTicks(day('1945-08-01'), day('1949-01-01')).filter((t) => t.label).map((t) => t.label);
		expect(long).toEqual(['Oct', '1946', 'Apr', 'Jul', 'Oct', '1947', 'Apr', 'Jul', 'Oct', '1948', 'Apr', 'Jul', 'Oct']);
	});

	it('labels years for a long span, before year 1 too', () => {
		expect(axisTicks(day('1940-01-01'), day('1950-01-01')).map((t) => t.label)).toEqual(['1941', '1942', '1943', '1944', '1945', '1946', '1947', '1948', '1949']);
		expect(axisTicks(day('-0003-06-01'), day('0003-01-01')).map((t) => toIsoDay(t.day))).toEqual(['-0002-01-01', '-0001-01-01', '0000-01-01', '0001-01-01', '0002-01-01']);
	});
});

describe('axis labels before the common era', () => {
	const labels = (from: string, to: string) => axisTicks(day(from), day(to)).map((t) => t.label).filter(Boolean);

	it('names years in words, never as astronomical numbers', () => {
		expect(labels('-0219-01-01', '-0214-01-01')).toEqual(['219 BCE', '218 BCE', '217 BCE', '216 BCE']);
		expect(labels('-0216-01-01', '-0214-06-01')).toContain('216 BCE');
	});

	it('labels one year in five over a long span, on years that end in 0 or 5', () => {
		expect(labels('-0225-01-01', '-0198-01-01')).toEqual(['225 BCE', '220 BCE', '215 BCE', '210 BCE', '205 BCE', '200 BCE']);
	});
});

describe('axis labels over centuries', () => {
	const ticks = (from: string, to: string) => axisTicks(day(from), day(to));

	it('labels one year in 25 over three centuries, with a tick every five years', () => {
		const t = ticks('1576-08-08', '1905-01-01');
		expect(t.map((x) => x.label).filter(Boolean)).toEqual(['1600', '1625', '1650', '1675', '1700', '1725', '1750', '1775', '1800', '1825', '1850', '1875', '1900']);
		expect(t).toHaveLength(65);
	});

	it('keeps at most 16 labels however long the span', () => {
		for (const [from, to] of [['1500-01-01', '1900-01-01'], ['-2000-01-01', '1900-01-01'], ['-9000-01-01', '2000-01-01']] as const) {
			expect(ticks(from, to).filter((x) => x.label).length).toBeLessThanOrEqual(16);
		}
	});
});
