import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Place, Zone } from '$lib/domain/atlas';
import { atlas, byId, outline, point } from './atlas';

const zone = (id: string) => byId(atlas.zones, id);
const region = (id: string) => byId(atlas.places, id);
/** Whether the place `town` lies inside the zone or region `where`. */
const inside = (town: string, where: Zone | Place) => booleanPointInPolygon(point(byId(atlas.places, town)), outline(where));

describe('the derived shapes of 1945 (npm run derive:geodata)', () => {
	it('draws Manchukuo, the Kwantung Leased Territory and Mengjiang, each marked approximate', () => {
		for (const id of ['manchukuo', 'kwantung', 'mengjiang']) {
			const shape = zone(id);
			expect(['Polygon', 'MultiPolygon']).toContain(shape.geometry.type);
			expect(shape.derivation.approximate).toBe(true);
		}
	});

	it('puts each city in the zone that held it in August 1945', () => {
		for (const id of ['changchun', 'harbin', 'shenyang', 'qiqihar', 'hailar', 'mudanjiang', 'jiamusi', 'solun']) {
			expect(inside(id, zone('manchukuo')), id).toBe(true);
			expect(inside(id, zone('kwantung')), id).toBe(false);
		}
		for (const id of ['lushun', 'dalian']) {
			expect(inside(id, zone('kwantung')), id).toBe(true);
			expect(inside(id, zone('manchukuo')), id).toBe(false);
		}
		for (const id of ['changchun', 'shenyang', 'pyongyang']) expect(inside(id, zone('mengjiang')), id).toBe(false);
		expect(inside('wonsan', zone('manchukuo'))).toBe(false);
	});

	it('gives the regions Manchuria, Inner Mongolia and the Kuril Islands their outlines', () => {
		expect(inside('harbin', region('manchuria'))).toBe(true);
		expect(inside('dalian', region('manchuria'))).toBe(true);
		expect(inside('hailar', region('inner-mongolia'))).toBe(true);
		expect(inside('harbin', region('inner-mongolia'))).toBe(false);
		expect(inside('shumshu', region('kuril-islands'))).toBe(true);
		expect(inside('yuzhno-sakhalinsk', region('kuril-islands'))).toBe(false);
	});
});
