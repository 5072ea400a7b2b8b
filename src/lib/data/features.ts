/**
 * Turns one unknown GeoJSON feature of each atlas file into its domain type: the zod schema of an
 * event, a place, a frontline keyframe, an advance, a zone and a line.
 */
import { z } from 'zod';
import { ADVANCE_KINDS, EVENT_CATEGORIES, PLACE_KINDS } from '../domain/atlas';
import type { Advance, AtlasEvent, AtlasLine, FrontlineKeyframe, Place, Zone } from '../domain/atlas';
import {
	checkSpan, dateText, derivationSchema, idSchema, lineStringSchema, multiLineStringSchema, multiPolygonSchema,
	pointSchema, polygonSchema, position, sourcesSchema, spanShape, text, toSpan
} from './schema';

const feature = <P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) =>
	z.object({ type: z.literal('Feature'), id: idSchema, properties, geometry });

export const eventSchema = feature(
	z
		.object({
			title: text,
			...spanShape,
			category: z.enum(EVENT_CATEGORIES),
			summary: text,
			tags: z.array(z.string().regex(/^#[A-Za-z0-9]+$/, 'a tag is # followed by letters and digits')).min(1),
			places: z.array(idSchema).min(1, 'an event names at least its primary place'),
			sources: sourcesSchema,
			dateNote: text.optional(),
			locationNote: text.optional()
		})
		.superRefine(checkSpan),
	pointSchema
).transform(({ id, properties: p, geometry }): AtlasEvent => ({
	id,
	title: p.title,
	when: toSpan(p),
	category: p.category,
	summary: p.summary,
	tags: p.tags,
	places: p.places,
	sources: p.sources,
	geometry,
	...(p.dateNote ? { dateNote: p.dateNote } : {}),
	...(p.locationNote ? { locationNote: p.locationNote } : {})
}));

const placeName = z
	.object({
		name: text,
		lang: text.optional(),
		start: dateText.optional(),
		end: dateText.optional(),
		note: text.optional(),
		conventional: z.boolean().optional()
	})
	.superRefine((n, ctx) => {
		if (n.start && n.end && n.end.end <= n.start.start) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: `the name's use ends (${n.end.text}) before it starts (${n.start.text})` });
		}
	});

export const placeSchema = feature(
	z.object({
		kind: z.enum(PLACE_KINDS),
		name: text,
		names: z.array(placeName).min(1),
		summary: text,
		sources: sourcesSchema,
		locationNote: text.optional(),
		derivation: derivationSchema.optional()
	}),
	z.union([pointSchema, polygonSchema, multiPolygonSchema, z.null()])
).transform(({ id, properties: p, geometry }): Place => {
	const names = p.names.map(({ start, end, lang, note, name, conventional }) => ({
		name,
		...(lang ? { lang } : {}),
		...(start ? { start } : {}),
		...(end ? { end } : {}),
		...(note ? { note } : {}),
		...(conventional ? { conventional } : {})
	}));
	return {
		id, kind: p.kind, name: p.name, names, summary: p.summary, sources: p.sources, geometry,
		...(p.derivation ? { derivation: p.derivation } : {})
	};
});

export const frontlineSchema = feature(
	z.object({
		front: idSchema,
		frontName: text,
		date: dateText,
		positions: z
			.array(z.object({ place: text, date: dateText, formation: text, coordinates: position }))
			.min(2, 'a keyframe passes through at least two positions'),
		sources: sourcesSchema,
		note: text.optional()
	}),
	lineStringSchema
).transform(({ id, properties: p, geometry }): FrontlineKeyframe => ({
	id, front: p.front, frontName: p.frontName, date: p.date, positions: p.positions, sources: p.sources, geometry,
	...(p.note ? { note: p.note } : {})
}));

export const advanceSchema = feature(
	z
		.object({
			name: text,
			front: idSchema,
			kind: z.enum(ADVANCE_KINDS),
			...spanShape,
			waypoints: z.array(z.object({ place: text, date: dateText.nullable() })).min(1),
			sources: sourcesSchema,
			note: text.optional()
		})
		.superRefine(checkSpan),
	lineStringSchema
).transform(({ id, properties: p, geometry }): Advance => ({
	id, name: p.name, front: p.front, kind: p.kind, when: toSpan(p), waypoints: p.waypoints, sources: p.sources, geometry,
	...(p.note ? { note: p.note } : {})
}));

export const zoneSchema = feature(
	z
		.object({ name: text, kind: text, ...spanShape, summary: text, sources: sourcesSchema, derivation: derivationSchema })
		.superRefine(checkSpan),
	z.union([polygonSchema, multiPolygonSchema])
).transform(({ id, properties: p, geometry }): Zone => ({
	id, name: p.name, kind: p.kind, when: toSpan(p), summary: p.summary, sources: p.sources, derivation: p.derivation, geometry
}));

export const lineSchema = feature(
	z
		.object({ name: text, ...spanShape, summary: text, sources: sourcesSchema, derivation: derivationSchema })
		.superRefine(checkSpan),
	z.union([lineStringSchema, multiLineStringSchema])
).transform(({ id, properties: p, geometry }): AtlasLine => ({
	id, name: p.name, when: toSpan(p), summary: p.summary, sources: p.sources, derivation: p.derivation, geometry
}));
