import { describe, expect, it } from 'vitest';
import type { PlaceName } from './atlas';
import { historicalDate } from './historicalDate';
import { nameInUse, periodName } from './names';

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
