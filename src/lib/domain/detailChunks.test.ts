import { describe, expect, it } from 'vitest';
import { chunkCount, chunkDetails, chunkOf, FEATURES_PER_CHUNK, MAX_CHUNKS } from './detailChunks';

describe('chunk count', () => {
	it.each([
		[0, 1],
		[1, 1],
		[FEATURES_PER_CHUNK, 1],
		[FEATURES_PER_CHUNK + 1, 2],
		[184, 46],
		[10_000_000, MAX_CHUNKS]
	])('%i features make %i chunks', (features, count) => expect(chunkCount(features)).toBe(count));

	it('refuses what is not a count', () => {
		expect(() => chunkCount(-1)).toThrow('chunkCount: -1 is not a count of features');
		expect(() => chunkCount(2.5)).toThrow('chunkCount: 2.5 is not a count of features');
	});
});

describe('the chunk of a ref key', () => {
	// 32-bit FNV-1a: the published values, so that a build and an explorer of another version agree.
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('hashes %j to %i', (key, hash) => expect(chunkOf(key, 2 ** 32)).toBe(hash));

	it('is the same every time, and within the chunks', () => {
		const keys = ['event:battle-of-waterloo', 'place:oslo', 'front:western', 'feature:congress-of-vienna', 'event:åland-1856'];
		for (const key of keys) {
			const chunk = chunkOf(key, 46);
			expect(chunk).toBe(chunkOf(key, 46));
			expect(chunk).toBeGreaterThanOrEqual(0);
			expect(chunk).toBeLessThan(46);
		}
	});

	it('spreads keys evenly enough that no chunk is many times the average', () => {
		const count = chunkCount(4000);
		const sizes = new Array<number>(count).fill(0);
		for (let i = 0; i < 4000; i++) sizes[chunkOf(`event:event-${i}`, count)]!++;
		expect(Math.max(...sizes)).toBeLessThanOrEqual(4 * FEATURES_PER_CHUNK);
		expect(sizes.filter((s) => s === 0).length).toBeLessThan(count / 10);
	});

	it('refuses a count of chunks that is not a whole positive number', () => {
		expect(() => chunkOf('place:oslo', 0)).toThrow('chunkOf: 0 is not a count of chunks');
		expect(() => chunkOf('place:oslo', 1.5)).toThrow('chunkOf: 1.5 is not a count of chunks');
	});
});

describe('cutting details into chunks', () => {
	const details = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`place:place-${i}`, { title: `Place ${i}` }]));

	it('puts every detail in the chunk its key falls in, once, and writes every chunk', () => {
		const chunks = chunkDetails(details, 8);
		expect(chunks).toHaveLength(8);
		chunks.forEach((chunk, n) => Object.keys(chunk).forEach((key) => expect(chunkOf(key, 8)).toBe(n)));
		expect(Object.assign({}, ...chunks)).toEqual(details);
		expect(chunks.reduce((sum, c) => sum + Object.keys(c).length, 0)).toBe(30);
	});
});
