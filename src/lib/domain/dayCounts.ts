/**
 * Turns each event's first day into per-day counts computed once (the days that have events, sorted,
 * with running totals), and those into what the time axis draws for any range: a histogram whose
 * bins each cost two binary searches, the event days to mark, snapping and the next event day.
 */
import type { Day } from './day';
import { allRows, sortRows } from './sortRows';

/** How many events begin on each day that has any. */
export interface DayCounts {
	/** The days on which at least one event begins, ascending. */
	days: Int32Array;
	/** `total[k]`: how many events begin before `days[k]`; one longer than `days`, so the last is the count of all. */
	total: Int32Array;
}

/** Counts the events by the day they begin: `firstDays` holds each event's first day, once per event. */
export function dayCounts(firstDays: ArrayLike<number>): DayCounts {
	const sorted = sortRows(allRows(firstDays.length), firstDays);
	// Typed arrays as long as every row could need, cut to length after: a million rows in milliseconds.
	const days = new Int32Array(sorted.length);
	const total = new Int32Array(sorted.length + 1);
	let k = -1;
	for (let p = 0; p < sorted.length; p++) {
		const d = firstDays[sorted[p]!]!;
		if (k < 0 || d !== days[k]) {
			days[++k] = d;
			total[k + 1] = total[k]!;
		}
		total[k + 1]! += 1;
	}
	return { days: days.slice(0, k + 1), total: total.slice(0, k + 2) };
}

/** The first place in `counts.days` holding a day at or after `day`. */
function place({ days }: DayCounts, day: number): number {
	let lo = 0;
	let hi = days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (days[mid]! < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many events begin in [from, to). */
export function countBetween(counts: DayCounts, from: Day, to: Day): number {
	return to <= from ? 0 : counts.total[place(counts, to)]! - counts.total[place(counts, from)]!;
}

/**
 * How many events begin in each of `bins` equal parts of [from, to): day d falls in the bin
 * `floor((d - from) / (to - from) * bins)`, and each bin's first day is found by that rule.
 */
export function histogram(counts: DayCounts, from: Day, to: Day, bins: number): number[] {
	const span = to - from;
	const binOf = (d: Day) => Math.min(bins - 1, Math.floor(((d - from) / span) * bins));
	const start = (b: number): Day => {
		let d = from + Math.ceil((b * span) / bins);
		while (d > from && binOf(d - 1) >= b) d--;
		while (d < to && binOf(d) < b) d++;
		return d;
	};
	const result = new Array<number>(bins);
	let edge = start(0);
	for (let b = 0; b < bins; b++) {
		const next = b === bins - 1 ? to : start(b + 1);
		result[b] = countBetween(counts, edge, next);
		edge = next;
	}
	return result;
}

/**
 * The days in [from, to) on which events begin, at most one in each of `columns` equal parts (the
 * first of its part): an axis a thousand units wide marks a thousand at most, whatever the data.
 */
export function markedDays(counts: DayCounts, from: Day, to: Day, columns: number): Day[] {
	const first = place(counts, from);
	const end = place(counts, to);
	if (end - first <= columns) return Array.from(counts.days.subarray(first, end));
	const marked: Day[] = [];
	for (let c = 0; c < columns; c++) {
		const p = place(counts, from + Math.ceil((c * (to - from)) / columns));
		const d = counts.days[p];
		if (d !== undefined && d < from + Math.ceil(((c + 1) * (to - from)) / columns)) marked.push(d);
	}
	return marked;
}

/** The event day within `threshold` days of `day` that is nearest to it (the earlier on a tie), or `day` itself. */
export function nearestEventDay(counts: DayCounts, day: Day, threshold: number): Day {
	const p = place(counts, day);
	const after = counts.days[p];
	const before = counts.days[p - 1];
	const best = before !== undefined && (after === undefined || day - before <= after - day) ? before : after;
	return best !== undefined && Math.abs(best - day) <= threshold ? best : day;
}

/** The first event day after `day` (or before it when `direction` is -1), or null. */
export function nextEventDay(counts: DayCounts, day: Day, direction: 1 | -1): Day | null {
	const found = direction === 1 ? counts.days[place(counts, day + 1)] : counts.days[place(counts, day) - 1];
	return found ?? null;
}
