/**
 * Turns rows and a whole-number key per row into the rows sorted by that key, stably (ties keep their
 * order), by a radix sort in two passes of 16 bits: a million rows in a few tens of milliseconds,
 * where a comparator sort takes seconds.
 */

/** The widest spread of keys a sort can take: 2^32 values, far more days than any calendar needs. */
const SPREAD = 2 ** 32;

/** Rows with their keys, side by side, so that each pass reads both in order. */
interface Keyed {
	rows: Int32Array;
	keys: Uint32Array;
}

/** One stable counting pass on 16 bits of each key. */
function pass({ rows, keys }: Keyed, shift: number): Keyed {
	const starts = new Int32Array(65537);
	for (let p = 0; p < keys.length; p++) starts[((keys[p]! >>> shift) & 0xffff) + 1]! += 1;
	for (let b = 1; b <= 65536; b++) starts[b]! += starts[b - 1]!;
	const sorted = { rows: new Int32Array(rows.length), keys: new Uint32Array(keys.length) };
	for (let p = 0; p < keys.length; p++) {
		const k = keys[p]!;
		const q = starts[(k >>> shift) & 0xffff]!++;
		sorted.rows[q] = rows[p]!;
		sorted.keys[q] = k;
	}
	return sorted;
}

/**
 * `rows` (numbers into `key`) sorted by `key[row]` ascending, or descending when `descending`; rows
 * whose keys are equal keep their order in `rows`. Keys must be whole numbers spread over fewer than 2^32.
 */
export function sortRows(rows: Int32Array, key: ArrayLike<number>, descending = false): Int32Array {
	// Each key read once: `key` may be any kind of array, and reading it is the slow part.
	const values = new Float64Array(rows.length);
	let low = Infinity;
	let high = -Infinity;
	for (let p = 0; p < rows.length; p++) {
		const k = key[rows[p]!]!;
		values[p] = k;
		if (k < low) low = k;
		if (k > high) high = k;
	}
	if (high - low >= SPREAD) throw new RangeError(`Keys from ${low} to ${high} are too far apart to sort`);
	const keys = new Uint32Array(rows.length);
	for (let p = 0; p < rows.length; p++) {
		const k = values[p]!;
		if (!Number.isInteger(k)) throw new RangeError(`Row ${rows[p]} has a key that is not a whole number: ${k}`);
		keys[p] = descending ? high - k : k - low;
	}
	const low16 = pass({ rows, keys }, 0);
	return (high - low < 65536 ? low16 : pass(low16, 16)).rows;
}

/** The numbers 0 to n - 1: every row, in its own order. */
export function allRows(n: number): Int32Array {
	const rows = new Int32Array(n);
	for (let i = 0; i < n; i++) rows[i] = i;
	return rows;
}
