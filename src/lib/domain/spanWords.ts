/**
 * Turns a span of historical dates into words at its precision: "16–18 June 1815",
 * "1 March 1815 to 18 June 1815", "from 9 June 1815" for one that stands with no end.
 */
import type { DateSpan } from './atlas';
import { civilFromDay, MONTH_NAMES, yearInWords } from './day';
import { historicalDateInWords, type HistoricalDate } from './historicalDate';

const plain = (d: HistoricalDate) => d.precision === 'day' && !d.approximate && !d.uncertain && !d.unspecified;

/** A span in words: "18 June 1815", "16–18 June 1815", "1 March 1815 to 18 June 1815". */
export function spanInWords(span: DateSpan): string {
	const { start, end } = span;
	// A span that ends on the date it starts is that date alone.
	if (!end || end.text === start.text) return historicalDateInWords(start);
	if (plain(start) && plain(end)) {
		const a = civilFromDay(start.start);
		const b = civilFromDay(end.start);
		if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTH_NAMES[b.month - 1]} ${yearInWords(b.year)}`;
		if (a.year === b.year) return `${a.day} ${MONTH_NAMES[a.month - 1]} to ${b.day} ${MONTH_NAMES[b.month - 1]} ${yearInWords(b.year)}`;
	}
	return `${historicalDateInWords(start)} to ${historicalDateInWords(end)}`;
}

/** A span in words; one with no end ("from 15 August 1948") stands from then on. */
export function standingInWords(span: DateSpan): string {
	return span.end ? spanInWords(span) : `from ${spanInWords(span)}`;
}

/** "1624 to 1924", "from 1947", "until 1624", or '' for no bounds. */
export function periodInWords(start?: HistoricalDate, end?: HistoricalDate): string {
	if (start && end) return `${historicalDateInWords(start)} to ${historicalDateInWords(end)}`;
	if (start) return `from ${historicalDateInWords(start)}`;
	if (end) return `until ${historicalDateInWords(end)}`;
	return '';
}
