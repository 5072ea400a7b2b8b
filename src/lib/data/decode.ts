/**
 * Turns the text of each atlas file into typed features, collecting every problem as
 * `file > feature id > path: message` instead of stopping at the first.
 */
import type { z } from 'zod';
import type { Atlas } from '../domain/atlas';
import type { AtlasManifest } from '../domain/manifest';
import { checkAtlas } from './checks';
import { checkDeclarations } from './declarations';
import { advanceSchema, eventSchema, frontlineSchema, lineSchema, placeSchema, zoneSchema } from './features';
import { ATLAS_FILE_NAMES, MANIFEST_FILE } from './files';
import { decodeManifest } from './manifest';
import { formatPath, isError, type Problem } from './problem';

export type AtlasKind = keyof typeof ATLAS_FILE_NAMES;

/** Decodes one FeatureCollection (a leading byte-order mark is skipped); features that fail are left out and reported. */
export function decodeCollection<T>(
	file: string,
	text: string,
	schema: z.ZodType<T>
): { values: T[]; problems: Problem[] } {
	const problems: Problem[] = [];
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
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

/** The text of each file of an atlas folder; a file the folder lacks is undefined. */
export interface AtlasFolderTexts {
	manifest?: string | undefined;
	features: Partial<Record<AtlasKind, string>>;
}

/**
 * Decodes an atlas folder: its manifest (required), its events (required) and any other feature
 * files, then checks the manifest's declarations against the features. The manifest is null when it
 * is missing or does not decode.
 */
export function decodeAtlasFolder({ manifest: manifestText, features }: AtlasFolderTexts): {
	atlas: Atlas;
	manifest: AtlasManifest | null;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const missing = (file: string, why: string) => problems.push({ file, id: null, path: '', message: `no such file: ${why}` });
	if (manifestText === undefined) missing(MANIFEST_FILE, 'every atlas folder needs one, with at least a title and a description');
	if (features.events === undefined) missing(ATLAS_FILE_NAMES.events, 'every atlas folder needs its events');
	const decodedManifest = manifestText === undefined ? { manifest: null, problems: [] } : decodeManifest(manifestText);
	const { atlas, problems: featureProblems } = decodeAtlas(features);
	problems.push(...decodedManifest.problems, ...featureProblems);
	// Without its events, every declared category would look unused: the missing file says enough.
	if (decodedManifest.manifest && features.events !== undefined) {
		const incomplete = new Set(featureProblems.filter(isError).map((p) => p.file));
		problems.push(...checkDeclarations(atlas, decodedManifest.manifest, incomplete));
	}
	return { atlas, manifest: decodedManifest.manifest, problems };
}
