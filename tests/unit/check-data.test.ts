import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check:data', () => {
	it('passes on the shipped atlas', () => {
		const out = execFileSync('node', ['scripts/check-data.js'], { encoding: 'utf8' });
		expect(out).toMatch(/\d+ events, \d+ places, \d+ frontlines, \d+ advances, \d+ zones, \d+ lines; no problems\./);
	});

	it('fails on a broken copy and prints the exact place of each problem', () => {
		cpSync('geodata', dir, { recursive: true });
		const path = join(dir, 'events.geojson');
		const events = JSON.parse(readFileSync(path, 'utf8'));
		const wonsan = events.features.find((f: { id: string }) => f.id === 'wonsan-landing');
		wonsan.properties.start = '1945-13-40';
		wonsan.properties.places.push('atlantis');
		wonsan.geometry.coordinates = [127.4, 95];
		writeFileSync(path, JSON.stringify(events));

		const run = spawnSync('node', ['scripts/check-data.js', dir], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines).toContain('events.geojson > wonsan-landing > properties.start: "1945-13-40" is not a valid date: month 13 does not exist');
		expect(lines).toContain('events.geojson > wonsan-landing > geometry.coordinates[1]: latitude above 90');
		expect(lines.at(-1)).toBe(`2 problems in ${dir}`);
	});
});
