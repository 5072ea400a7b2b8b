/**
 * Turns the text of each atlas file into typed features, collecting every problem as
 * `file > feature id > path: message` instead of stopping at the first.
 */
import type { z } from 'zod';
import type { Atlas } from '../domain/atlas';
import { checkAtlas } from './checks';
import { advanceSchema, eventSchema, frontlineSchema, lineSchema, placeSchema, zoneSchema } from './features';
import { ATLAS_FILE_NAMES } from './files';
import type { Problem } from './problem';

export type AtlasKind = keyof typeof ATLAS_FILE_NAMES;

/** "properties.sources[0].url" from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/** Decodes one FeatureCollection; features that fail are left out and reported. */
export function decodeCollection<T>(
	file: string,
	text: string,
	schema: z.ZodType<T>
): { values: T[]; problems: Problem[] } {
	const problems: Problem[] = [];
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { values: [], problems: [{ file, id: null, path: '', message: `not valid JSON: ${(e as Error).message}` }] };
	}
	const collection = json as { type?: unknown; features?: unknown };
	if (typeof json !== 'object' || json === null || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
		return { values: [], problems: [{ file, id: null, path: '', message: 'expected a GeoJSON FeatureCollection with a features array' }] };
	}
	const values: T[] = [];
	collection.features.forEach((raw: unknown, index: number) => {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' && rawId !== '' ? rawId : `features[${index}]`;
		const result = schema.safeParse(raw);
		if (result.success) values.push(result.data);
		else for (const issue of result.error.issues) problems.push({ file, id, path: formatPath(issue.path), message: issue.message });
	});
	return { values, problems };
}

/**
 * Decodes the whole atlas from the text of its files (a missing file is an empty collection) and
 * checks the rules that span features and files. The atlas holds every feature that decoded.
 */
export function decodeAtlas(texts: Partial<Record<AtlasKind, string>>): { atlas: Atlas; problems: Problem[] } {
	const problems: Problem[] = [];
	const empty = '{"type":"FeatureCollection","features":[]}';
	const decode = <T>(kind: AtlasKind, schema: z.ZodType<T>): T[] => {
		const result = decodeCollection(ATLAS_FILE_NAMES[kind], texts[kind] ?? empty, schema);
		problems.push(...result.problems);
		return result.values;
	};
	const atlas: Atlas = {
		events: decode('events', eventSchema),
		places: decode('places', placeSchema),
		frontlines: decode('frontlines', frontlineSchema),
		advances: decode('advances', advanceSchema),
		zones: decode('zones', zoneSchema),
		lines: decode('lines', lineSchema)
	};
	problems.push(...checkAtlas(atlas));
	return { atlas, problems };
}
