/**
 * Turns a range of days into a time axis: ticks whose labels adapt to the span (days, months or
 * years), and a date into the next or previous day on which an event began.
 */
import { civilFromDay, dayFromCivil, MONTH_NAMES, yearInWords, type Day } from './day';

export interface Tick {
	day: Day;
	/** Empty for a minor tick. */
	label: string;
	major: boolean;
}

/** How many years apart the year labels may stand. */
const YEAR_STEPS = [1, 5, 10, 25, 50, 100, 250, 500, 1000] as const;

const shortMonth = (m: number) => MONTH_NAMES[m - 1]!.slice(0, 3);

/**
 * Ticks for [from, to): days for a span up to ~2 months, months up to ~4 years, else years. A day's
 * label carries its month ("8 Aug"): a zoomed axis may show no first of the month to read it from.
 */
export function axisTicks(from: Day, to: Day): Tick[] {
	const span = to - from;
	const ticks: Tick[] = [];
	if (span <= 70) {
		for (let d = from; d < to; d++) {
			const { day, month } = civilFromDay(d);
			// Every day of a week or less; else a few fixed days of each month, so labels never crowd.
			const labelled = span <= 7 || day === 1 || (span <= 40 ? [8, 15, 22, 29].includes(day) : day === 15);
			ticks.push({ day: d, label: labelled ? `${day} ${shortMonth(month)}` : '', major: day === 1 });
		}
		return ticks;
	}
	const start = civilFromDay(from);
	if (span <= 1500) {
		for (let i = 0; ; i++) {
			const index = start.year * 12 + start.month - 1 + i;
			const year = Math.floor(index / 12);
			const month = index - year * 12 + 1;
			const d = dayFromCivil({ year, month, day: 1 });
			if (d >= to) break;
			if (d < from) continue;
			const every = span <= 400 ? 1 : 3;
			const label = month === 1 ? yearInWords(year) : (month - 1) % every === 0 ? shortMonth(month) : '';
			ticks.push({ day: d, label, major: month === 1 });
		}
		return ticks;
	}
	// Up to about 16 years each year is labelled; over longer spans one year in 5, 10, 25, 50, 100… so
	// that about 16 labels at most share the axis ("220 BCE", "215 BCE"), with a tick every fifth of that.
	const years = span / 365.25;
	const every = YEAR_STEPS.find((step) => years / step <= 16) ?? 10 ** Math.ceil(Math.log10(years / 16));
	const tick = every >= 5 ? every / 5 : 1;
	// The year as written: 220 BCE is the astronomical year -219.
	const written = (year: number) => (year > 0 ? year : 1 - year);
	for (let year = start.year + 1; ; year++) {
		if (written(year) % tick !== 0) continue;
		const d = dayFromCivil({ year, month: 1, day: 1 });
		if (d >= to) break;
		const labelled = written(year) % every === 0;
		ticks.push({ day: d, label: labelled ? yearInWords(year) : '', major: labelled });
	}
	return ticks;
}
