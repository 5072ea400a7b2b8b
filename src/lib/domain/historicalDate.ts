/**
 * Turns written dates (EDTF levels 0 and 1: the Library of Congress's 2019 profile of ISO 8601 and its
 * first extensions) into half-open intervals of Days that keep their precision and qualifiers, and back
 * into words at that precision.
 *
 * Accepted: "1815", "1815-06", "1815-06-18", negative years ("-0047"), years of more than four digits after
 * a "Y" ("Y-12000"), seasons ("1815-21" spring to "1815-24" winter, see SEASONS), a date with its time of
 * day ("1815-06-18T11:30:00", "…Z", "…+01:00", read as the calendar day written), a trailing "~"
 * (approximate), "?" (uncertain) or "%" (both), and unspecified digits from the right: "181X", "1815-XX",
 * "1815-06-1X" (level 1 leaves at most two of a year's digits and whole months or days unspecified; we read
 * X from the right in any component, never before a digit). Intervals ("1815/1816", "1815/..") are read by
 * edtf.ts. EDTF level 2 (qualifying part of a date, sets, exponential years, X before a digit, the other
 * divisions of a year) gets an error that says so.
 */
import { daysInMonth, dayFromCivil, isoYear, MONTH_NAMES, yearInWords, civilFromDay, type Day } from './day';

export type Precision = 'year' | 'season' | 'month' | 'day';

/** A date as a source gives it: the period it means, how precisely, and how surely. */
export interface HistoricalDate {
	/** The text as written, qualifiers (and any time of day) included. */
	text: string;
	/** The finest component written (with or without unspecified digits). */
	precision: Precision;
	/** First day of the period. */
	start: Day;
	/** First day after the period (half-open interval). */
	end: Day;
	approximate: boolean;
	uncertain: boolean;
	/** Some digits were left unspecified (X): the date lies somewhere in [start, end). */
	unspecified: boolean;
}

export type ParseResult = { ok: true; value: HistoricalDate } | { ok: false; error: string };

/**
 * EDTF level 1's seasons, 21 to 24, in order. The specification names them spring, summer, autumn and
 * winter "independent of location" and gives them no months; implementations differ: edtf.js and go-edtf
 * read them as calendar quarters (spring = January to March), python-edtf as meteorological seasons with
 * winter cut to December alone. We read the meteorological seasons of the northern hemisphere, so that
 * spring is what most sources mean by it: spring March to May, summer June to August, autumn September to
 * November, and winter December to the end of February of the next year, so the four follow one another
 * without a gap and in the specification's order.
 */
const SEASONS = [
	{ name: 'spring', firstMonth: 3 },
	{ name: 'summer', firstMonth: 6 },
	{ name: 'autumn', firstMonth: 9 },
	{ name: 'winter', firstMonth: 12 }
] as const;

const PATTERN = /^(-?)([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([~?%]?)$/;
const DATE_TIME = /^(-?[0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(Z|[+-]([0-9]{2})(?::([0-9]{2}))?)?$/;
const LONG_YEAR = /^Y(-?)([0-9]+)([~?%]?)$/;

/** Beyond this many years a Day would no longer be an exact integer in every computation. */
const LARGEST_YEAR = 999_999_999_999;

const LEVEL_2 = 'EDTF level 2 is not supported';

/** The smallest and largest numbers a digit pattern with trailing X's can stand for. */
function digitRange(pattern: string): [number, number] | null {
	if (!/^[0-9]*X*$/.test(pattern)) return null;
	return [Number(pattern.replace(/X/g, '0')), Number(pattern.replace(/X/g, '9'))];
}

const fail = (text: string, why: string): ParseResult => ({ ok: false, error: `"${text}" is not a valid date: ${why}` });

const qualified = (text: string, precision: Precision, start: Day, end: Day, qualifier: string, unspecified: boolean): ParseResult => ({
	ok: true,
	value: {
		text,
		precision,
		start,
		end,
		approximate: qualifier === '~' || qualifier === '%',
		uncertain: qualifier === '?' || qualifier === '%',
		unspecified
	}
});

/** The level-2 feature a text uses, in words, or null: level 1 has nothing like it. */
function levelTwoFeature(text: string): string | null {
	if (/[[\]{}]/.test(text)) return 'a set of dates in [ ] or { }';
	if (/^Y-?[0-9]+E[0-9]/.test(text)) return 'an exponential year such as Y17E7';
	if (/[0-9]S[0-9]/.test(text)) return 'significant digits such as 1950S2';
	if (/(^|[-0-9X])[~?%][-0-9X]/.test(text)) return 'qualifying part of a date, such as 2004-06-~11; level 1 qualifies the whole date, as in 2004-06-11~';
	return null;
}

/** The first and the following day of a season of a year (see SEASONS). */
function seasonSpan(year: number, season: (typeof SEASONS)[number]): [Day, Day] {
	const start = dayFromCivil({ year, month: season.firstMonth, day: 1 });
	const next = season.firstMonth + 3;
	return [start, dayFromCivil({ year: next > 12 ? year + 1 : year, month: next > 12 ? next - 12 : next, day: 1 })];
}

/** "Y170000002", "Y-12000~": a year of more than four digits, alone. */
function longYear(text: string): ParseResult {
	const m = LONG_YEAR.exec(text);
	if (!m) {
		return fail(text, 'after "Y" comes a year of more than four digits, with an optional "-" before it and ~, ? or % after it (Y-12000~), and no month or day');
	}
	const [, sign = '', digits = '', qualifier = ''] = m;
	const magnitude = digits.replace(/^0+/, '');
	if (magnitude.length <= 4) return fail(text, `"Y" marks a year of more than four digits; write ${isoYear(Number(sign + digits))} without it`);
	if (magnitude.length > String(LARGEST_YEAR).length) return fail(text, `years beyond ±${LARGEST_YEAR} are not supported`);
	const year = Number(sign + magnitude);
	return qualified(text, 'year', dayFromCivil({ year, month: 1, day: 1 }), dayFromCivil({ year: year + 1, month: 1, day: 1 }), qualifier, false);
}

/** "1985-04-12T23:20:30", "…Z", "…-04", "…+04:30": the calendar day as written; the time is kept in the text only. */
function dateAndTime(text: string): ParseResult {
	const m = DATE_TIME.exec(text);
	if (!m) return fail(text, 'a time of day is written Thh:mm:ss (whole seconds), optionally followed by Z, ±hh or ±hh:mm, with no ~, ? or %');
	const [, date = '', hour = '', minute = '', second = '', , shiftHour, shiftMinute] = m;
	// Second 60 is a leap second.
	if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return fail(text, `time ${hour}:${minute}:${second} does not exist`);
	if ((shiftHour !== undefined && Number(shiftHour) > 23) || (shiftMinute !== undefined && Number(shiftMinute) > 59)) {
		return fail(text, `time shift ${m[5]} does not exist`);
	}
	const day = parseHistoricalDate(date);
	if (!day.ok) return { ok: false, error: day.error.replace(`"${date}"`, `"${text}"`) };
	return { ok: true, value: { ...day.value, text } };
}

/** Parses a written date. Never throws; the error says what is wrong with the text. */
export function parseHistoricalDate(text: string): ParseResult {
	const level2 = levelTwoFeature(text);
	if (level2) return fail(text, `${LEVEL_2}: ${level2}`);
	if (text.startsWith('Y')) return longYear(text);
	if (/^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T/.test(text)) return dateAndTime(text);
	const m = PATTERN.exec(text);
	if (!m) return fail(text, 'expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %');
	const [, sign = '', yearText = '', monthText, dayText, qualifier = ''] = m;
	const code = monthText !== undefined && /^[0-9]{2}$/.test(monthText) ? Number(monthText) : 0;
	if (code >= 21 && code <= 41) {
		if (code > 24) {
			return fail(text, `a season is 21 to 24 (spring to winter); ${monthText} is among the divisions of a year 25 to 41 of EDTF level 2, which is not supported`);
		}
		if (dayText !== undefined) return fail(text, `a season (${monthText}) has no days`);
		if (yearText.includes('X')) return fail(text, 'a season needs a whole year, without unspecified digits (X)');
		const year = Number(sign + yearText);
		if (sign === '-' && year === 0) return fail(text, 'year -0000 does not exist; write 0000 for 1 BCE');
		const [start, end] = seasonSpan(year, SEASONS[code - 21]!);
		return qualified(text, 'season', start, end, qualifier, false);
	}
	const parts = [yearText, monthText, dayText].filter((p): p is string => p !== undefined);
	// Unspecified digits only at the end: once a component has an X, later ones must be all X.
	const firstX = parts.findIndex((p) => p.includes('X'));
	if (firstX >= 0 && parts.slice(firstX + 1).some((p) => p !== 'XX')) {
		return fail(text, 'unspecified digits (X) may only stand at the end of the date (an X before a digit is EDTF level 2, which is not supported)');
	}
	const years = digitRange(yearText);
	if (!years) return fail(text, 'unspecified digits (X) may only end the year (an X before a digit is EDTF level 2, which is not supported)');
	const [yLow, yHigh] = sign === '-' ? [-years[1], -years[0]] : years;
	if (sign === '-' && yHigh === 0 && yLow === 0) return fail(text, 'year -0000 does not exist; write 0000 for 1 BCE');

	if (monthText === undefined) {
		return qualified(text, 'year', dayFromCivil({ year: yLow, month: 1, day: 1 }), dayFromCivil({ year: yHigh + 1, month: 1, day: 1 }), qualifier, firstX >= 0);
	}
	const months = digitRange(monthText);
	if (!months) return fail(text, 'unspecified digits (X) may only end the month (an X before a digit is EDTF level 2, which is not supported)');
	const mLow = Math.max(months[0], 1);
	const mHigh = Math.min(months[1], 12);
	if (mLow > mHigh || (!monthText.includes('X') && (months[0] < 1 || months[0] > 12))) {
		return fail(text, `month ${monthText} does not exist`);
	}
	if (dayText === undefined) {
		const end = dayFromCivil({ year: yHigh, month: mHigh, day: daysInMonth(yHigh, mHigh) }) + 1;
		return qualified(text, 'month', dayFromCivil({ year: yLow, month: mLow, day: 1 }), end, qualifier, firstX >= 0);
	}
	const days = digitRange(dayText);
	if (!days) return fail(text, 'unspecified digits (X) may only end the day (an X before a digit is EDTF level 2, which is not supported)');
	const dLow = Math.max(days[0], 1);
	const dHigh = Math.min(days[1], daysInMonth(yHigh, mHigh));
	const exact = !dayText.includes('X');
	if (dLow > dHigh || (exact && (days[0] < 1 || days[0] > daysInMonth(yLow, mLow)))) {
		return fail(text, `day ${dayText} does not exist in ${MONTH_NAMES[mLow - 1]} ${isoYear(yLow)}`);
	}
	const start = dayFromCivil({ year: yLow, month: mLow, day: dLow });
	return qualified(text, 'day', start, dayFromCivil({ year: yHigh, month: mHigh, day: dHigh }) + 1, qualifier, firstX >= 0);
}

/** Parses a written date or throws an Error whose message says what is wrong. */
export function historicalDate(text: string): HistoricalDate {
	const result = parseHistoricalDate(text);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** The season (see SEASONS) a Day falls in: "spring 1815", "winter 1815–1816". */
function seasonInWords(value: Day): string {
	const { year, month } = civilFromDay(value);
	if (month >= 3 && month < 12) return `${SEASONS[Math.floor((month - 3) / 3)]!.name} ${yearInWords(year)}`;
	const first = month === 12 ? year : year - 1;
	const from = first < 0 ? String(1 - first) : yearInWords(first);
	return `winter ${from}–${yearInWords(first + 1)}`;
}

/** A Day in words at a precision: "18 June 1815", "June 1815", "summer 1815", "1815". */
export function dayAtPrecision(value: Day, precision: Precision): string {
	if (precision === 'season') return seasonInWords(value);
	const { year, month, day } = civilFromDay(value);
	if (precision === 'year') return yearInWords(year);
	const monthYear = `${MONTH_NAMES[month - 1]} ${yearInWords(year)}`;
	return precision === 'month' ? monthYear : `${day} ${monthYear}`;
}

/** "between 10 and 19 June 1815": the first and last day of a range, sharing what they share. */
function between(first: Day, last: Day, precision: Precision): string {
	const a = civilFromDay(first);
	const b = civilFromDay(last);
	const to = dayAtPrecision(last, precision);
	if (precision === 'day' && a.year === b.year && a.month === b.month) return `between ${a.day} and ${to}`;
	if ((precision === 'day' || precision === 'month') && a.year === b.year) {
		const from = precision === 'day' ? `${a.day} ${MONTH_NAMES[a.month - 1]}` : MONTH_NAMES[a.month - 1];
		return `between ${from} and ${to}`;
	}
	return `between ${dayAtPrecision(first, precision)} and ${to}`;
}

/**
 * A date in words at its precision, with its qualifiers as words before it: "about 18 June 1815",
 * "perhaps 18 June 1815", "perhaps about June 1815". Never in brackets, so that a date set in a
 * bracketed period ("Christiania (perhaps 1624 to 1924)") never nests one bracket in another.
 */
export function historicalDateInWords(date: HistoricalDate): string {
	const core = date.unspecified
		? between(date.start, date.end - 1, date.precision)
		: dayAtPrecision(date.start, date.precision);
	const about = date.approximate ? `about ${core}` : core;
	return date.uncertain ? `perhaps ${about}` : about;
}
