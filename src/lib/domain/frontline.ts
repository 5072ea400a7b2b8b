/**
 * Turns a front's dated keyframes into its position on every day between them: on a keyframe's
 * date the sourced line, between two keyframes a line blended from both (inferred), and the
 * previous keyframe as a ghost.
 */
import { along, distance, length, lineString } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import type { FrontlineKeyframe } from './atlas';
import type { Day } from './day';

/** How many points both keyframes are resampled to before blending. */
export const SAMPLES = 64;

/** `count` points evenly spaced along a line, first and last included. */
export function resample(line: LineString, count: number = SAMPLES): Position[] {
	const feature = lineString(line.coordinates);
	const total = length(feature);
	if (total === 0) return Array.from({ length: count }, () => [...line.coordinates[0]!]);
	return Array.from({ length: count }, (_, i) => along(feature, (total * i) / (count - 1)).geometry.coordinates);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The line a fraction `t` (0..1) of the way from `a` to `b`, point by point after resampling both. */
export function blend(a: LineString, b: LineString, t: number, count: number = SAMPLES): LineString {
	const pa = resample(a, count);
	const pb = resample(b, count);
	return {
		type: 'LineString',
		coordinates: pa.map(([x1 = 0, y1 = 0], i) => {
			const [x2 = 0, y2 = 0] = pb[i]!;
			return [round6(x1 + (x2 - x1) * t), round6(y1 + (y2 - y1) * t)];
		})
	};
}

/** The mean distance in km between two lines' corresponding resampled points. */
export function meanShiftKm(a: LineString, b: LineString, count: number = SAMPLES): number {
	const pa = resample(a, count);
	const pb = resample(b, count);
	return pa.reduce((sum, p, i) => sum + distance(p, pb[i]!), 0) / count;
}

/** A front on one day. */
export interface FrontState {
	front: string;
	frontName: string;
	day: Day;
	/** A sourced keyframe, or a position inferred between two. */
	kind: 'keyframe' | 'inferred';
	geometry: LineString;
	/** The keyframe shown (keyframe), or the two it is inferred between. */
	keyframes: string[];
	/** How far the line moved since the day before, in km (mean over the line); 0 on the first day. */
	movedKm: number;
}

/** A keyframe drawn faintly after a newer day has come: on days (its date, next keyframe's date]. */
export interface Ghost {
	front: string;
	keyframe: string;
	from: Day;
	to: Day;
	geometry: LineString;
}

/**
 * Every day of one front, from its first keyframe to its last. `keyframes` must be one front's, in
 * date order (the data boundary checks that).
 */
export function frontStates(keyframes: readonly FrontlineKeyframe[]): { states: FrontState[]; ghosts: Ghost[] } {
	const states: FrontState[] = [];
	const ghosts: Ghost[] = [];
	keyframes.forEach((k, i) => {
		const next = keyframes[i + 1];
		const day = k.date.start;
		states.push({ front: k.front, frontName: k.frontName, day, kind: 'keyframe', geometry: k.geometry, keyframes: [k.id], movedKm: 0 });
		if (!next) return;
		const span = next.date.start - day;
		for (let d = day + 1; d < next.date.start; d++) {
			states.push({
				front: k.front,
				frontName: k.frontName,
				day: d,
				kind: 'inferred',
				geometry: blend(k.geometry, next.geometry, (d - day) / span),
				keyframes: [k.id, next.id],
				movedKm: 0
			});
		}
		ghosts.push({ front: k.front, keyframe: k.id, from: day + 1, to: next.date.start + 1, geometry: k.geometry });
	});
	for (let i = 1; i < states.length; i++) {
		const previous = states[i - 1]!;
		const state = states[i]!;
		if (state.day === previous.day + 1) state.movedKm = Math.round(meanShiftKm(previous.geometry, state.geometry));
	}
	return { states, ghosts };
}
