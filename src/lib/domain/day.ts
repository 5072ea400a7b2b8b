/**
 * Turns calendar dates into integer days and back: a Day is the number of days since 1970-01-01 in
 * the proleptic Gregorian calendar with astronomical years (year 0 = 1 BCE, year −47 = 48 BCE).
 * No JS Date anywhere: it shifts with time zones and mishandles early years.
 */

/** A whole number of days since 1970-01-01 (negative before it). */
export type Day = number;

/** A calendar date: astronomical year, month 1–12, day 1–31. */
export interface Civil {
	year: number;
	month: number;
	day: number;
}

export const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Whether an astronomical year is a leap year (so year 0, 1 BCE, is one). */
export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month and day name a real date. */
export function isValidCivil({ year, month, day }: Civil): boolean {
	return (
		Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
		month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
	);
}

// Floor division: JavaScript's `/` and `%` truncate toward zero, which breaks negative years.
const div = (a: number, b: number) => Math.floor(a / b);

/**
 * The Day of a calendar date (Howard Hinnant's days_from_civil, exact for any integer year).
 * @example dayFromCivil({ year: 1815, month: 6, day: 18 }) // → -56445
 */
export function dayFromCivil({ year, month, day }: Civil): Day {
	const y = month <= 2 ? year - 1 : year;
	const era = div(y, 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = div(153 * mp + 2, 5) + day - 1;
	const doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The calendar date of a Day (Hinnant's civil_from_days). */
export function civilFromDay(value: Day): Civil {
	const z = value + 719468;
	const era = div(z, 146097);
	const doe = z - era * 146097;
	const yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365);
	const doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100));
	const mp = div(5 * doy + 2, 153);
	const day = doy - div(153 * mp + 2, 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(value: Day): number {
	return ((value % 7) + 7 + 3) % 7;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** An astronomical year as ISO 8601 writes it: 1815, 0000, -0047. */
export function isoYear(year: number): string {
	return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/** A Day as an ISO 8601 calendar date: "1815-06-18", "-0047-03-15". */
export function toIsoDay(value: Day): string {
	const { year, month, day } = civilFromDay(value);
	return `${isoYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses a plain ISO calendar date ("1815-06-18", "-0047-03-15"); null if it is not one. */
export function parseIsoDay(text: string): Day | null {
	const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return null;
	const civil = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	return isValidCivil(civil) ? dayFromCivil(civil) : null;
}

/** A year in words: "1815", "48 BCE" (astronomical −47), "1 BCE" (year 0). */
export function yearInWords(year: number): string {
	return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** A Day in words: "18 June 1815". */
export function dayInWords(value: Day): string {
	const { year, month, day } = civilFromDay(value);
	return `${day} ${MONTH_NAMES[month - 1]} ${yearInWords(year)}`;
}

/** A Day in words with its weekday: "Sunday, 18 June 1815". */
export function dayInWordsWithWeekday(value: Day): string {
	return `${WEEKDAY_NAMES[weekday(value)]}, ${dayInWords(value)}`;
}

/** The same day `months` months later (or earlier), clamped to the end of a shorter month. */
export function addMonths(value: Day, months: number): Day {
	const { year, month, day } = civilFromDay(value);
	const index = year * 12 + (month - 1) + months;
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return dayFromCivil({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}
