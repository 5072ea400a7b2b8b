import { describe, expect, it } from 'vitest';
import type { Advance } from './atlas';
import { historicalDate } from './historicalDate';
import { advanceStates, sliceLine, tipBearing } from './advance';

const advance: Advance = {
	id: 'advance-x',
	name: 'Advance X',
	front: 'front-x',
	kind: 'ground',
	when: { start: historicalDate('1945-08-09'), end: historicalDate('1945-08-12') },
	waypoints: [],
	sources: [{ title: 'test', url: 'https://example.org' }],
	// Due east along the equator, 4° in all.
	geometry: { type: 'LineString', coordinates: [[0, 0], [2, 0], [4, 0]] }
};

describe('advanceStates', () => {
	const states = advanceStates(advance);

	it('has one state for each day of its dates, the last one whole and final', () => {
		expect(states.map((s) => s.fraction)).toEqual([0.25, 0.5, 0.75, 1]);
		expect(states.map((s) => s.final)).toEqual([false, false, false, true]);
		expect(states.at(-1)!.geometry).toEqual(advance.geometry);
	});

	it('grows from the start to the covered fraction', async () => {
		const half = states[1]!.geometry;
		expect(half.coordinates[0]).toEqual([0, 0]);
		expect(half.coordinates.at(-1)![0]).toBeCloseTo(2, 4);
		await expect(`${JSON.stringify({ type: 'Feature', properties: { note: 'half of the advance' }, geometry: half }, null, 1)}\n`).toMatchFileSnapshot('golden/advance-half.geojson');
	});

	it('points its tip along the route and knows its speed', () => {
		expect(states[0]!.tipBearing).toBe(90);
		expect(states[0]!.lengthKm).toBe(445);
		expect(states[0]!.kmPerDay).toBe(111);
	});
});

describe('sliceLine and tipBearing', () => {
	it('clamps the fraction to the route', () => {
		const line = advance.geometry;
		expect(sliceLine(line, 2)).toEqual(line);
		expect(sliceLine(line, -1).coordinates.length).toBeGreaterThanOrEqual(2);
	});

	it('gives bearings from north, clockwise', () => {
		expect(tipBearing({ type: 'LineString', coordinates: [[0, 0], [0, 1]] })).toBe(0);
		expect(tipBearing({ type: 'LineString', coordinates: [[0, 0], [-1, 0]] })).toBe(270);
	});
});
