/**
 * Turns written dates (ISO 8601 with EDTF level-1 qualifiers) into half-open intervals of Days that
 * keep their precision and qualifiers, and back into words at that precision.
 *
 * Accepted: "1815", "1815-06", "1815-06-18", negative years ("-0047"), a trailing "~" (approximate),
 * "?" (uncertain) or "%" (both), and unspecified trailing digits: "181X", "1815-XX", "1815-06-1X".
 */
import { daysInMonth, dayFromCivil, isoYear, MONTH_NAMES, yearInWords, civilFromDay, type Day } from './day';

export type Precision = 'year' | 'month' | 'day';

/** A date as a source gives it: the period it means, how precisely, and how surely. */
export interface HistoricalDate {
	/** The text as written, qualifiers included. */
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

const PATTERN = /^(-?)([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([~?%]?)$/;

/** The smallest and largest numbers a digit pattern with trailing X's can stand for. */
function digitRange(pattern: string): [number, number] | null {
	if (!/^[0-9]*X*$/.test(pattern)) return null;
	return [Number(pattern.replace(/X/g, '0')), Number(pattern.replace(/X/g, '9'))];
}

const fail = (text: string, why: string): ParseResult => ({ ok: false, error: `"${text}" is not a valid date: ${why}` });

/** Parses a written date. Never throws; the error says what is wrong with the text. */
export function parseHistoricalDate(text: string): ParseResult {
	const m = PATTERN.exec(text);
	if (!m) return fail(text, 'expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %');
	const [, sign = '', yearText = '', monthText, dayText, qualifier = ''] = m;
	const parts = [yearText, monthText, dayText].filter((p): p is string => p !== undefined);
	// Unspecified digits only at the end: once a component has an X, later ones must be all X.
	const firstX = parts.findIndex((p) => p.includes('X'));
	if (firstX >= 0 && parts.slice(firstX + 1).some((p) => p !== 'XX')) {
		return fail(text, 'unspecified digits (X) may only stand at the end of the date');
	}
	const years = digitRange(yearText);
	if (!years) return fail(text, 'unspecified digits (X) may only end the year');
	const [yLow, yHigh] = sign === '-' ? [-years[1], -years[0]] : years;
	if (sign === '-' && yHigh === 0 && yLow === 0) return fail(text, 'year -0000 does not exist; write 0000 for 1 BCE');

	let start: Day;
	let end: Day;
	if (monthText === undefined) {
		start = dayFromCivil({ year: yLow, month: 1, day: 1 });
		end = dayFromCivil({ year: yHigh + 1, month: 1, day: 1 });
	} else {
		const months = digitRange(monthText);
		if (!months) return fail(text, 'unspecified digits (X) may only end the month');
		const mLow = Math.max(months[0], 1);
		const mHigh = Math.min(months[1], 12);
		if (mLow > mHigh || (!monthText.includes('X') && (months[0] < 1 || months[0] > 12))) {
			return fail(text, `month ${monthText} does not exist`);
		}
		if (dayText === undefined) {
			start = dayFromCivil({ year: yLow, month: mLow, day: 1 });
			end = dayFromCivil({ year: yHigh, month: mHigh, day: daysInMonth(yHigh, mHigh) }) + 1;
		} else {
			const days = digitRange(dayText);
			if (!days) return fail(text, 'unspecified digits (X) may only end the day');
			const dLow = Math.max(days[0], 1);
			const dHigh = Math.min(days[1], daysInMonth(yHigh, mHigh));
			const exact = !dayText.includes('X');
			if (dLow > dHigh || (exact && (days[0] < 1 || days[0] > daysInMonth(yLow, mLow)))) {
				return fail(text, `day ${dayText} does not exist in ${MONTH_NAMES[mLow - 1]} ${isoYear(yLow)}`);
			}
			start = dayFromCivil({ year: yLow, month: mLow, day: dLow });
			end = dayFromCivil({ year: yHigh, month: mHigh, day: dHigh }) + 1;
		}
	}
	return {
		ok: true,
		value: {
			text,
			precision: dayText !== undefined ? 'day' : monthText !== undefined ? 'month' : 'year',
			start,
			end,
			approximate: qualifier === '~' || qualifier === '%',
			uncertain: qualifier === '?' || qualifier === '%',
			unspecified: firstX >= 0
		}
	};
}

/** Parses a written date or throws an Error whose message says what is wrong. */
export function historicalDate(text: string): HistoricalDate {
	const result = parseHistoricalDate(text);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** A Day in words at a precision: "18 June 1815", "June 1815", "1815". */
export function dayAtPrecision(value: Day, precision: Precision): string {
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
	if (precision !== 'year' && a.year === b.year) {
		const from = precision === 'day' ? `${a.day} ${MONTH_NAMES[a.month - 1]}` : MONTH_NAMES[a.month - 1];
		return `between ${from} and ${to}`;
	}
	return `between ${dayAtPrecision(first, precision)} and ${to}`;
}

/** A date in words at its precision, with its qualifiers: "about 18 June 1815". */
export function historicalDateInWords(date: HistoricalDate): string {
	const core = date.unspecified
		? between(date.start, date.end - 1, date.precision)
		: dayAtPrecision(date.start, date.precision);
	const about = date.approximate ? `about ${core}` : core;
	return date.uncertain ? `${about} (uncertain)` : about;
}
