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
		['-004X', '-0049-01-01', '-0040-12-31', 'year'],
		['1XXX', '1000-01-01', '1999-12-31', 'year'],
		// Seasons: the northern hemisphere's meteorological seasons, winter running into the next year.
		['1815-21', '1815-03-01', '1815-05-31', 'season'],
		['1815-22', '1815-06-01', '1815-08-31', 'season'],
		['1815-23', '1815-09-01', '1815-11-30', 'season'],
		['1815-24', '1815-12-01', '1816-02-29', 'season'],
		['1814-24', '1814-12-01', '1815-02-28', 'season'],
		['-0047-24~', '-0047-12-01', '-0046-02-28', 'season'],
		// A time of day: the calendar day as written, whatever the time shift.
		['1815-06-18T11:30:00', '1815-06-18', '1815-06-18', 'day'],
		['1815-06-18T23:59:59Z', '1815-06-18', '1815-06-18', 'day'],
		['1815-06-18T00:00:00+14:00', '1815-06-18', '1815-06-18', 'day'],
		['1815-06-18T23:59:60-04', '1815-06-18', '1815-06-18', 'day'],
		['-0047-03-15T12:00:00', '-0047-03-15', '-0047-03-15', 'day'],
		// Years of more than four digits after Y.
		['Y12000', '12000-01-01', '12000-12-31', 'year'],
		['Y-12000', '-12000-01-01', '-12000-12-31', 'year'],
		['Y010000', '10000-01-01', '10000-12-31', 'year']
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

	it('lets the seasons follow one another without a gap, winter into the next spring', () => {
		const seasons = ['1815-21', '1815-22', '1815-23', '1815-24', '1816-21'].map(historicalDate);
		for (let i = 1; i < seasons.length; i++) expect(seasons[i]!.start).toBe(seasons[i - 1]!.end);
	});

	it('counts the days of a year of nine digits exactly', () => {
		// ±170000000 lie 425000 cycles of 400 years (146097 days each) from year 0 (day -719528) and are leap years;
		// 170000001, -170000001 and -170000002 are not.
		const date = historicalDate('Y170000002');
		expect(date.start).toBe(-719528 + 425000 * 146097 + 366 + 365);
		expect(date.end - date.start).toBe(365);
		const bce = historicalDate('Y-170000002');
		expect(bce.start).toBe(-719528 - 425000 * 146097 - 365 - 365);
		expect(bce.end - bce.start).toBe(365);
	});

	it.each([
		['1945-08-21', false, false, false],
		['1945-08-21~', true, false, false],
		['1945-08-21?', false, true, false],
		['1945-08-21%', true, true, false],
		['1945-08-1X', false, false, true],
		['1945-08-1X?', false, true, true],
		['1815-22%', true, true, false],
		['Y-12000~', true, false, false],
		['1815-06-18T11:30:00Z', false, false, false]
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
		['', 'expected YYYY'],
		['1815-25', 'a season is 21 to 24'],
		['1815-20', 'month 20 does not exist'],
		['1815-21-03', 'a season (21) has no days'],
		['181X-21', 'a season needs a whole year'],
		['-0000-21', 'year -0000 does not exist'],
		['Y1815', '"Y" marks a year of more than four digits; write 1815 without it'],
		['Y12000-06', 'no month or day'],
		['Y-', 'after "Y" comes a year'],
		['Y10000000000000', 'years beyond'],
		['1815-06-18T25:00:00', 'time 25:00:00 does not exist'],
		['1815-06-18T10:60:00', 'time 10:60:00 does not exist'],
		['1815-06-18T10:00:00+04:60', 'time shift +04:60 does not exist'],
		['1815-06-18T10:00', 'a time of day is written Thh:mm:ss'],
		['1815-06-18T10:00:00?', 'with no ~, ? or %'],
		['1815-06-31T10:00:00', '"1815-06-31T10:00:00" is not a valid date: day 31 does not exist in June 1815'],
		['1815-06-~18', 'EDTF level 2 is not supported: qualifying part of a date'],
		['1815?-06-18', 'EDTF level 2 is not supported: qualifying part of a date'],
		['Y-17E7', 'EDTF level 2 is not supported: an exponential year'],
		['1950S2', 'EDTF level 2 is not supported: significant digits'],
		['[1815,1816]', 'EDTF level 2 is not supported: a set of dates'],
		['{1815,1816}', 'EDTF level 2 is not supported: a set of dates'],
		['1815/1816', 'expected YYYY']
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
		['1945-08-21?', 'perhaps 21 August 1945'],
		['1945-08-21%', 'perhaps about 21 August 1945'],
		['1945-08-1X', 'between 10 and 19 August 1945'],
		['1945-XX', 'between January and December 1945'],
		['194X', 'between 1940 and 1949'],
		['-0047', '48 BCE'],
		['0000', '1 BCE'],
		['-0043-03-15', '15 March 44 BCE'],
		['-004X', 'between 50 BCE and 41 BCE'],
		['2001-21', 'spring 2001'],
		['1815-22%', 'perhaps about summer 1815'],
		['1815-23~', 'about autumn 1815'],
		['1812-24?', 'perhaps winter 1812–1813'],
		['-0047-24', 'winter 48–47 BCE'],
		['0000-24', 'winter 1 BCE–1'],
		['1815-06-18T11:30:00+01:00', '18 June 1815'],
		['Y12000', '12000'],
		['Y-12000', '12001 BCE']
	])('%s reads "%s"', (text, words) => expect(historicalDateInWords(historicalDate(text))).toBe(words));
});
