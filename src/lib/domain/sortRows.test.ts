import { describe, expect, it } from 'vitest';
import { allRows, sortRows } from './sortRows';

describe('sortRows', () => {
	it('sorts rows by their keys, ascending or descending, ties in the order given', () => {
		const key = [5, -3, 5, 0, -3];
		expect(Array.from(sortRows(allRows(5), key))).toEqual([1, 4, 3, 0, 2]);
		expect(Array.from(sortRows(allRows(5), key, true))).toEqual([0, 2, 3, 1, 4]);
		expect(Array.from(sortRows(Int32Array.from([4, 2, 1, 0, 3]), key))).toEqual([4, 1, 3, 2, 0]);
	});

	it('sorts keys spread wider than 16 bits as a comparator sort does, stably', () => {
		let seed = 1;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const key = Float64Array.from({ length: 20_000 }, () => Math.floor(random() * 4_000_000) - 2_000_000);
		for (let i = 0; i < key.length; i += 7) key[i] = key[0]!;
		const expected = Array.from(allRows(key.length)).sort((a, b) => key[a]! - key[b]! || a - b);
		expect(Array.from(sortRows(allRows(key.length), key))).toEqual(expected);
		const descending = Array.from(allRows(key.length)).sort((a, b) => key[b]! - key[a]! || a - b);
		expect(Array.from(sortRows(allRows(key.length), key, true))).toEqual(descending);
	});

	it('sorts only the rows given', () => {
		expect(Array.from(sortRows(Int32Array.from([3, 1]), [9, 2, 9, 0]))).toEqual([3, 1]);
		expect(Array.from(sortRows(new Int32Array(0), [1]))).toEqual([]);
	});

	it('says which row has a key that is not a whole number, and refuses keys too far apart', () => {
		expect(() => sortRows(allRows(3), [1, 2.5, 3])).toThrow('Row 1 has a key that is not a whole number: 2.5');
		expect(() => sortRows(allRows(2), [0, 2 ** 33])).toThrow(`Keys from 0 to ${2 ** 33} are too far apart to sort`);
	});
});
