import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import type { FrontlineKeyframe } from './atlas';
import { historicalDate } from './historicalDate';
import { blend, frontStates, resample } from './frontline';

const keyframe = (date: string, coordinates: number[][]): FrontlineKeyframe => ({
	id: `front-x-${date}`,
	front: 'front-x',
	frontName: 'Front X',
	date: historicalDate(date),
	positions: [],
	sources: [{ title: 'test', url: 'https://example.org' }],
	geometry: { type: 'LineString', coordinates }
});

// A front whose right flank advances 2° east in four days while it grows a third vertex.
const A = keyframe('1945-08-10', [[120, 45], [122, 43]]);
const B = keyframe('1945-08-14', [[122, 45], [124, 43], [125, 42]]);

const golden = (line: LineString, note: string): string =>
	`${JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { note }, geometry: line }] } satisfies FeatureCollection, null, 1)}\n`;

describe('frontStates', () => {
	const { states, ghosts } = frontStates([A, B]);
	const on = (date: string) => states.find((s) => s.day === historicalDate(date).start)!;

	it('has one state a day from the first keyframe to the last', () => {
		expect(states.map((s) => s.kind)).toEqual(['keyframe', 'inferred', 'inferred', 'inferred', 'keyframe']);
		expect(states[1]!.keyframes).toEqual([A.id, B.id]);
	});

	it('draws a keyframe exactly as sourced on its date', async () => {
		expect(on('1945-08-10').geometry).toEqual(A.geometry);
		expect(on('1945-08-14').geometry).toEqual(B.geometry);
		await expect(golden(on('1945-08-10').geometry, 'start: keyframe A')).toMatchFileSnapshot('golden/frontline-start.geojson');
		await expect(golden(on('1945-08-14').geometry, 'end: keyframe B')).toMatchFileSnapshot('golden/frontline-end.geojson');
	});

	it('blends halfway on the middle day', async () => {
		const middle = on('1945-08-12').geometry;
		expect(middle).toEqual(blend(A.geometry, B.geometry, 0.5));
		expect(middle.coordinates[0]).toEqual([121, 45]);
		await expect(golden(middle, 'middle: halfway between A and B, inferred')).toMatchFileSnapshot('golden/frontline-middle.geojson');
	});

	it('keeps the previous keyframe as a ghost until the next keyframe day', () => {
		expect(ghosts).toEqual([{ front: 'front-x', keyframe: A.id, from: A.date.start + 1, to: B.date.start + 1, geometry: A.geometry }]);
	});

	it('measures how far the line moved each day', () => {
		expect(states[0]!.movedKm).toBe(0);
		// Both ends move about 2° over 4 days: ~40 km a day at these latitudes.
		for (const s of states.slice(1)) expect(s.movedKm).toBeGreaterThan(30);
		for (const s of states.slice(1)) expect(s.movedKm).toBeLessThan(60);
	});
});

describe('resample', () => {
	it('spaces points evenly, keeping both ends', () => {
		const points = resample({ type: 'LineString', coordinates: [[0, 0], [2, 0]] }, 3);
		expect(points[0]).toEqual([0, 0]);
		expect(points[1]![0]).toBeCloseTo(1, 6);
		expect(points[2]![0]).toBeCloseTo(2, 6);
	});
});
