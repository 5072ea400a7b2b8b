import { describe, expect, it } from 'vitest';
import {
	civilFromDay, dayFromCivil, dayInWords, dayInWordsWithWeekday, daysInMonth, isLeapYear,
	parseIsoDay, toIsoDay, weekday, yearInWords, addMonths
} from './day';

describe('dayFromCivil and civilFromDay', () => {
	it.each([
		// [year, month, day, Day]: anchors computed independently (1970 epoch, 400-year cycle of 146097 days)
		[1970, 1, 1, 0],
		[1969, 12, 31, -1],
		[2000, 3, 1, 11017],
		[1945, 8, 9, -8911],
		[1945, 8, 21, -8899],
		[1900, 3, 1, -25508],
		[1570, 1, 1, -146097],
		[0, 1, 1, -719528],
		[-400, 1, 1, -719528 - 146097]
	])('%i-%i-%i is day %i', (year, month, day, n) => {
		expect(dayFromCivil({ year, month, day })).toBe(n);
		expect(civilFromDay(n)).toEqual({ year, month, day });
	});

	it('round-trips every day from 1001 BCE to 3000 CE, one day apart each', () => {
		const first = dayFromCivil({ year: -1000, month: 1, day: 1 });
		const last = dayFromCivil({ year: 3000, month: 12, day: 31 });
		const wrong: string[] = [];
		let previous = civilFromDay(first - 1);
		for (let n = first; n <= last; n++) {
			const c = civilFromDay(n);
			const p = previous;
			const expected =
				p.day < daysInMonth(p.year, p.month)
					? { year: p.year, month: p.month, day: p.day + 1 }
					: p.month < 12
						? { year: p.year, month: p.month + 1, day: 1 }
						: { year: p.year + 1, month: 1, day: 1 };
			if (c.year !== expected.year || c.month !== expected.month || c.day !== expected.day || dayFromCivil(c) !== n) {
				wrong.push(`day ${n}: ${JSON.stringify(c)}, expected ${JSON.stringify(expected)}`);
			}
			previous = c;
		}
		expect(wrong.slice(0, 5)).toEqual([]);
		expect(last - first + 1).toBe(1461335); // 4001 years: ten 400-year cycles of 146097 days + 365 for 3000
	});
});

describe('leap years and month ends', () => {
	it.each([
		[1944, true], [1945, false], [1900, false], [2000, true], [0, true], [-1, false], [-4, true], [-100, false], [-400, true]
	])('year %i leap: %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

	it.each([
		[1945, 2, 28], [1944, 2, 29], [1900, 2, 28], [2000, 2, 29], [0, 2, 29], [1945, 4, 30], [1945, 8, 31], [1945, 12, 31]
	])('%i-%i has %i days', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));

	it('the day after 28 February 1900 is 1 March; after 28 February 1944, 29 February', () => {
		expect(civilFromDay(dayFromCivil({ year: 1900, month: 2, day: 28 }) + 1)).toEqual({ year: 1900, month: 3, day: 1 });
		expect(civilFromDay(dayFromCivil({ year: 1944, month: 2, day: 28 }) + 1)).toEqual({ year: 1944, month: 2, day: 29 });
	});
});

describe('ISO text and words', () => {
	it.each([
		['1945-08-21', -8899],
		['0000-01-01', -719528],
		['-0047-03-15', dayFromCivil({ year: -47, month: 3, day: 15 })]
	])('%s ↔ day %i', (text, n) => {
		expect(parseIsoDay(text)).toBe(n);
		expect(toIsoDay(n)).toBe(text);
	});

	it.each(['1945-13-01', '1945-02-29', '1945-8-21', '45-08-21', '1945-08-21~', '', 'abc', '1945-00-10'])(
		'rejects %j', (text) => expect(parseIsoDay(text)).toBeNull()
	);

	it.each([
		[1945, '1945'], [1, '1'], [0, '1 BCE'], [-47, '48 BCE']
	])('year %i is written %s', (year, words) => expect(yearInWords(year)).toBe(words));

	it('writes days with and without weekday', () => {
		expect(dayInWords(-8899)).toBe('21 August 1945');
		expect(dayInWordsWithWeekday(-8899)).toBe('Tuesday, 21 August 1945');
		expect(dayInWordsWithWeekday(0)).toBe('Thursday, 1 January 1970');
		expect(dayInWords(dayFromCivil({ year: -43, month: 3, day: 15 }))).toBe('15 March 44 BCE');
	});

	it('knows the weekday far before 1970', () => {
		// 2 September 1945 (the surrender aboard the USS Missouri) was a Sunday.
		expect(weekday(dayFromCivil({ year: 1945, month: 9, day: 2 }))).toBe(6);
		// 15 August 1945 was a Wednesday.
		expect(weekday(dayFromCivil({ year: 1945, month: 8, day: 15 }))).toBe(2);
	});
});

describe('addMonths', () => {
	it.each([
		['1945-08-21', 1, '1945-09-21'],
		['1945-08-31', 1, '1945-09-30'],
		['1945-01-31', 1, '1945-02-28'],
		['1944-01-31', 1, '1944-02-29'],
		['1945-12-15', 1, '1946-01-15'],
		['1945-01-15', -1, '1944-12-15'],
		['0000-01-15', -1, '-0001-12-15'],
		['1945-08-21', 40, '1948-12-21']
	])('%s + %i months = %s', (from, months, to) => {
		expect(toIsoDay(addMonths(parseIsoDay(from)!, months))).toBe(to);
	});
});
