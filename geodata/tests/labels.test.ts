import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atlas, byId, dir } from './atlas';

/** The places file as written, with the editors' notes the decoder drops. */
const raw = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as { features: { id: string; properties: { rank?: number; editorial?: string } }[] };

describe('the ranks of the places: whose label the map keeps where labels collide', () => {
	it('ranks the seats of government of August 1945 first: Keijō, Hsinking and Tokyo', () => {
		for (const id of ['seoul', 'changchun', 'tokyo']) expect(byId(atlas.places, id).rank, id).toBe(1);
	});

	it('ranks Pyongyang, the northern zone\'s centre but no capital of a state in 1945, next', () => {
		expect(byId(atlas.places, 'pyongyang').rank).toBe(2);
	});

	it('gives the reason for every rank in the editors\' notes', () => {
		const ranked = raw.features.filter((f) => f.properties.rank !== undefined);
		expect(ranked.length).toBeGreaterThan(0);
		for (const f of ranked) expect(f.properties.editorial, f.id).toContain(`Rank ${f.properties.rank} `);
	});
});
