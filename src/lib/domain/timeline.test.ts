import { describe, expect, it } from 'vitest';
import { age, FADE_STEPS, isActive, isShown, strength, type Timed, type View } from './timeline';

// An event on days 10, 11 and 12 ([10, 13)), and a front position of day 11 only.
const event: Timed = { from: 10, to: 13, hold: true };
const position: Timed = { from: 11, to: 12, hold: false };
const at = (date: number, view: View, windowDays = 3) => ({ date, view, windowDays });

describe('isShown', () => {
	it.each([
		// date, view, event shown, position shown
		[9, 'history', false, false],
		[10, 'history', true, false],
		[12, 'history', true, false],
		[13, 'history', true, false],
		[400, 'history', true, false],
		[11, 'history', true, true],
		[9, 'date', false, false],
		[10, 'date', true, false],
		[11, 'date', true, true],
		[12, 'date', true, false],
		[13, 'date', false, false],
		[12, 'window', true, false],
		[13, 'window', true, false],
		[15, 'window', true, false],
		[16, 'window', false, false],
		[11, 'window', true, true],
		[9, 'window', false, false],
		[-1000, 'all', true, true],
		[1000, 'all', true, true]
	] as [number, View, boolean, boolean][])('day %i, %s view: event %s, position %s', (date, view, e, p) => {
		expect(isShown(event, at(date, view))).toBe(e);
		expect(isShown(position, at(date, view))).toBe(p);
	});

	it('active means on the day itself, whatever the view', () => {
		expect([9, 10, 12, 13].map((d) => isActive(event, d))).toEqual([false, true, true, false]);
	});

	it('age counts the days since the end', () => {
		expect([10, 12, 13, 20].map((d) => age(event, d))).toEqual([0, 0, 1, 8]);
	});
});

describe('strength', () => {
	it('is 0 when hidden, 1 while happening, under half at once when over, and fades in steps after', () => {
		const s = (date: number) => strength(event, at(date, 'history'));
		// The event ends with day 12: day 13 is a day after, day 19 a week, day 42 thirty days.
		expect([s(9), s(10), s(12), s(13), s(19), s(20), s(42), s(43), s(500)]).toEqual([0, 1, 1, 0.45, 0.45, 0.3, 0.3, 0.2, 0.2]);
		expect(FADE_STEPS.slice(1).every((step) => step.strength < 0.5)).toBe(true);
	});

	it('agrees with isShown in every view, and is full in the "all" view', () => {
		for (const view of ['history', 'date', 'window', 'all'] as View[]) {
			for (let date = 5; date < 30; date++) {
				for (const t of [event, position]) expect(strength(t, at(date, view)) > 0).toBe(isShown(t, at(date, view)));
			}
		}
		expect(strength(event, at(400, 'all'))).toBe(1);
	});
});
