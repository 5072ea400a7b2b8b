import { describe, expect, it } from 'vitest';
import type { PlaceName } from './atlas';
import { historicalDate } from './historicalDate';
import { nameInUse, nameInUseDuring, namesDuring, periodName, spellings } from './names';

const day = (text: string) => historicalDate(text).start;
const names: PlaceName[] = [
	{ name: 'Wonsan', lang: 'ko' },
	{ name: 'Genzan', lang: 'ja', start: historicalDate('1910'), end: historicalDate('1945') }
];

describe('names through time', () => {
	it.each([
		['1909-12-31', false],
		['1910-01-01', true],
		['1945-08-21', true],
		['1945-12-31', true],
		['1946-01-01', false]
	])('Genzan in use on %s: %s', (date, inUse) => expect(nameInUse(names[1]!, day(date))).toBe(inUse));

	it('gives the period name on a day it was in use, and none outside it', () => {
		expect(periodName('Wonsan', names, day('1945-08-21'))).toBe('Genzan');
		expect(periodName('Wonsan', names, day('1950-06-25'))).toBeNull();
	});

	it('prefers the conventional name of the time, and none when it is the usual name', () => {
		const shenyang: PlaceName[] = [
			{ name: 'Shenyang' },
			{ name: 'Mukden', conventional: true },
			{ name: 'Fengtian', start: historicalDate('1932'), end: historicalDate('1945') }
		];
		expect(periodName('Shenyang', shenyang, day('1945-08-20'))).toBe('Mukden');
		const tokyo: PlaceName[] = [
			{ name: 'Tokyo', conventional: true },
			{ name: 'Tokyo Metropolis', start: historicalDate('1943-07-01') }
		];
		expect(periodName('Tokyo', tokyo, day('1945-08-15'))).toBeNull();
	});

	it('ignores undated names and the usual name itself', () => {
		expect(periodName('Wonsan', [{ name: 'Wonsan' }, { name: 'Wonsan', start: historicalDate('1945') }], day('1945-08-21'))).toBeNull();
	});
});

describe('names during a period', () => {
	const oslo = {
		name: 'Oslo',
		names: [
			{ name: 'Oslo' },
			{ name: 'Christiania', start: historicalDate('1624'), end: historicalDate('1877'), variants: ['Christiana'] },
			{ name: 'Kristiania', start: historicalDate('1877'), end: historicalDate('1924') }
		]
	};

	it.each([
		['1624-01-01', '1624-01-02', true],
		['1600-01-01', '1624-01-01', false],
		['1877-12-31', '1878-01-01', true],
		['1878-01-01', '1900-01-01', false],
		['1600-01-01', '1900-01-01', true]
	])('Christiania in use in [%s, %s): %s', (from, to, inUse) => expect(nameInUseDuring(oslo.names[1]!, day(from), day(to))).toBe(inUse));

	it('spells a name every way it is written', () => {
		expect(spellings(oslo.names[1]!)).toEqual(['Christiania', 'Christiana']);
		expect(spellings(oslo.names[0]!)).toEqual(['Oslo']);
	});

	it.each([
		['1814-05-17', '1814-05-18', ['Oslo', 'Christiania', 'Christiana']],
		['1900-01-01', '1900-01-02', ['Oslo', 'Kristiania']],
		['1877-06-01', '1877-06-02', ['Oslo', 'Christiania', 'Christiana', 'Kristiania']],
		['1940-04-09', '1940-04-10', ['Oslo']]
	])('gives the usual name and the names in use from %s to %s, once each', (from, to, names) => {
		expect(namesDuring(oslo, day(from), day(to))).toEqual(names);
	});
});

describe('periodName where two dated names overlap', () => {
	const names: PlaceName[] = [
		{ name: 'Old Realm', start: historicalDate('1800'), end: historicalDate('1815') },
		{ name: 'New Kingdom', start: historicalDate('1815-06-09') }
	];

	it('gives the newest name on a day both cover', () => {
		expect(periodName('Today', names, historicalDate('1815-07-01').start)).toBe('New Kingdom');
	});

	it('gives the older one before the newer began', () => {
		expect(periodName('Today', names, historicalDate('1815-03-01').start)).toBe('Old Realm');
	});
});
