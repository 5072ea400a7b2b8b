/**
 * Turns a date and a view of time into what is shown: the explorer's one rule for visibility,
 * which the map's style expressions repeat (a parity test keeps the two equal).
 */
import type { Day } from './day';

/** The views of time: everything begun so far, only what is happening on the date, the last N days, or all. */
export const VIEWS = ['history', 'date', 'window', 'all'] as const;
export type View = (typeof VIEWS)[number];

/** The default length of the window view, in days. */
export const DEFAULT_WINDOW_DAYS = 7;

/** "No end": a day far beyond any atlas (year 29349), so open intervals stay plain integers. */
export const OPEN_END: Day = 10_000_000;

/** A dated feature as the map sees it: shown on days [from, to); `hold` keeps it after its end. */
export interface Timed {
	from: Day;
	to: Day;
	/**
	 * Whether it stays on the map, fading, once over, in the history and window views. True for
	 * events, advances, zones and lines; false for a front's position of one day, which a newer one replaces.
	 */
	hold: boolean;
}

/** The time settings every view is evaluated with. */
export interface TimeSettings {
	date: Day;
	view: View;
	windowDays: number;
}

/** Whether `t` is on the map under `settings`. */
export function isShown(t: Timed, { date, view, windowDays }: TimeSettings): boolean {
	switch (view) {
		case 'all':
			return true;
		case 'date':
			return t.from <= date && date < t.to;
		case 'window':
			return t.from <= date && date < t.to + (t.hold ? windowDays : 0);
		case 'history':
			return t.from <= date && (t.hold || date < t.to);
	}
}

/** Whether `t` is happening on `date` (not merely remembered). */
export function isActive(t: Pick<Timed, 'from' | 'to'>, date: Day): boolean {
	return t.from <= date && date < t.to;
}

/** Days since `t` ended (0 while it is active or has not begun). */
export function age(t: Timed, date: Day): number {
	return Math.max(0, date - t.to + 1);
}

/**
 * How strongly a feature is drawn, by days since it ended: a few steps, so fading changes rarely. What
 * ended recedes at once to under half, so that what happens on the date reads at a glance among a
 * campaign's weeks of fronts and routes; older things fade further, never quite away.
 */
export const FADE_STEPS: readonly { upTo: number; strength: number }[] = [
	{ upTo: 0, strength: 1 },
	{ upTo: 7, strength: 0.45 },
	{ upTo: 30, strength: 0.3 },
	{ upTo: Infinity, strength: 0.2 }
];

/**
 * How strongly `t` is drawn under `settings`: 0 when it is not shown, 1 while it is happening (and
 * for everything in the "all" view), less the longer ago it ended ("history so far" and the window).
 */
export function strength(t: Timed, settings: TimeSettings): number {
	if (!isShown(t, settings)) return 0;
	if (settings.view === 'all') return 1;
	const days = age(t, settings.date);
	return FADE_STEPS.find((s) => days <= s.upTo)!.strength;
}
