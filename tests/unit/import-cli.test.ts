import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a script of the app with `node`, as `npm run` would, without a shell. */
function run(script: string, args: string[], cwd = process.cwd()): Promise<Run> {
	return new Promise((done) => {
		const child = spawn('node', [join(process.cwd(), script), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
		const out = { stdout: '', stderr: '' };
		child.stdout.on('data', (chunk) => (out.stdout += chunk));
		child.stderr.on('data', (chunk) => (out.stderr += chunk));
		child.on('close', (status) => done({ status, ...out }));
	});
}

const sample = join(process.cwd(), 'static/samples/sample-events.csv');
const ohm = join(process.cwd(), 'static/samples/sample-ohm.geojson');
const bad = join(root, 'bad-rows.csv');
const none = join(root, 'nothing.csv');
const dirs = { sample: join(root, 'observatories'), ohm: join(root, 'ohm'), bad: join(root, 'bad'), none: join(root, 'none'), full: join(root, 'full') };
const runs: Record<string, Run> = {};

beforeAll(async () => {
	writeFileSync(
		bad,
		[
			'title,start,end,lat,lon,source',
			'Waterloo,1815-06-18,,50.68,4.41,https://example.org/waterloo',
			'Ligny,1815-13-16,,50.52,4.57,https://example.org/ligny',
			'Wavre,1815-06-18,1815-06-17,50.72,4.60,https://example.org/wavre',
			'Quatre Bras,1815-06-16,,50.57,4.45,'
		].join('\n')
	);
	writeFileSync(none, 'title,start,lat,lon\nOslo,1624,59.91,10.75\n');
	mkdirSync(dirs.full);
	writeFileSync(join(dirs.full, 'notes.txt'), 'an author file');
	// Each run starts Node and Vite; they run side by side, then the checks of what they wrote.
	const [sampleRun, ohmRun, badRun, noneRun, fullRun, defaultRun] = await Promise.all([
		run('scripts/import.js', [sample, '--into', dirs.sample]),
		run('scripts/import.js', [ohm, '--into', dirs.ohm]),
		run('scripts/import.js', [bad, '--into', dirs.bad]),
		run('scripts/import.js', [none, '--into', dirs.none]),
		run('scripts/import.js', [sample, '--into', dirs.full]),
		run('scripts/import.js', [bad], root)
	]);
	Object.assign(runs, { sample: sampleRun, ohm: ohmRun, bad: badRun, none: noneRun, full: fullRun, default: defaultRun });
	const [checkSample, checkOhm, checkBad] = await Promise.all([run('scripts/check-data.js', [dirs.sample]), run('scripts/check-data.js', [dirs.ohm]), run('scripts/check-data.js', [dirs.bad])]);
	Object.assign(runs, { checkSample, checkOhm, checkBad });
	// Nine processes that each start Vite on a shared 2-core machine: seconds each, not a hook's default 10 s.
}, 120_000);

describe('npm run import', () => {
	it('converts the sample CSV into an atlas folder that npm run check:data passes', () => {
		expect(runs['sample']).toMatchObject({ status: 0, stderr: '' });
		expect(runs['sample']!.stdout).toContain(`${sample}: 12 rows, 12 read, 0 problems; wrote 12 events to ${dirs.sample}.`);
		const manifest = JSON.parse(readFileSync(join(dirs.sample, 'atlas.json'), 'utf8'));
		expect(manifest).toEqual({ title: 'Sample events', description: 'An atlas imported from sample-events.csv: 12 of its 12 rows.' });
		const events = JSON.parse(readFileSync(join(dirs.sample, 'events.geojson'), 'utf8')).features;
		expect(events[0]).toMatchObject({ id: 'sample-events-uraniborg', properties: { title: "Tycho Brahe's Uraniborg", start: '1576-08-08', end: '1597', category: 'observatory' } });
		expect(runs['checkSample']).toMatchObject({ status: 0 });
		expect(runs['checkSample']!.stdout).toContain('12 events, 0 places, 0 frontlines, 0 advances, 0 zones, 0 lines; no problems.');
	});

	it('writes the lines and polygons of a GeoJSON file as lines and zones', () => {
		expect(runs['ohm']).toMatchObject({ status: 0, stderr: '' });
		expect(runs['ohm']!.stdout).toContain('wrote 1 event, 1 line, 1 zone');
		expect(['events', 'lines', 'zones'].every((kind) => existsSync(join(dirs.ohm, `${kind}.geojson`)))).toBe(true);
		expect(runs['checkOhm']!.stdout).toContain('1 event, 0 places, 0 frontlines, 0 advances, 1 zone, 1 line; no problems.');
	});

	it('reports each bad row as file:row: column: reason, writes the good ones and passes the check', () => {
		expect(runs['bad']!.status).toBe(0);
		expect(runs['bad']!.stderr.trim().split('\n')).toEqual([
			`${bad}:3: start: "1815-13-16" is not a valid date: month 13 does not exist`,
			`${bad}:4: end: ends (1815-06-17) before it starts (1815-06-18)`,
			`${bad}:5: source: not written: an atlas event cites at least one source`
		]);
		expect(runs['bad']!.stdout).toContain(`${bad}: 4 rows, 2 read, 2 problems; wrote 1 event, 1 not written to ${dirs.bad}.`);
		expect(runs['checkBad']!.status).toBe(0);
	});

	it('writes into a folder named after the file when no --into is given', () => {
		expect(runs['default']!.status).toBe(0);
		expect(existsSync(join(root, 'bad-rows', 'events.geojson'))).toBe(true);
	});

	it('exits 1 and writes nothing when no row can be written', () => {
		expect(runs['none']!.status).toBe(1);
		expect(runs['none']!.stderr).toContain(`${none}:2: source: not written: an atlas event cites at least one source`);
		expect(runs['none']!.stderr).toContain('nothing could be written to an atlas folder');
		expect(existsSync(dirs.none)).toBe(false);
	});

	it('never writes over a folder that holds files', () => {
		expect(runs['full']!.status).toBe(1);
		expect(runs['full']!.stderr.trim()).toBe(`${dirs.full}: the folder is not empty: pass --force to write over its files`);
		expect(existsSync(join(dirs.full, 'events.geojson'))).toBe(false);
	});
});
