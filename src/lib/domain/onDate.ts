/**
 * Turns the days of what a list names into orders sorted once, and a date and a view of time into
 * what the list shows, in the order a reader of that date wants: what is happening on it first (the
 * latest begun first), then what came before (the latest ended first), then what comes later (the
 * soonest first). Rows are numbers into columns, so a million cost typed arrays, not objects.
 */
import type { Day } from './day';
import type { ListItem } from './summaries';
import { allRows, sortRows } from './sortRows';
import type { TimeSettings } from './timeline';

/** Rows' days as columns: row i is drawn on [from[i], to[i]), `to` exclusive. */
export interface SpanColumns {
	from: ArrayLike<number>;
	to: ArrayLike<number>;
	/** Whether row i (non-zero) stays on the map, fading, after its end; absent: every row does, as events do. */
	held?: ArrayLike<number>;
}

/** The rows sorted once, for every date to come; ties keep the rows' order. */
export interface SpanOrder {
	columns: SpanColumns;
	/** Every row, the soonest begun first. */
	byStart: Int32Array;
	/** Every row, the latest begun first. */
	byLatestStart: Int32Array;
	/** Every row, the latest ended first, and of those ended together the latest begun. */
	byEnd: Int32Array;
	/** The held rows of `byEnd`. */
	heldByEnd: Int32Array;
	/** The longest span: what began longer ago than this cannot be happening on a date. */
	longest: number;
}

/** The rows a list shows on a date, by group, each in its order. */
export interface OnDate {
	/** Happening on the date; the latest begun first. */
	now: Int32Array;
	/** Over by the date; the latest ended first. */
	before: Int32Array;
	/** Not begun by the date; the soonest first. */
	later: Int32Array;
}

/** Sorts the rows of `columns` once; every date's groups are then read from the orders. */
export function orderSpans(columns: SpanColumns): SpanOrder {
	const { from, to, held } = columns;
	const n = from.length;
	if (to.length !== n || (held && held.length !== n)) throw new RangeError(`The columns differ in length: ${n} starts, ${to.length} ends${held ? `, ${held.length} holds` : ''}`);
	let longest = 0;
	for (let i = 0; i < n; i++) longest = Math.max(longest, to[i]! - from[i]!);
	const byStart = sortRows(allRows(n), from);
	const byLatestStart = sortRows(allRows(n), from, true);
	const byEnd = sortRows(byLatestStart, to, true);
	const heldByEnd = held ? byEnd.filter((r) => held[r] !== 0) : byEnd;
	return { columns, byStart, byLatestStart, byEnd, heldByEnd, longest };
}

/** The first place in `rows` whose day (by `day`, not increasing along `rows`) is at most `bound`. */
function firstAtMost(rows: Int32Array, day: ArrayLike<number>, bound: number): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (day[rows[mid]!]! <= bound) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** The first place in `rows` whose day (by `day`, not decreasing along `rows`) is after `bound`. */
function firstAfter(rows: Int32Array, day: ArrayLike<number>, bound: number): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (day[rows[mid]!]! > bound) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

const NONE = new Int32Array(0);

/**
 * What the list shows under `settings`, as the map does (see `isShown`): happening now in every view;
 * before it, what is held ("history so far"), held and ended within the window ("last days"), or all
 * ("everything"); later, only in "everything". The now group is one scan of what has begun (stopping
 * where nothing could still last); the others are binary searches and views of the orders, no copy.
 */
export function onDate(order: SpanOrder, { date, view, windowDays }: TimeSettings): OnDate {
	const { from, to } = order.columns;
	const begun = firstAtMost(order.byLatestStart, from, date);
	const found = new Int32Array(order.byLatestStart.length - begun);
	let count = 0;
	for (let p = begun; p < order.byLatestStart.length; p++) {
		const row = order.byLatestStart[p]!;
		if (from[row]! <= date - order.longest) break;
		if (to[row]! > date) found[count++] = row;
	}
	const now = found.slice(0, count);
	if (view === 'date') return { now, before: NONE, later: NONE };
	if (view === 'all') {
		return { now, before: order.byEnd.subarray(firstAtMost(order.byEnd, to, date)), later: order.byStart.subarray(firstAfter(order.byStart, from, date)) };
	}
	const held = order.heldByEnd;
	const ended = firstAtMost(held, to, date);
	const before = view === 'window' ? held.subarray(ended, firstAtMost(held, to, date - windowDays)) : held.subarray(ended);
	return { now, before, later: NONE };
}

/** The columns of a list of things with days (a list of objects, as the atlas's list items are). */
export function spanColumns(items: readonly { from: Day; to: Day; hold: boolean }[]): SpanColumns {
	return {
		from: Float64Array.from(items, (i) => i.from),
		to: Float64Array.from(items, (i) => i.to),
		held: Uint8Array.from(items, (i) => (i.hold ? 1 : 0))
	};
}

/** What a list writes of a row: its title, when, and what it is. */
export type ListRow = Pick<ListItem, 'ref' | 'label' | 'when' | 'category' | 'kindName'>;

/** A list's rows: their days as columns, and each row as the list writes it, made when it is shown. */
export interface ListRows {
	columns: SpanColumns;
	row(i: number): ListRow;
}

/** The rows of a list of items (the atlas's, a reader's layer's). */
export function listRows(items: readonly ListItem[]): ListRows {
	return { columns: spanColumns(items), row: (i) => items[i]! };
}

/** Several lists of rows as one (the atlas's and a reader's large layers'): their columns end to end, each row read from its own list. */
export function joinRows(parts: readonly ListRows[]): ListRows {
	if (parts.length === 1) return parts[0]!;
	const total = parts.reduce((n, p) => n + p.columns.from.length, 0);
	const [from, to, held] = [new Float64Array(total), new Float64Array(total), new Uint8Array(total)];
	const starts: number[] = [];
	let at = 0;
	for (const p of parts) {
		starts.push(at);
		from.set(p.columns.from, at);
		to.set(p.columns.to, at);
		// A list without a `held` column holds every row.
		if (p.columns.held) held.set(p.columns.held, at);
		else held.fill(1, at, at + p.columns.from.length);
		at += p.columns.from.length;
	}
	return {
		columns: { from, to, held },
		row(i) {
			let k = starts.length - 1;
			while (starts[k]! > i) k--;
			return parts[k]!.row(i - starts[k]!);
		}
	};
}
