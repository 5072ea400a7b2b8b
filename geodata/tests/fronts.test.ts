/**
 * How the shipped atlas draws its fronts and axes of advance: on 9 August each Soviet front stands
 * on the border, a front line never doubles back into a zigzag through places in its rear, an axis
 * runs through its dated places in date order, and every source is a work, not a copy of one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bearing, distance, nearestPointOnLine, point } from '@turf/turf';
import type { MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { keyframesByFront, type Advance, type FrontlineKeyframe } from '$lib/domain/atlas';
import { atlas } from './atlas';

const fronts = keyframesByFront(atlas.frontlines);
const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/** The land borders of China with Russia and with Mongolia in Natural Earth 1:10m, the outline of the atlas's basemap. */
function chinaBorders(): MultiLineString {
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
	const china = '156';
	const neighbours = new Set(['643', '496']);
	return mesh(topology, topology.objects.countries, (a, b) => {
		const [x, y] = [String(a.id), String(b.id)];
		return (x === china && neighbours.has(y)) || (y === china && neighbours.has(x));
	});
}

describe('the start lines of 9 August 1945', () => {
	const border = chinaBorders();

	it.each(['transbaikal-front', 'first-far-eastern-front', 'second-far-eastern-front'])('%s opens on 9 August with every position on the border', (front) => {
		const first = fronts.get(front)![0]!;
		expect(first.date.text).toBe('1945-08-09');
		for (const p of first.positions) {
			const off = nearestPointOnLine(border, point(p.coordinates), { units: 'kilometers' }).properties.dist;
			expect(off, `${first.id}: ${p.place}`).toBeLessThan(10);
		}
	});

	it('puts a summary of the front on its first keyframe only', () => {
		for (const [front, keyframes] of fronts) {
			expect(keyframes[0]!.frontSummary, front).toMatch(/\w/);
			expect(keyframes.slice(1).filter((k) => k.frontSummary).map((k) => k.id), front).toEqual([]);
		}
	});
});

/** The army a formation or an axis names first ("5th Army", "6th Guards Tank Army"), or null for a front or a flotilla. */
const army = (text: string): string | null => /^\d+(?:st|nd|rd|th) (?:Guards )?(?:Red Banner |Tank )?Army\b/.exec(text)?.[0] ?? null;
/** A place as both files name it, without its other names or a remark: "Jilin (Kirin)" and "Jilin (Girin)" are Jilin. */
const placeKey = (place: string) => place.replace(/\s*[(–].*$/, '').trim().toLowerCase();

/**
 * A zigzag into the rear, in either of two forms.
 * - Rear: the line passes through a place that an axis of advance of the same front (of the same army,
 *   when both name one) had already left behind by the keyframe's date, because a later waypoint of that
 *   axis is dated on or before it. A front line joins forward positions; a place passed is in the rear.
 * - Hairpin: at a position the line turns back by more than 135° between two legs each over 100 km long,
 *   so that it joins places hundreds of kilometres apart across its own rear. A bend round a salient
 *   (the 39th Army ahead of the tank army at Taonan, about 90 km) stays under it.
 * A ratio of the line's length to the length through its positions sorted along the front's main axis
 * was tried and rejected: it stayed between 0.6 and 1.05 on the zigzags this test was written against.
 */
function zigzags(keyframe: FrontlineKeyframe, advances: readonly Advance[]): string[] {
	const found: string[] = [];
	for (const p of keyframe.positions) {
		for (const a of advances.filter((x) => x.front === keyframe.front)) {
			if (army(p.formation) && army(a.name) && army(p.formation) !== army(a.name)) continue;
			const at = a.waypoints.findIndex((w) => placeKey(w.place) === placeKey(p.place));
			if (at < 0) continue;
			const beyond = a.waypoints.slice(at + 1).find((w) => w.date && w.date.start <= keyframe.date.start);
			if (beyond) found.push(`${p.place} is behind ${beyond.place} (${beyond.date!.text}) on "${a.name}"`);
		}
	}
	const c = keyframe.positions.map((p) => p.coordinates).filter((q, i, all) => i === 0 || q.join() !== all[i - 1]!.join());
	for (let i = 1; i < c.length - 1; i++) {
		const [a, b, d] = [c[i - 1]!, c[i]!, c[i + 1]!];
		const turn = Math.abs(((bearing(b, d) - bearing(a, b) + 540) % 360) - 180);
		if (turn > 135 && km(a, b) > 100 && km(b, d) > 100) {
			found.push(`hairpin of ${Math.round(turn)}° at ${keyframe.positions.find((p) => p.coordinates === b)?.place}`);
		}
	}
	return found;
}

describe('the front lines', () => {
	it.each(atlas.frontlines.map((k) => [k.id, k] as const))('%s joins forward positions without a zigzag into its rear', (_, keyframe) => {
		expect(zigzags(keyframe, atlas.advances)).toEqual([]);
	});

	it.each(atlas.frontlines.map((k) => [k.id, k] as const))('%s passes through each of its positions, in their order', (_, keyframe) => {
		const vertex = (p: Position) => keyframe.geometry.coordinates.findIndex((c) => c[0] === p[0] && c[1] === p[1]);
		const at = keyframe.positions.map((p) => vertex(p.coordinates));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect(at).toEqual([...at].sort((x, y) => x - y));
	});

	it('finds the zigzags it is meant to find', () => {
		const k = fronts.get('25th-army')!.at(-1)!;
		const chongjin = fronts.get('25th-army')![0]!.positions.find((p) => p.place.startsWith('Chongjin'))!;
		const hamhung = { ...chongjin, place: 'Hamhung', coordinates: [127.5364, 39.9183] };
		const behind = expect.stringMatching(/^Chongjin \(Seishin\) is behind Pyongyang/);
		expect(zigzags({ ...k, positions: [chongjin, ...k.positions] }, atlas.advances)).toEqual([behind]);
		expect(zigzags({ ...k, positions: [hamhung, k.positions[0]!, hamhung] }, [])).toEqual([expect.stringMatching(/^hairpin of \d+° at Haeju/)]);
	});
});

describe('the axes of advance', () => {
	it.each(atlas.advances.map((a) => [a.id, a] as const))('%s runs through its dated places in date order', (_, a) => {
		const days = a.waypoints.flatMap((w) => (w.date ? [w.date.start] : []));
		expect(days).toEqual([...days].sort((x, y) => x - y));
	});

	it('marks the Pacific Fleet landings as from the sea, and the landings at Port Arthur and Dalian as airborne', () => {
		const kinds = Object.fromEntries(atlas.advances.map((a) => [a.id, a.kind]));
		expect(kinds).toMatchObject({
			'yuki-landing': 'sea',
			'pacific-fleet-wonsan-landing': 'sea',
			'port-arthur-airborne': 'airborne',
			'dalian-airborne': 'airborne'
		});
	});
});
