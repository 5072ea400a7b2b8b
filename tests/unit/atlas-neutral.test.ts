// The code serves any atlas: nothing in src/ outside tests and fixtures names the shipped atlas's
// period, its places or any id of its data. What is particular to it lives in geodata/atlas.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Every source file of src/, less tests and test fixtures. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
		return /\.(ts|js|svelte|html|css)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Every id of the shipped atlas's data (events, places, keyframes, fronts, advances, zones, lines). */
function geodataIds(): string[] {
	const ids = new Set<string>();
	for (const file of readdirSync(join(ROOT, 'geodata')).filter((f) => f.endsWith('.geojson'))) {
		const collection = JSON.parse(readFileSync(join(ROOT, 'geodata', file), 'utf8')) as { features: { id: string; properties: { front?: string } }[] };
		for (const f of collection.features) {
			ids.add(f.id);
			if (f.properties.front) ids.add(f.properties.front);
		}
	}
	return [...ids];
}

/** Ids of the shipped atlas that are also English words ("chosen", the colony's name): sought only as quoted ids. */
const ENGLISH_WORDS = ['chosen'];

const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** The places in `files` where `pattern` matches, as "file: match". */
const mentions = (pattern: RegExp) => files.flatMap(({ path, text }) => [...text.matchAll(pattern)].map((m) => `${path}: ${m[0]}`));

describe('src/ names no particular atlas', () => {
	it('reads some source files', () => expect(files.length).toBeGreaterThan(50));

	it.each([
		['1945', /1945/g],
		['Manchuria', /manchuria/gi],
		['Korea', /korea/gi],
		['Soviet', /soviet/gi]
	])('never mentions %s', (_, pattern) => {
		expect(mentions(pattern)).toEqual([]);
	});

	it('never names an id of the shipped atlas, nor a place by its id ("Wonsan")', () => {
		const ids = geodataIds().filter((id) => !ENGLISH_WORDS.includes(id));
		expect(ids.length).toBeGreaterThan(100);
		// An id as a whole token, in any case: not part of a longer word or id.
		const found = ids.flatMap((id) => mentions(new RegExp(`(?<![\\w-])${id.replace(/-/g, '\\-')}(?![\\w-])`, 'gi')));
		expect(found).toEqual([]);
	});

	it('still finds an id used as an ordinary English word when it stands quoted as an id', () => {
		const quoted = ENGLISH_WORDS.flatMap((id) => mentions(new RegExp(`['"\`]${id}['"\`]`, 'g')));
		expect(quoted).toEqual([]);
	});
});
