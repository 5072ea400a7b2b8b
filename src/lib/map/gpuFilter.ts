/**
 * Turns the explorer's time settings into what the GPU filters a large layer by: one range per filter
 * value ([from, to, category] of each row, as float32), and whether the ended rows fade by age, with
 * the fading steps written as a shader expression from the domain's own table.
 */
import { FADE_STEPS, type TimeSettings } from '../domain/timeline';

/** Beyond any day a float32 holds exactly (2^24): an open end of a range. */
export const FAR = 2 ** 24;

/** A [min, max] per filter value, both inclusive, as the GPU compares them. */
export type FilterRange = [[number, number], [number, number], [number, number]];

/**
 * The ranges of [from, to, category] that the rows shown under `time` fall in, for rows that hold
 * (events: they stay, fading, once over), as the domain's isShown decides: on this date, from <= date
 * < to; in the last N days, from <= date < to + N; in the history so far, from <= date; all, any row.
 * Any category passes here (the category mask decides), not a row without the hashtag chosen (-1).
 */
export function filterRange({ date, view, windowDays }: TimeSettings): FilterRange {
	const any: [number, number] = [-FAR, FAR];
	const category: [number, number] = [0, FAR];
	switch (view) {
		case 'all':
			return [any, any, category];
		case 'date':
			return [[-FAR, date], [date + 1, FAR], category];
		case 'window':
			return [[-FAR, date], [date + 1 - windowDays, FAR], category];
		case 'history':
			return [[-FAR, date], any, category];
	}
}

/** Whether the shown rows' strength falls with the days since they ended (the history and window views). */
export const fades = (time: TimeSettings): boolean => time.view === 'history' || time.view === 'window';

const glslFloat = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));

/**
 * The strength of a shown row by its age in days (`age`, 0 while it is happening) as a GLSL
 * expression, step by step from the domain's FADE_STEPS; it is also valid JavaScript, which the
 * tests evaluate against the domain's strength().
 */
export function fadeExpression(age = 'age'): string {
	const steps = FADE_STEPS.filter((s) => Number.isFinite(s.upTo));
	const last = FADE_STEPS.at(-1)!;
	return steps.reduceRight((rest, s) => `(${age} <= ${glslFloat(s.upTo)} ? ${glslFloat(s.strength)} : ${rest})`, glslFloat(last.strength));
}
