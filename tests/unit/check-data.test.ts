import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAtlas, validManifest } from '../../src/lib/data/fixtures/atlas';

// The fixtures are plain JSON: tests break them the way a careless edit would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const root = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the fixture atlas, changed by `change`, as a folder; `test` becomes its data test. */
function folder(name: string, change: (manifest: Json, atlas: Json) => void = () => {}, test?: string): string {
	const dir = join(root, name);
	mkdirSync(join(dir, 'tests'), { recursive: true });
	const manifest: Json = validManifest();
	const atlas: Json = validAtlas();
	change(manifest, atlas);
	writeFileSync(join(dir, 'atlas.json'), JSON.stringify(manifest));
	for (const [kind, collection] of Object.entries(atlas)) writeFileSync(join(dir, `${kind}.geojson`), JSON.stringify(collection));
	if (test) writeFileSync(join(dir, 'tests', 'facts.test.ts'), test);
	return dir;
}

/** A data test of the fixture atlas, through the app's own reader, as a folder's tests would write it. */
const dataTest = (events: string[]) => `
import { expect, it } from 'vitest';
import { readAtlas } from '$lib/server/atlas';
it('lists the events of the folder named by ATLAS_DIR', () => {
	expect(readAtlas(process.env['ATLAS_DIR']).atlas.events.map((e) => e.id)).toEqual(${JSON.stringify(events)});
});
`;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run check:data <dir>` as a person would, without a shell. */
function checkData(dir: string): Promise<Run> {
	return new Promise((done) => {
		const child = spawn('node', ['scripts/check-data.js', dir], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		const run = { stdout: '', stderr: '' };
		child.stdout.on('data', (chunk) => (run.stdout += chunk));
		child.stderr.on('data', (chunk) => (run.stderr += chunk));
		child.on('close', (status) => done({ status, ...run }));
	});
}

// Each run starts Node, Vite and (for data tests) Vitest: they run once, side by side, before the checks.
const runs: Record<string, Run> = {};
beforeAll(async () => {
	const dirs = {
		valid: folder('valid', () => {}, dataTest(['event-a'])),
		failing: folder('failing', () => {}, dataTest(['event-a', 'event-b'])),
		warned: folder('warned', (m) => m.categories.push({ id: 'naval', label: 'Naval' })),
		broken: folder('broken', (_m, a) => {
			const event = a.events.features[0];
			Object.assign(event.properties, { start: '1945-13-40', datenote: 'x' });
			event.properties.places.push('atlantis');
			event.geometry.coordinates = [127.4, 90];
			a.advances.features[0].properties.front = 'front-z-army';
		}, dataTest([])),
		noted: folder('noted', (_m, a) => {
			a.events.features[0].properties.summary = 'As the Wikipedia article says.';
			a.zones.features[0].properties.derivation.method = 'See https://example.org/map.';
			a.events.features[0].properties.editorial = 'Read on a mirror at https://example.org/copy; UNVERIFIED.';
		}),
		missing: join(root, 'nowhere')
	};
	const results = await Promise.all(Object.entries(dirs).map(async ([name, dir]) => [name, await checkData(dir)] as const));
	for (const [name, run] of results) runs[name] = run;
	// Six processes that each start Vite on a shared 2-core machine: seconds each, not a hook's default 10 s.
}, 60_000);

describe('npm run check:data', () => {
	it('passes a valid folder, counts what it holds and runs its data tests', () => {
		const { status, stdout } = runs['valid']!;
		expect(status).toBe(0);
		expect(stdout).toContain(`${join(root, 'valid')}: 1 event, 2 places, 2 frontlines, 1 advance, 1 zone, 1 line; no problems.`);
		expect(stdout).toMatch(/Tests\s+1 passed/);
	});

	it('fails when a data test of the folder fails', () => {
		const { status, stdout } = runs['failing']!;
		expect(status).toBe(1);
		expect(stdout).toMatch(/Tests\s+1 failed/);
	});

	it('prints warnings but passes', () => {
		const { status, stdout, stderr } = runs['warned']!;
		expect(status).toBe(0);
		expect(stderr.trim().split('\n')).toEqual(['warning: atlas.json > categories[1].id: no feature has category "naval"']);
		expect(stdout.trim()).toBe(`${join(root, 'warned')}: 1 event, 2 places, 2 frontlines, 1 advance, 1 zone, 1 line; no errors, 1 warning.`);
	});

	it('fails on a broken folder, prints the exact place of each problem, and runs no data test', () => {
		const { status, stdout, stderr } = runs['broken']!;
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toEqual([
			'events.geojson > event-a > properties.start: "1945-13-40" is not a valid date: month 13 does not exist',
			'events.geojson > event-a > properties.datenote: unknown property; did you mean "dateNote"?',
			'events.geojson > event-a > geometry.coordinates[1]: latitude 90 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it',
			'advances.geojson > advance-a > properties.front: no front with id "front-z-army" in frontlines.geojson',
			'',
			`${join(root, 'broken')}: 0 events, 2 places, 2 frontlines, 1 advance, 1 zone, 1 line; 4 errors.`
		]);
	});

	it('fails on a web address or a research note in what readers see, and lets editorial notes be', () => {
		const { status, stderr } = runs['noted']!;
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toEqual([
			'events.geojson > event-a > properties.summary: summary mentions "Wikipedia": name the work in the source list, and keep research notes in `editorial`',
			'zones.geojson > zone-a > properties.derivation.method: derivation.method holds a web address ("https://example.org/map"): cite the work in the source list, and keep research notes in `editorial`',
			'',
			`${join(root, 'noted')}: 1 event, 2 places, 2 frontlines, 1 advance, 1 zone, 1 line; 2 errors.`
		]);
	});

	it('fails on a folder that does not exist', () => {
		const { status, stderr } = runs['missing']!;
		expect(status).toBe(1);
		const dir = join(root, 'nowhere');
		expect(stderr.trim().split('\n')).toEqual([`${dir}: no such folder`, '', `${dir}: 1 error.`]);
	});
});
