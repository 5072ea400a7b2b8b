/**
 * Turns one unknown GeoJSON feature of each atlas file into its domain type: the zod schema of an
 * event, a place, a frontline keyframe, an advance, a zone and a line. Every object is closed: a
 * property the schema does not know is an error, never silently dropped; `editorial`, the editors'
 * notes, is known and dropped on purpose, so no page can show it.
 */
import { z } from 'zod';
import { ADVANCE_KINDS, PLACE_KINDS } from '../domain/atlas';
import type { Advance, AtlasEvent, AtlasLine, FrontlineKeyframe, Place, Zone } from '../domain/atlas';
import {
	checkSpan, closedObject, dateText, derivationSchema, editorialShape, idSchema, lineStringSchema, multiLineStringSchema,
	multiPolygonSchema, pointPosition, pointSchema, polygonSchema, some, sourcesSchema, spanShape, text, toSpan
} from './schema';

/** A GeoJSON bounding box (RFC 7946 section 5), which a feature may carry. */
const bbox = z.array(z.number()).refine((b) => b.length === 4 || b.length === 6, 'a bbox has four or six numbers');

const feature = <P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) =>
	closedObject({ type: z.literal('Feature'), id: idSchema, properties, geometry, bbox: bbox.optional() });

export const eventSchema = feature(
	closedObject({
		title: text,
		...spanShape,
		category: text,
		summary: text.optional(),
		tags: z.array(z.string().regex(/^#[A-Za-z0-9]+$/, 'a tag is # followed by letters and digits')).min(1),
		places: z.array(idSchema).optional(),
		sources: sourcesSchema,
		dateNote: text.optional(),
		locationNote: text.optional(),
		...editorialShape
	}).superRefine(checkSpan),
	pointSchema
).transform(({ id, properties: p, geometry }): AtlasEvent => ({
	id,
	title: p.title,
	when: toSpan(p),
	category: p.category,
	summary: p.summary ?? '',
	tags: p.tags,
	places: p.places ?? [],
	sources: p.sources,
	geometry,
	...some('dateNote', p.dateNote),
	...some('locationNote', p.locationNote)
}));

const placeName = closedObject({
	name: text,
	lang: text.optional(),
	start: dateText.optional(),
	end: dateText.optional(),
	note: text.optional(),
	conventional: z.boolean().optional(),
	variants: z.array(text).min(1, 'leave variants out when there are none').optional()
}).superRefine((n, ctx) => {
	if (n.start && n.end && n.end.end <= n.start.start) {
		ctx.addIssue({ code: 'custom', path: ['end'], message: `the name's use ends (${n.end.text}) before it starts (${n.start.text})` });
	}
	n.variants?.forEach((v, i) => {
		if (v === n.name || n.variants!.indexOf(v) < i) ctx.addIssue({ code: 'custom', path: ['variants', i], message: `"${v}" is already given for this name` });
	});
});

/** Adds an issue at a variant that is also the name of an entry: one name, one entry. */
function checkVariants(names: readonly { name: string; variants?: string[] | undefined }[], ctx: z.RefinementCtx): void {
	names.forEach((n, i) =>
		n.variants?.forEach((v, j) => {
			const other = names.findIndex((m) => m.name === v);
			if (other >= 0) {
				ctx.addIssue({ code: 'custom', path: ['names', i, 'variants', j], message: `"${v}" is also names[${other}]: give each name one entry, with its other romanisations as variants` });
			}
		})
	);
}

export const placeSchema = feature(
	closedObject({
		kind: z.enum(PLACE_KINDS),
		name: text,
		names: z.array(placeName).min(1),
		summary: text,
		sources: sourcesSchema,
		locationNote: text.optional(),
		derivation: derivationSchema.optional(),
		rank: z.number().int('a rank is a whole number').min(1, 'a rank is 1 (labelled first) or more').optional(),
		...editorialShape
	}).superRefine((p, ctx) => checkVariants(p.names, ctx)),
	z.union([pointSchema, polygonSchema, multiPolygonSchema, z.null()])
).transform(({ id, properties: p, geometry }): Place => {
	const names = p.names.map(({ start, end, lang, note, name, conventional, variants }) => ({
		name,
		...some('lang', lang),
		...some('start', start),
		...some('end', end),
		...some('note', note),
		...(conventional ? { conventional } : {}),
		...some('variants', variants)
	}));
	return {
		id, kind: p.kind, name: p.name, names, summary: p.summary, sources: p.sources, geometry,
		...some('derivation', p.derivation),
		...some('locationNote', p.locationNote),
		...some('rank', p.rank)
	};
});

const frontPosition = closedObject({ place: text, date: dateText, formation: text, coordinates: pointPosition });

export const frontlineSchema = feature(
	closedObject({
		front: idSchema,
		frontName: text,
		date: dateText,
		positions: z.array(frontPosition).min(2, 'a keyframe passes through at least two positions'),
		sources: sourcesSchema,
		note: text.optional(),
		frontSummary: text.optional(),
		category: text.optional(),
		...editorialShape
	}),
	lineStringSchema
).transform(({ id, properties: p, geometry }): FrontlineKeyframe => ({
	id, front: p.front, frontName: p.frontName, date: p.date, sources: p.sources, geometry,
	positions: p.positions.map(({ place, date, formation, coordinates }) => ({ place, date, formation, coordinates })),
	...some('note', p.note),
	...some('frontSummary', p.frontSummary),
	...some('category', p.category)
}));

const waypoint = closedObject({ place: text, date: dateText.nullable() });

export const advanceSchema = feature(
	closedObject({
		name: text,
		front: idSchema,
		kind: z.enum(ADVANCE_KINDS),
		...spanShape,
		waypoints: z.array(waypoint).min(1),
		sources: sourcesSchema,
		note: text.optional(),
		category: text.optional(),
		...editorialShape
	}).superRefine(checkSpan),
	lineStringSchema
).transform(({ id, properties: p, geometry }): Advance => ({
	id, name: p.name, front: p.front, kind: p.kind, when: toSpan(p), sources: p.sources, geometry,
	waypoints: p.waypoints.map(({ place, date }) => ({ place, date })),
	...some('note', p.note),
	...some('category', p.category)
}));

export const zoneSchema = feature(
	closedObject({
		name: text, kind: text, style: text.optional(), category: text.optional(), ...spanShape, summary: text, sources: sourcesSchema, derivation: derivationSchema, ...editorialShape
	}).superRefine(checkSpan),
	z.union([polygonSchema, multiPolygonSchema])
).transform(({ id, properties: p, geometry }): Zone => ({
	id, name: p.name, kind: p.kind, when: toSpan(p), summary: p.summary, sources: p.sources, derivation: p.derivation, geometry,
	...some('style', p.style),
	...some('category', p.category)
}));

export const lineSchema = feature(
	closedObject({
		name: text, style: text.optional(), category: text.optional(), ...spanShape, summary: text, sources: sourcesSchema, derivation: derivationSchema, ...editorialShape
	}).superRefine(checkSpan),
	z.union([lineStringSchema, multiLineStringSchema])
).transform(({ id, properties: p, geometry }): AtlasLine => ({
	id, name: p.name, when: toSpan(p), summary: p.summary, sources: p.sources, derivation: p.derivation, geometry,
	...some('style', p.style),
	...some('category', p.category)
}));
