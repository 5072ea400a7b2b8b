/**
 * Turns what a list names and a date into the order a reader of that date wants: what is happening
 * on it first, then what came before (the latest first), then what comes later (the soonest first).
 */
import type { Day } from './day';
import { isActive } from './timeline';

/** A listed thing's days: [from, to), `to` exclusive. */
interface Span {
	from: Day;
	to: Day;
}

/** The items of a list, split by `date` and ordered within each group; a tie keeps the list's order. */
export interface OnDate<T> {
	/** Happening on the date; the latest begun first. */
	now: T[];
	/** Over by the date; the latest ended first. */
	before: T[];
	/** Not begun by the date; the soonest first. */
	later: T[];
}

/** Splits `items` by `date` into what is happening now, what came before and what comes later. */
export function byDate<T extends Span>(items: readonly T[], date: Day): OnDate<T> {
	const now = items.filter((i) => isActive(i, date)).sort((a, b) => b.from - a.from);
	const before = items.filter((i) => i.to <= date).sort((a, b) => b.to - a.to || b.from - a.from);
	const later = items.filter((i) => i.from > date).sort((a, b) => a.from - b.from);
	return { now, before, later };
}
