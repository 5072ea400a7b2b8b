/**
 * The explorer's fixed settings: the days the atlas covers, the presets of the time axis, and
 * where the map and the date start.
 */
import { parseIsoDay, type Day } from '../domain/day';
import type { Range } from './explorer.svelte';

const day = (text: string): Day => {
	const d = parseIsoDay(text);
	if (d === null) throw new Error(`Bad settings date ${text}`);
	return d;
};

/** The whole atlas on the time axis: August 1945 to the end of 1948. */
export const EXTENT: Range = { from: day('1945-08-01'), to: day('1949-01-01') };

/** The ranges offered as presets, the first one the default. */
export const PRESETS: { label: string; range: Range }[] = [
	{ label: 'August and September 1945', range: { from: day('1945-08-01'), to: day('1945-10-01') } },
	{ label: 'August 1945', range: { from: day('1945-08-01'), to: day('1945-09-01') } },
	{ label: 'August 1945 to December 1945', range: { from: day('1945-08-01'), to: day('1946-01-01') } },
	{ label: '1945 to 1948 (the whole atlas)', range: EXTENT }
];

/** The day the explorer opens on: the Soviet offensive begins. */
export const START_DATE = day('1945-08-09');

/** About 127°E 41°N: Manchuria and the whole Korean peninsula in one view. */
export const START_CAMERA = { zoom: 4, lat: 41, lon: 127 };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;
