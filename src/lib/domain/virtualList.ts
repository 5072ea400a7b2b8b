/**
 * Turns the sizes of a list's groups (a heading, then rows of one height), where it is scrolled to
 * and how tall it is seen into where each group stands and which of its rows are in view: a list of a
 * million rows puts a few dozen in the page. Also steps between rows across groups, for the keyboard.
 */

/** Heights in pixels: a group's heading, each row, and the space after a group's last row. */
export interface Metrics {
	heading: number;
	row: number;
	gap: number;
}

/** A group as placed: its top, its rows' top, and the rows in view (with some to spare), [start, end). */
export interface Placed {
	top: number;
	rowsTop: number;
	start: number;
	end: number;
}

/** Where a row is: its group and its place in it. */
export interface Spot {
	group: number;
	index: number;
}

/**
 * The groups of `counts` rows placed one after another from `offset` (a group without rows takes no
 * room), with the rows that meet [view.top - spare rows, view.top + view.height + spare rows);
 * `height`: the whole list's.
 */
export function place(counts: readonly number[], m: Metrics, view: { top: number; height: number }, spare: number, offset = 0): { groups: Placed[]; height: number } {
	let top = offset;
	const low = view.top - spare * m.row;
	const high = view.top + view.height + spare * m.row;
	const groups = counts.map((n) => {
		const rowsTop = top + m.heading;
		const start = Math.min(n, Math.max(0, Math.floor((low - rowsTop) / m.row)));
		const end = Math.max(start, Math.min(n, Math.ceil((high - rowsTop) / m.row)));
		const placed = { top, rowsTop, start, end };
		if (n > 0) top = rowsTop + n * m.row + m.gap;
		return placed;
	});
	return { groups, height: top };
}

/** The row `delta` rows after `from` (before it when negative), across groups, kept within the list; null when the list is empty. */
export function step(counts: readonly number[], from: Spot | null, delta: number): Spot | null {
	const total = counts.reduce((a, b) => a + b, 0);
	if (!total) return null;
	let flat = from ? counts.slice(0, from.group).reduce((a, b) => a + b, 0) + from.index + delta : delta > 0 ? delta - 1 : total + delta;
	flat = Math.min(total - 1, Math.max(0, flat));
	for (let group = 0; ; group++) {
		if (flat < counts[group]!) return { group, index: flat };
		flat -= counts[group]!;
	}
}

/** The scroll position that brings a row at `top`, `height` tall, into a view of `view.height`, moving the least; unchanged if it is in view. */
export function scrollToShow(view: { top: number; height: number }, top: number, height: number, margin = 0): number {
	if (top - margin < view.top) return Math.max(0, top - margin);
	if (top + height > view.top + view.height) return top + height - view.height;
	return view.top;
}
