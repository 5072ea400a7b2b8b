import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validAtlas, validManifest } from '../data/fixtures/atlas';
import { formatProblem } from '../data/problem';
import { readAtlas } from './atlas';

const root = mkdtempSync(join(tmpdir(), 'atlas-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the fixture atlas as a folder, `bom` putting a byte-order mark before each file, less the files `without` names. */
function folder(name: string, { bom = false, without = [] as string[] } = {}): string {
	const dir = join(root, name);
	mkdirSync(dir);
	const files: Record<string, unknown> = { 'atlas.json': validManifest() };
	for (const [kind, collection] of Object.entries(validAtlas())) files[`${kind}.geojson`] = collection;
	for (const [file, json] of Object.entries(files)) {
		if (!without.includes(file)) writeFileSync(join(dir, file), `${bom ? '\uFEFF' : ''}${JSON.stringify(json)}`);
	}
	return dir;
}

describe('readAtlas', () => {
	it('reads a folder into the atlas and its manifest', () => {
		const { atlas, manifest, problems } = readAtlas(folder('valid'));
		expect(problems).toEqual([]);
		expect(manifest?.title).toBe('Test atlas');
		expect(Object.values(atlas).map((list) => list.length)).toEqual([1, 2, 2, 1, 1, 1]);
	});

	it('reads files that start with a UTF-8 byte-order mark, as spreadsheet tools write them', () => {
		const { atlas, problems } = readAtlas(folder('bom', { bom: true }));
		expect(problems).toEqual([]);
		expect(atlas.events).toHaveLength(1);
	});

	it('needs no file but atlas.json and events.geojson (with the places its events name)', () => {
		const dir = folder('small', { without: ['frontlines.geojson', 'advances.geojson', 'zones.geojson', 'lines.geojson'] });
		const { atlas, problems } = readAtlas(dir);
		expect(problems.map(formatProblem)).toEqual(['warning: atlas.json > styles.occupied: no zone or line has style "occupied"']);
		expect(atlas.zones).toEqual([]);
	});

	it.each([
		['a folder without atlas.json', ['atlas.json'], 'atlas.json: no such file: every atlas folder needs one, with at least a title and a description'],
		['a folder without events.geojson', ['events.geojson'], 'events.geojson: no such file: every atlas folder needs its events']
	])('reports %s', (name, without, expected) => {
		expect(readAtlas(folder(name, { without })).problems.map(formatProblem)).toContain(expected);
	});

	it.each([
		['a folder that does not exist', () => join(root, 'nowhere')],
		['a file instead of a folder', () => join(folder('file-not-folder'), 'atlas.json')]
	])('reports %s', (_case, path) => {
		const dir = path();
		const { atlas, manifest, problems } = readAtlas(dir);
		expect(problems.map(formatProblem)).toEqual([`${dir}: no such folder`]);
		expect(manifest).toBeNull();
		expect(atlas.events).toEqual([]);
	});
});
