/**
 * Turns an axis of advance into how much of it was covered on each day of its span: the route from
 * its start to the fraction its dates say has been covered, and the bearing of its tip.
 */
import { bearing, length, lineSliceAlong, lineString } from '@turf/turf';
import type { LineString } from 'geojson';
import type { Advance } from './atlas';
import { spanDays } from './atlas';
import type { Day } from './day';

/** An advance at the end of one day. */
export interface AdvanceState {
	id: string;
	day: Day;
	/** 0..1 of the route covered by the end of `day`, linear in time over the advance's dates. */
	fraction: number;
	/** The covered part of the route. */
	geometry: LineString;
	/** Bearing of the tip in degrees clockwise from north (for the arrowhead). */
	tipBearing: number;
	lengthKm: number;
	/** The route's whole length divided by the days it took. */
	kmPerDay: number;
	final: boolean;
}

/** The part of `line` from its start to `fraction` of its length. */
export function sliceLine(line: LineString, fraction: number): LineString {
	const feature = lineString(line.coordinates);
	const total = length(feature);
	const end = Math.min(1, Math.max(0, fraction)) * total;
	if (end >= total) return line;
	return lineSliceAlong(feature, 0, Math.max(end, total * 1e-6)).geometry;
}

/** The bearing of the last segment of a line. */
export function tipBearing(line: LineString): number {
	const c = line.coordinates;
	const b = bearing(c[c.length - 2]!, c[c.length - 1]!);
	return Math.round(((b + 360) % 360) * 10) / 10;
}

/** One state per day of the advance's span; the last is the whole route. */
export function advanceStates(advance: Advance): AdvanceState[] {
	const { from, to } = spanDays(advance.when);
	const days = to - from;
	const total = length(lineString(advance.geometry.coordinates));
	const states: AdvanceState[] = [];
	for (let day = from; day < to; day++) {
		const fraction = (day - from + 1) / days;
		const geometry = sliceLine(advance.geometry, fraction);
		states.push({
			id: advance.id,
			day,
			fraction,
			geometry,
			tipBearing: tipBearing(geometry),
			lengthKm: Math.round(total),
			kmPerDay: Math.round(total / days),
			final: day === to - 1
		});
	}
	return states;
}
