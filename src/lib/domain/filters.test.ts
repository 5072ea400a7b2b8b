import { describe, expect, it } from 'vitest';
import { inCategories, NO_FILTERS, passesFilters } from './filters';

describe('inCategories', () => {
	it.each([
		['battle', [], true],
		[null, [], true],
		['', [], true],
		['battle', ['battle'], true],
		['battle', ['treaty'], false],
		['battle', ['treaty', 'battle'], true],
		// A feature with no category is in none of the ticked ones.
		[null, ['battle'], false],
		['', ['battle'], false]
	] as const)('%j with %j ticked: %s', (category, categories, expected) => {
		expect(inCategories(category, { categories, tag: '' })).toBe(expected);
	});
});

describe('passesFilters', () => {
	const waterloo = { category: 'battle', tags: ['#Waterloo', '#Hundred'] };

	it.each([
		[NO_FILTERS, true],
		[{ categories: ['battle'], tag: '' }, true],
		[{ categories: ['treaty'], tag: '' }, false],
		[{ categories: [], tag: '#Waterloo' }, true],
		// A hashtag matches whole: '#Hundred' is not '#HundredDays'.
		[{ categories: [], tag: '#HundredDays' }, false],
		[{ categories: ['battle'], tag: '#Vienna' }, false],
		[{ categories: ['treaty'], tag: '#Waterloo' }, false]
	])('%j: %s', (filters, expected) => {
		expect(passesFilters(waterloo, filters)).toBe(expected);
	});
});
