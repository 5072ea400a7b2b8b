/**
 * Turns a move from one date to another into words for screen readers: the days it covers, which
 * events began on them and how far each front moved ("20–25 June 1815: 2 events began: …").
 */
import type { Day } from './day';
import { civilFromDay, dayInWords, MONTH_NAMES, yearInWords } from './day';
import type { ListRows } from './onDate';
import type { FrontDay } from './summaries';
import { OPEN_END } from './timeline';

/** Days `first` to `last` (both included) in words: "18 June 1815", "16–18 June 1815", "30 May to 2 June 1815". */
export function daysInWords(first: Day, last: Day): string {
	if (first === last) return dayInWords(first);
	const a = civilFromDay(first);
	const b = civilFromDay(last);
	const tail = `${MONTH_NAMES[b.month - 1]} ${yearInWords(b.year)}`;
	if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${tail}`;
	if (a.year === b.year) return `${a.day} ${MONTH_NAMES[a.month - 1]} to ${b.day} ${tail}`;
	return `${dayInWords(first)} to ${dayInWords(last)}`;
}

/** A span of days (`to` exclusive, {@link OPEN_END} for none) in words, as the list writes a row known only by its days. */
export function spanDaysInWords(from: Day, to: Day): string {
	return to < OPEN_END ? daysInWords(from, to - 1) : `from ${dayInWords(from)}`;
}

/** How many of the events that began an announcement names. */
const NAMED = 3;

/**
 * How many rows of a list begin after `from` and up to `to`, and the {@link NAMED} earliest of them
 * (in the list's order on the same day), by index: one pass over the list's first days, whose rows
 * are written only for those named (a large layer's millions are not).
 */
function beganBetween(rows: ListRows, from: Day, to: Day): { count: number; earliest: number[] } {
	const starts = rows.columns.from;
	const earliest: number[] = [];
	let count = 0;
	for (let i = 0; i < starts.length; i++) {
		const day = starts[i]!;
		if (day <= from || day > to) continue;
		count++;
		if (earliest.length === NAMED && day >= starts[earliest[NAMED - 1]!]!) continue;
		let at = earliest.length;
		while (at > 0 && starts[earliest[at - 1]!]! > day) at--;
		earliest.splice(at, 0, i);
		if (earliest.length > NAMED) earliest.pop();
	}
	return { count, earliest };
}

/**
 * What changed between `from` and `to` (either direction), in one or two sentences. Going forward,
 * it names every day it sums up (those after `from`, up to `to`), and over several days each event's
 * own date: an announcement made after a few days of playback never dates them all to the last.
 */
export function describeChange(events: ListRows, fronts: readonly FrontDay[], from: Day, to: Day): string {
	if (to < from) return `Back to ${dayInWords(to)}.`;
	const several = to - from > 1;
	const parts: string[] = [];
	const { count, earliest } = beganBetween(events, from, to);
	const named = (i: number) => {
		const label = events.row(i).label;
		return several ? `${label} (${dayInWords(events.columns.from[i]!)})` : label;
	};
	if (count === 1) parts.push(`1 event began: ${named(earliest[0]!)}`);
	else if (count > 1) parts.push(`${count} events began: ${earliest.map(named).join('; ')}${count > NAMED ? `; and ${count - NAMED} more` : ''}`);
	const moved = new Map<string, { name: string; km: number }>();
	for (const f of fronts) {
		if (f.day <= from || f.day > to || f.movedKm === 0) continue;
		const m = moved.get(f.front) ?? { name: f.name, km: 0 };
		m.km += f.movedKm;
		moved.set(f.front, m);
	}
	for (const { name, km } of moved.values()) parts.push(`${name} moved ${km} km`);
	const body = parts.length ? parts.join('; ') : 'nothing began';
	return `${daysInWords(Math.min(from + 1, to), to)}: ${body}.`;
}

