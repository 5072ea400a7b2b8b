/**
 * Turns the geodata/ folder into the decoded atlas at build time; any problem in the data stops the
 * build with every problem listed (file > feature id > path: message).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeAtlas, type AtlasKind } from '../data/decode';
import { ATLAS_FILE_NAMES } from '../data/files';
import { AtlasDataError, type Problem } from '../data/problem';
import type { Atlas } from '../domain/atlas';

/** The atlas to build: geodata/, or the folder GEODATA_DIR names (the benchmark's synthetic sets). */
export const GEODATA_DIR = resolve(process.env['GEODATA_DIR'] ?? 'geodata');

/** Reads and checks every atlas file in `dir`; a missing file counts as empty. */
export function readAtlas(dir: string = GEODATA_DIR): { atlas: Atlas; problems: Problem[] } {
	const texts: Partial<Record<AtlasKind, string>> = {};
	for (const [kind, file] of Object.entries(ATLAS_FILE_NAMES) as [AtlasKind, string][]) {
		const path = join(dir, file);
		if (existsSync(path)) texts[kind] = readFileSync(path, 'utf8');
	}
	return decodeAtlas(texts);
}

let cached: Atlas | undefined;

/** The checked atlas of geodata/, read once per build; throws an AtlasDataError on any problem. */
export function loadAtlas(): Atlas {
	if (cached) return cached;
	const { atlas, problems } = readAtlas();
	if (problems.length) throw new AtlasDataError(problems);
	cached = atlas;
	return atlas;
}
