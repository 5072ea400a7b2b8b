/**
 * Turns an atlas folder (geodata/, or the one GEODATA_DIR names) into the decoded atlas and its
 * manifest at build time; any error in the data stops the build with every problem listed
 * (file > feature id > path: message), while warnings are only printed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeAtlasFolder, type AtlasKind } from '../data/decode';
import { ATLAS_FILE_NAMES, MANIFEST_FILE } from '../data/files';
import { AtlasDataError, formatProblem, isError, type Problem } from '../data/problem';
import type { Atlas } from '../domain/atlas';
import type { AtlasManifest } from '../domain/manifest';

/** The atlas to build: geodata/, or the folder GEODATA_DIR names (another atlas, the benchmark's synthetic sets). */
export const GEODATA_DIR = resolve(process.env['GEODATA_DIR'] ?? 'geodata');

const EMPTY_ATLAS: Atlas = { events: [], places: [], frontlines: [], advances: [], zones: [], lines: [] };

/** Reads and checks the atlas folder `dir`: atlas.json and events.geojson are required, the other files optional. */
export function readAtlas(dir: string = GEODATA_DIR): { atlas: Atlas; manifest: AtlasManifest | null; problems: Problem[] } {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		return { atlas: EMPTY_ATLAS, manifest: null, problems: [{ file: dir, id: null, path: '', message: 'no such folder' }] };
	}
	const read = (file: string) => {
		const path = join(dir, file);
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	};
	const features: Partial<Record<AtlasKind, string>> = {};
	for (const [kind, file] of Object.entries(ATLAS_FILE_NAMES) as [AtlasKind, string][]) {
		const text = read(file);
		if (text !== undefined) features[kind] = text;
	}
	return decodeAtlasFolder({ manifest: read(MANIFEST_FILE), features });
}

let cached: { atlas: Atlas; manifest: AtlasManifest } | undefined;

/**
 * The checked atlas of GEODATA_DIR and its manifest, read once per build. Warnings are printed once;
 * any error throws an AtlasDataError that lists every error.
 */
export function loadAtlas(): { atlas: Atlas; manifest: AtlasManifest } {
	if (cached) return cached;
	const { atlas, manifest, problems } = readAtlas();
	const errors = problems.filter(isError);
	if (errors.length || !manifest) throw new AtlasDataError(errors);
	for (const warning of problems.filter((p) => !isError(p))) console.warn(formatProblem(warning));
	cached = { atlas, manifest };
	return cached;
}
