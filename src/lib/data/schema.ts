/**
 * Turns the properties and geometries of atlas GeoJSON features, as unknown JSON, into domain
 * values with zod; each rule fails with a message that says what is wrong.
 */
import { z } from 'zod';
import { parseHistoricalDate, type HistoricalDate } from '../domain/historicalDate';
import { SOURCE_KINDS, type DateSpan, type Source } from '../domain/atlas';
import { unknownPropertyMessage } from './suggest';

/**
 * An object with these properties and no others: each unknown property is reported at its own path,
 * with the nearest known name ("did you mean "dateNote"?"), alongside every other problem.
 */
export function closedObject<S extends z.core.$ZodLooseShape>(shape: S) {
	const known = Object.keys(shape);
	return z.object(shape).catchall(z.custom<unknown>(() => false, { error: (issue) => unknownPropertyMessage(String(issue.path?.at(-1)), known) }));
}

/** A string; a missing one is reported as "required". */
export const requiredString = () => z.string({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a string') });

/** A written date (ISO 8601 / EDTF level 1), decoded into a HistoricalDate. */
export const dateText = requiredString().transform((text, ctx): HistoricalDate => {
	const result = parseHistoricalDate(text);
	if (!result.ok) {
		ctx.addIssue({ code: 'custom', message: result.error });
		return z.NEVER;
	}
	return result.value;
});

/** A non-empty string (trimmed). */
const text = requiredString().trim().min(1, 'must not be empty');

/** `{ key: value }` when the value is set, else nothing: optional fields stay absent, not undefined. */
export const some = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } =>
	(value === undefined ? {} : { [key]: value }) as { [k in K]?: V };

const sourceKinds = SOURCE_KINDS.map((k) => `"${k}"`).join(', ');

/** A work cited: its kind is required, its address optional (a book may have no canonical page). */
export const sourceSchema = closedObject({
	title: text,
	kind: z.enum(SOURCE_KINDS, { error: (issue) => (issue.input === undefined ? `required: one of ${sourceKinds}` : `must be one of ${sourceKinds}`) }),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
	author: text.optional(),
	publisher: text.optional(),
	year: text.optional()
}).transform(
	(s): Source => ({ title: s.title, kind: s.kind, ...some('url', s.url), ...some('author', s.author), ...some('publisher', s.publisher), ...some('year', s.year) })
);

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

export const longitude = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
export const latitude = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');
export const position = z.tuple([longitude, latitude]);

/** The latitude where Web Mercator maps end: MapLibre cannot draw a point beyond it. */
export const MERCATOR_LATITUDE = 85.0511;

/** Adds an issue at `path` when a valid latitude lies beyond {@link MERCATOR_LATITUDE}. */
export function checkMercator(lat: number, ctx: z.RefinementCtx, path: PropertyKey[]): void {
	if (Math.abs(lat) > MERCATOR_LATITUDE && Math.abs(lat) <= 90) {
		ctx.addIssue({ code: 'custom', path, message: `latitude ${lat} lies beyond ±${MERCATOR_LATITUDE}°, where the Web Mercator map ends: the map cannot draw it` });
	}
}

/** A position that is drawn as a point on the map, so within the Web Mercator map's latitudes. */
export const pointPosition = position.superRefine((p, ctx) => checkMercator(p[1], ctx, [1]));

export const pointSchema = z.object({ type: z.literal('Point'), coordinates: pointPosition });
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

/**
 * Editor-only notes of any feature (how a coordinate was taken, which copy was read, how a shape was
 * derived, what is still to verify): accepted, and dropped by the decoder, so nothing shows them.
 */
export const editorialShape = { editorial: text.optional() };

export const derivationSchema = closedObject({ method: text, approximate: z.boolean() });

export { text };
