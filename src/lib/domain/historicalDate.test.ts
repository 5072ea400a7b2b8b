import { describe, expect, it } from 'vitest';
import { dayFromCivil, toIsoDay } from './day';
import { historicalDate, historicalDateInWords, parseHistoricalDate } from './historicalDate';

const d = (year: number, month: number, day: number) => dayFromCivil({ year, month, day });

describe('parseHistoricalDate', () => {
	it.each([
		// text, first day, last day (inclusive), precision
		['1945-08-21', '1945-08-21', '1945-08-21', 'day'],
		['1945-08', '1945-08-01', '1945-08-31', 'month'],
		['1944-02', '1944-02-01', '1944-02-29', 'month'],
		['1945', '1945-01-01', '1945-12-31', 'year'],
		['0000', '0000-01-01', '0000-12-31', 'year'],
		['-0048', '-0048-01-01', '-0048-12-31', 'year'],
		['-0047-03-15', '-0047-03-15', '-0047-03-15', 'day'],
		['1945-08-1X', '1945-08-10', '1945-08-19', 'day'],
		['1945-08-3X', '1945-08-30', '1945-08-31', 'day'],
		['1945-08-XX', '1945-08-01', '1945-08-31', 'day'],
		['1945-XX', '1945-01-01', '1945-12-31', 'month'],
		['1945-XX-XX', '1945-01-01', '1945-12-31', 'day'],
		['194X', '1940-01-01', '1949-12-31', 'year'],
		['-004X', '-0049-01-01', '-0040-12-31', 'year']
	])('%s means %s to %s at %s precision', (text, first, last, precision) => {
		const date = historicalDate(text);
		expect(toIsoDay(date.start)).toBe(first);
		expect(toIsoDay(date.end - 1)).toBe(last);
		expect(date.precision).toBe(precision);
	});

	it('is a half-open interval: a month ends where the next begins', () => {
		expect(historicalDate('1945-08').end).toBe(historicalDate('1945-09').start);
		expect(historicalDate('1945-12').end).toBe(d(1946, 1, 1));
	});

	it.each([
		['1945-08-21', false, false, false],
		['1945-08-21~', true, false, false],
		['1945-08-21?', false, true, false],
		['1945-08-21%', true, true, false],
		['1945-08-1X', false, false, true],
		['1945-08-1X?', false, true, true]
	])('%s: approximate %s, uncertain %s, unspecified %s', (text, approximate, uncertain, unspecified) => {
		const date = historicalDate(text);
		expect([date.approximate, date.uncertain, date.unspecified]).toEqual([approximate, uncertain, unspecified]);
		expect(date.text).toBe(text);
	});

	it.each([
		['1945-13-40', 'month 13 does not exist'],
		['1945-02-29', 'day 29 does not exist in February 1945'],
		['1945-04-31', 'day 31 does not exist'],
		['1945-00', 'month 00 does not exist'],
		['1945-02-3X', 'day 3X does not exist'],
		['1945-X8', 'may only end the month'],
		['19X5', 'may only end the year'],
		['1945-XX-21', 'may only stand at the end'],
		['45-08-21', 'expected YYYY'],
		['1945/08/21', 'expected YYYY'],
		['1945-08-21~?', 'expected YYYY'],
		['-0000', 'year -0000 does not exist'],
		['', 'expected YYYY']
	])('rejects %j: %s', (text, message) => {
		const result = parseHistoricalDate(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(message);
		expect(() => historicalDate(text)).toThrow(message);
	});
});

describe('historicalDateInWords', () => {
	it.each([
		['1945-08-21', '21 August 1945'],
		['1945-08', 'August 1945'],
		['1945', '1945'],
		['1945-08-21~', 'about 21 August 1945'],
		['1945-08-21?', '21 August 1945 (uncertain)'],
		['1945-08-21%', 'about 21 August 1945 (uncertain)'],
		['1945-08-1X', 'between 10 and 19 August 1945'],
		['1945-XX', 'between January and December 1945'],
		['194X', 'between 1940 and 1949'],
		['-0047', '48 BCE'],
		['0000', '1 BCE'],
		['-0043-03-15', '15 March 44 BCE'],
		['-004X', 'between 50 BCE and 41 BCE']
	])('%s reads "%s"', (text, words) => expect(historicalDateInWords(historicalDate(text))).toBe(words));
});
