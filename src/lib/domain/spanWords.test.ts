import { describe, expect, it } from 'vitest';
import { historicalDate } from './historicalDate';
import { periodInWords, spanInWords, standingInWords } from './spanWords';

const span = (start: string, end: string | null) => ({ start: historicalDate(start), end: end ? historicalDate(end) : null });

describe('spanInWords', () => {
	it.each([
		['1945-08-21', null, '21 August 1945'],
		['1945-08-21', '1945-08-22', '21–22 August 1945'],
		['1945-08-09', '1945-09-02', '9 August to 2 September 1945'],
		['1945-12-16', '1946-01-02', '16 December 1945 to 2 January 1946'],
		['1945-08-18?', '1945-08-20', 'perhaps 18 August 1945 to 20 August 1945'],
		['1948-10-19', '1948-12', '19 October 1948 to December 1948'],
		['1945-08-1X', null, 'between 10 and 19 August 1945'],
		['1945-08~', null, 'about August 1945'],
		['-0217', null, '218 BCE'],
		['-0217', '-0201', '218 BCE to 202 BCE'],
		['-0201-10-19', '-0201-10-20', '19–20 October 202 BCE'],
		['0000-03', '0001-02', 'March 1 BCE to February 1']
	])('%s to %s reads %s', (start, end, words) => expect(spanInWords(span(start, end))).toBe(words));

	// An advance of one day (start and end the same, as the data allows) or a front with one keyframe.
	it.each([
		['1945-08-21', '1945-08-21', '21 August 1945'],
		['1945-08-12?', '1945-08-12?', 'perhaps 12 August 1945'],
		['1945-08', '1945-08', 'August 1945'],
		['-0201', '-0201', '202 BCE']
	])('reads a span that ends on the date it starts as that date: %s to %s reads %s', (start, end, words) => {
		expect(spanInWords(span(start, end))).toBe(words);
	});
});

describe('standingInWords', () => {
	it.each([
		['1948-08-15', null, 'from 15 August 1948'],
		['-0225', null, 'from 226 BCE'],
		['1945-08', '1948-09-09', 'August 1945 to 9 September 1948'],
		['1945-08-21', '1945-08-22', '21–22 August 1945']
	])('%s to %s stands %s', (start, end, words) => expect(standingInWords(span(start, end))).toBe(words));
});

describe('periodInWords', () => {
	const d = (text?: string) => (text ? historicalDate(text) : undefined);
	it.each([
		['1910', '1945', '1910 to 1945'],
		['1947', undefined, 'from 1947'],
		[undefined, '1910', 'until 1910'],
		[undefined, undefined, ''],
		['-0263', '-0240', '264 BCE to 241 BCE']
	])('%s to %s reads "%s"', (start, end, words) => expect(periodInWords(d(start), d(end))).toBe(words));
});

describe('dates in words', () => {
	const qualified = ['1932', '1932?', '1932~', '1932%', '1932-03-13?', '1932-03%', '193X?', '1815-22%'];

	// A date in words is set in brackets (a place's period name, a name's period): it must hold none of its own.
	it.each(qualified.flatMap((a) => qualified.map((b) => [a, b])))('%s to %s holds no bracket', (start, end) => {
		const words = [spanInWords(span(start, end)), standingInWords(span(start, null)), periodInWords(historicalDate(start), historicalDate(end))];
		for (const w of words) expect(w).not.toMatch(/[()[\]]/);
	});

	it('writes every day as day, month and year in words', () => {
		expect(periodInWords(historicalDate('1945-08-21?'), historicalDate('1948-09-09'))).toBe('perhaps 21 August 1945 to 9 September 1948');
	});
});
