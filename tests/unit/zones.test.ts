import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';

type Shape = Feature<Polygon | MultiPolygon, { derivation?: { approximate: boolean } }>;
const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as FeatureCollection;
const zones = read('zones.geojson').features as Shape[];
const places = read('places.geojson').features;
const shape = (list: Feature[], id: string) => {
	const found = list.find((f) => f.id === id) as Shape | undefined;
	if (!found?.geometry) throw new Error(`${id} has no shape`);
	return found;
};
const town = (id: string) => point((places.find((f) => f.id === id)!.geometry as Point).coordinates);
const inside = (id: string, list: Feature[], where: string) => booleanPointInPolygon(town(id), shape(list, where));

describe('the derived shapes of 1945 (npm run derive:geodata)', () => {
	it('draws Manchukuo, the Kwantung Leased Territory and Mengjiang, each marked approximate', () => {
		for (const id of ['manchukuo', 'kwantung', 'mengjiang']) {
			const zone = shape(zones, id);
			expect(['Polygon', 'MultiPolygon']).toContain(zone.geometry.type);
			expect(zone.properties.derivation?.approximate).toBe(true);
		}
	});

	it('puts each city in the zone that held it in August 1945', () => {
		for (const id of ['changchun', 'harbin', 'shenyang', 'qiqihar', 'hailar', 'mudanjiang', 'jiamusi', 'solun']) {
			expect(inside(id, zones, 'manchukuo'), id).toBe(true);
			expect(inside(id, zones, 'kwantung'), id).toBe(false);
		}
		for (const id of ['lushun', 'dalian']) {
			expect(inside(id, zones, 'kwantung'), id).toBe(true);
			expect(inside(id, zones, 'manchukuo'), id).toBe(false);
		}
		for (const id of ['changchun', 'shenyang', 'pyongyang']) expect(inside(id, zones, 'mengjiang'), id).toBe(false);
		expect(inside('wonsan', zones, 'manchukuo')).toBe(false);
	});

	it('gives the regions Manchuria, Inner Mongolia and the Kuril Islands their outlines', () => {
		expect(inside('harbin', places, 'manchuria')).toBe(true);
		expect(inside('dalian', places, 'manchuria')).toBe(true);
		expect(inside('hailar', places, 'inner-mongolia')).toBe(true);
		expect(inside('harbin', places, 'inner-mongolia')).toBe(false);
		expect(inside('shumshu', places, 'kuril-islands')).toBe(true);
		expect(inside('yuzhno-sakhalinsk', places, 'kuril-islands')).toBe(false);
	});
});
