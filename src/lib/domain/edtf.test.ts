import { describe, expect, it } from 'vitest';
import { toIsoDay } from './day';
import { edtfSpan, parseEdtf, type EdtfValue } from './edtf';

const value = (text: string): EdtfValue => {
	const result = parseEdtf(text);
	if (!result.ok) throw new Error(result.error);
	return result.value;
};

/** The first and last day (inclusive) an EDTF text covers, null for an open or unknown end. */
const days = (text: string) => {
	const { from, to } = edtfSpan(value(text));
	return [from === null ? null : toIsoDay(from), to === null ? null : toIsoDay(to - 1)];
};

describe('parseEdtf on every example of levels 0 and 1 of the specification (Library of Congress, EDTF, 4 February 2019)', () => {
	it.each([
		// Level 0, Date
		['1985-04-12', '1985-04-12', '1985-04-12'],
		['1985-04', '1985-04-01', '1985-04-30'],
		['1985', '1985-01-01', '1985-12-31'],
		// Level 0, Date and Time: the calendar day as written, whatever the time shift
		['1985-04-12T23:20:30', '1985-04-12', '1985-04-12'],
		['1985-04-12T23:20:30Z', '1985-04-12', '1985-04-12'],
		['1985-04-12T23:20:30-04', '1985-04-12', '1985-04-12'],
		['1985-04-12T23:20:30+04:30', '1985-04-12', '1985-04-12'],
		// Level 0, Time Interval
		['1964/2008', '1964-01-01', '2008-12-31'],
		['2004-06/2006-08', '2004-06-01', '2006-08-31'],
		['2004-02-01/2005-02-08', '2004-02-01', '2005-02-08'],
		['2004-02-01/2005-02', '2004-02-01', '2005-02-28'],
		['2004-02-01/2005', '2004-02-01', '2005-12-31'],
		['2005/2006-02', '2005-01-01', '2006-02-28'],
		// Level 1, Letter-prefixed calendar year
		['Y170000002', '170000002-01-01', '170000002-12-31'],
		['Y-170000002', '-170000002-01-01', '-170000002-12-31'],
		// Level 1, Seasons (read as the northern hemisphere's meteorological seasons: see historicalDate.ts)
		['2001-21', '2001-03-01', '2001-05-31'],
		// Level 1, Qualification of a date (complete)
		['1984?', '1984-01-01', '1984-12-31'],
		['2004-06~', '2004-06-01', '2004-06-30'],
		['2004-06-11%', '2004-06-11', '2004-06-11'],
		// Level 1, Unspecified digit(s) from the right
		['201X', '2010-01-01', '2019-12-31'],
		['20XX', '2000-01-01', '2099-12-31'],
		['2004-XX', '2004-01-01', '2004-12-31'],
		['1985-04-XX', '1985-04-01', '1985-04-30'],
		['1985-XX-XX', '1985-01-01', '1985-12-31'],
		// Level 1, Extended Interval: open end, open start, unknown end, unknown start
		['1985-04-12/..', '1985-04-12', null],
		['1985-04/..', '1985-04-01', null],
		['1985/..', '1985-01-01', null],
		['../1985-04-12', null, '1985-04-12'],
		['../1985-04', null, '1985-04-30'],
		['../1985', null, '1985-12-31'],
		['1985-04-12/', '1985-04-12', null],
		['1985-04/', '1985-04-01', null],
		['1985/', '1985-01-01', null],
		['/1985-04-12', null, '1985-04-12'],
		['/1985-04', null, '1985-04-30'],
		['/1985', null, '1985-12-31'],
		// Level 1, Negative calendar year
		['-1985', '-1985-01-01', '-1985-12-31']
	])('%s covers %s to %s', (text, first, last) => expect(days(text)).toEqual([first, last]));

	it('tells open ends ("..") from unknown ones ("")', () => {
		expect(value('1985-04-12/..')).toMatchObject({ kind: 'interval', start: { kind: 'date' }, end: { kind: 'open' } });
		expect(value('../1985-04-12')).toMatchObject({ kind: 'interval', start: { kind: 'open' }, end: { kind: 'date' } });
		expect(value('1985-04-12/')).toMatchObject({ kind: 'interval', start: { kind: 'date' }, end: { kind: 'unknown' } });
		expect(value('/1985-04-12')).toMatchObject({ kind: 'interval', start: { kind: 'unknown' }, end: { kind: 'date' } });
		expect(value('1985-04-12')).toMatchObject({ kind: 'date', date: { text: '1985-04-12', precision: 'day' } });
	});

	it.each([
		['1984?', 'year', false, true, false],
		['2004-06~', 'month', true, false, false],
		['2004-06-11%', 'day', true, true, false],
		['201X', 'year', false, false, true],
		['2004-XX', 'month', false, false, true],
		['1985-XX-XX', 'day', false, false, true],
		['2001-21', 'season', false, false, false],
		['Y-170000002', 'year', false, false, false]
	])('%s keeps precision %s, approximate %s, uncertain %s, unspecified %s', (text, precision, approximate, uncertain, unspecified) => {
		const v = value(text);
		if (v.kind !== 'date') throw new Error(`${text} is not a single date`);
		expect([v.date.precision, v.date.approximate, v.date.uncertain, v.date.unspecified]).toEqual([precision, approximate, uncertain, unspecified]);
	});
});

describe('parseEdtf on level-1 intervals beyond the examples', () => {
	it.each([
		['1984~/2004-06', '1984-01-01', '2004-06-30'],
		['1984/2004-06~', '1984-01-01', '2004-06-30'],
		['1984?/2004%', '1984-01-01', '2004-12-31'],
		['199X/2004-XX', '1990-01-01', '2004-12-31'],
		['2001-21/2001-23', '2001-03-01', '2001-11-30'],
		['1812-24/1813', '1812-12-01', '1813-12-31'],
		['-0047/0014', '-0047-01-01', '0014-12-31'],
		['Y-12000/-9999', '-12000-01-01', '-9999-12-31'],
		['1815-06-18/1815-06-18', '1815-06-18', '1815-06-18'],
		['2004/2004-03', '2004-01-01', '2004-03-31'],
		['1984-06-02?/', '1984-06-02', null],
		['../2004~', null, '2004-12-31']
	])('%s covers %s to %s', (text, first, last) => expect(days(text)).toEqual([first, last]));

	it('gives the half-open span importers use', () => {
		const span = edtfSpan(value('1906/1908'));
		expect([toIsoDay(span.from!), toIsoDay(span.to!)]).toEqual(['1906-01-01', '1909-01-01']);
		expect(edtfSpan(value('/1800'))).toEqual({ from: null, to: edtfSpan(value('1801')).from });
		expect(edtfSpan(value('1985/..'))).toEqual({ from: edtfSpan(value('1985')).from, to: null });
	});
});

describe('parseEdtf errors', () => {
	it.each([
		['1985-13', '"1985-13" is not a valid date: month 13 does not exist'],
		['1985-04-31', 'day 31 does not exist in April 1985'],
		['2001-25', 'a season is 21 to 24'],
		['2001-20', 'month 20 does not exist'],
		['2001-21-03', 'a season (21) has no days'],
		['201X-21', 'a season needs a whole year'],
		['1985/1984', '"1985/1984" is not valid EDTF: it ends (1984) before it starts (1985)'],
		['2004-06/2004', 'it ends (2004) before it starts (2004-06)'],
		['1906/19O8', '"1906/19O8" is not valid EDTF: its end: "19O8" is not a valid date: expected YYYY'],
		['1906-02-30/1908', 'its start: "1906-02-30" is not a valid date: day 30 does not exist in February 1906'],
		['Y12', '"Y" marks a year of more than four digits; write 0012 without it'],
		['Y-0012', 'write -0012 without it'],
		['Y12345-06', 'no month or day'],
		['Y1234567890123', 'years beyond ±999999999999 are not supported'],
		['1985-04-12T24:00:00', 'time 24:00:00 does not exist'],
		['1985-04-12T23:20:30+25', 'time shift +25 does not exist'],
		['1985-04-12T23:20', 'a time of day is written Thh:mm:ss'],
		['1985-04-12T23:20:30.5Z', 'a time of day is written Thh:mm:ss'],
		['1985-04-12T23:20:30~', 'with no ~, ? or %'],
		['1985-02-29T10:00:00', 'day 29 does not exist in February 1985'],
		['1985-04-12T23:20:30/1986', "has a time of day, which an interval's ends may not have"],
		['../..', "'..' (open) and '' (unknown) cannot both be its ends"],
		['/', 'cannot both be its ends'],
		['../', 'cannot both be its ends'],
		['/..', 'cannot both be its ends'],
		['..', 'stands only at an end of an interval'],
		['', 'it is empty'],
		['1900/1901/1902', "an interval has one '/'"],
		['soon', '"soon" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD'],
		['spring 1815', 'expected YYYY'],
		['1985-4-12', 'expected YYYY'],
		['85', 'expected YYYY'],
		['1985-04-12~?', 'expected YYYY'],
		['<b>1985</b>', 'expected YYYY']
	])('rejects %j: %s', (text, message) => {
		const result = parseEdtf(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain(message);
	});

	// Examples of level 2 from the same specification.
	it.each([
		'2004-06-~11', '2004?-06-11', '?2004-06-~11', '2004-%06', 'Y-17E7', 'Y17E8', '1950S2', 'Y171010000S3', '2001-25', '2001-34', '2001-41',
		'[1667,1668,1670..1672]', '[..1760-12-03]', '{1667,1668,1670..1672}', '{..1983-12-31,1984-10-10..1984-11-01,1984-11-05..}',
		'156X-12-25', '15XX-12-25', 'XXXX-12-XX', '1XXX-12', '2004-06-~01/2004-06-~20', '1984?-06/2004-08?', '2019-12/%2020'
	])('says %s is EDTF level 2, which it does not read', (text) => {
		const result = parseEdtf(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/EDTF level 2(,| is not supported)/);
	});

	it('never throws, whatever the text', () => {
		const texts = ['/', '//', '..', '...', '../..', 'Y', 'Y-', 'T', '1985-T', '-', '--', '~', '%', 'X', 'XXXX', '1985-04-12T', '\u0000', '1985/\n'];
		for (const text of texts) expect(() => parseEdtf(text)).not.toThrow();
	});
});
