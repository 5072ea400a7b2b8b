/**
 * Turns the properties and geometries of atlas GeoJSON features, as unknown JSON, into domain
 * values with zod; each rule fails with a message that says what is wrong.
 */
import { z } from 'zod';
import { parseHistoricalDate, type HistoricalDate } from '../domain/historicalDate';
import type { DateSpan } from '../domain/atlas';

/** A written date (ISO 8601 / EDTF level 1), decoded into a HistoricalDate. */
export const dateText = z.string().transform((text, ctx): HistoricalDate => {
	const result = parseHistoricalDate(text);
	if (!result.ok) {
		ctx.addIssue({ code: 'custom', message: result.error });
		return z.NEVER;
	}
	return result.value;
});

const text = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.object({
	title: text,
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })
});

export const sourcesSchema = z.array(sourceSchema).min(1, 'every feature cites at least one source');

/** `start` and optional `end`; the end may not come before the start. */
export const spanShape = { start: dateText, end: dateText.optional() };

export function toSpan(p: { start: HistoricalDate; end?: HistoricalDate | undefined }): DateSpan {
	return { start: p.start, end: p.end ?? null };
}

/** Adds an issue at `end` when it comes before `start`. */
export function checkSpan(p: { start: HistoricalDate; end?: HistoricalDate | undefined }, ctx: z.RefinementCtx): void {
	if (p.end && (p.end.end <= p.start.start || p.end.start < p.start.start)) {
		ctx.addIssue({ code: 'custom', path: ['end'], message: `ends (${p.end.text}) before it starts (${p.start.text})` });
	}
}

const longitude = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const latitude = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
export const position = z.tuple([longitude, latitude]);

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: position });
export const lineStringSchema = z.object({
	type: z.literal('LineString'),
	coordinates: z.array(position).min(2, 'a line needs at least two positions')
});
export const multiLineStringSchema = z.object({
	type: z.literal('MultiLineString'),
	coordinates: z.array(z.array(position).min(2, 'a line needs at least two positions')).min(1)
});

const ring = z
	.array(position)
	.min(4, 'a ring needs at least four positions')
	.refine((r) => r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1], 'a ring must end where it starts');
export const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
export const multiPolygonSchema = z.object({
	type: z.literal('MultiPolygon'),
	coordinates: z.array(z.array(ring).min(1)).min(1)
});

export const idSchema = z
	.string({ error: 'every feature needs a string id' })
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const derivationSchema = z.object({ method: text, approximate: z.boolean() });

export { text };
