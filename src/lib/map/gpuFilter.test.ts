import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { OPEN_END, strength, VIEWS, type Timed, type TimeSettings } from '../domain/timeline';
import { fadeExpression, fades, FAR, filterRange } from './gpuFilter';

/** What the shader computes for a row: DataFilterExtension's inclusive float32 ranges, then the fading steps. */
function gpuStrength(t: Timed, time: TimeSettings, category = 0): number {
	const values = [t.from, t.to, category].map(Math.fround);
	const range = filterRange(time).map(([min, max]) => [Math.fround(min), Math.fround(max)]);
	if (!values.every((v, i) => range[i]![0]! <= v && v <= range[i]![1]!)) return 0;
	if (!fades(time)) return 1;
	const age = Math.max(0, Math.fround(time.date) - values[1]! + 1);
	return new Function('age', `return ${fadeExpression('age')};`)(age) as number;
}

const waterloo = historicalDate('1815-06-18').start;
// Rows that hold, as every row of a large layer does: one day, a month, BCE, far future, open-ended, and near ±45,000 years.
const rows: Timed[] = [
	{ from: waterloo, to: waterloo + 1, hold: true },
	{ from: historicalDate('1815-06').start, to: historicalDate('1815-06').end, hold: true },
	{ from: historicalDate('-0218').start, to: historicalDate('-0201').end, hold: true },
	{ from: waterloo, to: OPEN_END, hold: true },
	{ from: -16_000_000, to: -15_999_990, hold: true },
	{ from: 16_000_000, to: 16_000_003, hold: true }
];
const offsets = [-400, -31, -30, -8, -7, -1, 0, 1, 2, 6, 7, 8, 29, 30, 31, 32, 400];
const dates = [...rows.flatMap((r) => offsets.flatMap((o) => [r.from + o, r.to + o]))];

describe('filterRange and the fading steps', () => {
	it('draw each row exactly as strongly as the domain, in every view, on days around its edges', () => {
		let checked = 0;
		for (const view of VIEWS) {
			for (const windowDays of view === 'window' ? [1, 7, 30] : [7]) {
				for (const row of rows) {
					for (const date of dates) {
						const time = { date, view, windowDays };
						expect(gpuStrength(row, time), `${JSON.stringify(row)} on ${date}, ${view} ${windowDays}`).toBe(strength(row, time));
						checked++;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(3000);
	});

	it('never draw a row without the hashtag chosen (category -1), in any view, and draw any category', () => {
		for (const view of VIEWS) {
			const time = { date: waterloo, view, windowDays: 7 };
			expect(gpuStrength(rows[0]!, time, -1), view).toBe(0);
			expect(gpuStrength(rows[0]!, time, 127), view).toBe(1);
		}
	});

	it('keep days exact in float32 to 2^24 days (about ±45,000 years)', () => {
		expect(Math.fround(FAR - 1)).toBe(FAR - 1);
		expect(Math.fround(16_000_001)).toBe(16_000_001);
	});

	it('write the fading steps as GLSL floats', () => {
		expect(fadeExpression('a')).toBe('(a <= 0.0 ? 1.0 : (a <= 7.0 ? 0.45 : (a <= 30.0 ? 0.3 : 0.2)))');
	});
});
