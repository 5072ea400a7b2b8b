/**
 * Reads EDTF levels 0 and 1 (the Library of Congress's Extended Date/Time Format, 2019): a single date,
 * as historicalDate.ts reads it, or an interval "start/end" whose ends are dates, open ("..": there is
 * none, or it is not given) or unknown (""). Readers' files carry these (OpenHistoricalMap's
 * start_date:edtf tags, spreadsheets); importers turn them into half-open spans of Days with edtfSpan.
 */
import type { Day } from './day';
import { parseHistoricalDate, type HistoricalDate } from './historicalDate';

export type EdtfBound = { kind: 'date'; date: HistoricalDate } | { kind: 'open' } | { kind: 'unknown' };
export type EdtfValue = { kind: 'date'; date: HistoricalDate } | { kind: 'interval'; start: EdtfBound; end: EdtfBound };
export type EdtfResult = { ok: true; value: EdtfValue } | { ok: false; error: string };

const fail = (text: string, why: string): EdtfResult => ({ ok: false, error: `"${text}" is not valid EDTF: ${why}` });

/** One end of an interval, or the reason it is not one. */
function bound(side: string, which: 'start' | 'end'): EdtfBound | string {
	if (side === '') return { kind: 'unknown' };
	if (side === '..') return { kind: 'open' };
	// EDTF level 0 excludes the time of day from intervals.
	if (side.includes('T')) return `its ${which} "${side}" has a time of day, which an interval's ends may not have`;
	const date = parseHistoricalDate(side);
	return date.ok ? { kind: 'date', date: date.value } : `its ${which}: ${date.error}`;
}

/** Parses an EDTF date or interval of levels 0 and 1. Never throws; the error says what is wrong, in words. */
export function parseEdtf(text: string): EdtfResult {
	if (text === '') return fail(text, 'it is empty; expected a date such as 1815-06-18 or an interval such as 1815/1816');
	if (text === '..') return fail(text, "'..' (open) stands only at an end of an interval, as in 1815/..");
	const sides = text.split('/');
	if (sides.length === 1) {
		const date = parseHistoricalDate(text);
		return date.ok ? { ok: true, value: { kind: 'date', date: date.value } } : date;
	}
	if (sides.length > 2) return fail(text, "an interval has one '/', between its start and its end");
	const [startText = '', endText = ''] = sides;
	if ((startText === '' || startText === '..') && (endText === '' || endText === '..')) {
		return fail(text, "an interval needs a date at one end at least: '..' (open) and '' (unknown) cannot both be its ends");
	}
	const start = bound(startText, 'start');
	if (typeof start === 'string') return fail(text, start);
	const end = bound(endText, 'end');
	if (typeof end === 'string') return fail(text, end);
	if (start.kind === 'date' && end.kind === 'date' && end.date.start < start.date.start) {
		return fail(text, `it ends (${endText}) before it starts (${startText})`);
	}
	return { ok: true, value: { kind: 'interval', start, end } };
}

/**
 * The days an EDTF value covers, half-open: from the first day of its start to the day after its end.
 * An open or unknown end is null; a single date covers its own period.
 */
export function edtfSpan(value: EdtfValue): { from: Day | null; to: Day | null } {
	if (value.kind === 'date') return { from: value.date.start, to: value.date.end };
	return {
		from: value.start.kind === 'date' ? value.start.date.start : null,
		to: value.end.kind === 'date' ? value.end.date.end : null
	};
}
