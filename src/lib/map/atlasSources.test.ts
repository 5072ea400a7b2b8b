import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { readAtlas } from '../server/atlas';
import { OPEN_END } from '../domain/timeline';
import { advanceFeatures, eventFeatures, frontFeatures, lineFeatures, placeLabels, zoneFeatures } from './atlasSources';

describe('placeLabels on the shipped atlas', () => {
	const { atlas, problems } = readAtlas();
	const labels = placeLabels(atlas.places, historicalDate('1945-08-09').start);
	const label = (id: string) => labels.features.find((f) => f.properties.id === id)?.properties;

	it('decodes without problems', () => expect(problems).toEqual([]));

	it.each([
		['wonsan', 'Wonsan', 'Genzan'],
		['chongjin', 'Chongjin', 'Seishin'],
		['shenyang', 'Shenyang', 'Mukden'],
		['changchun', 'Changchun', 'Hsinking'],
		['lushun', 'Lüshun', 'Port Arthur'],
		['dalian', 'Dalian', 'Dairen'],
		['pyongyang', 'Pyongyang', 'Heijō'],
		['seoul', 'Seoul', 'Keijō'],
		['tokyo', 'Tokyo', '']
	])('%s is labelled %s / %s in August 1945', (id, name, period) => {
		expect(label(id)).toMatchObject({ name, period });
	});

	it('labels only points: regions are not labels', () => {
		expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
		expect(label('north-korea')).toBeUndefined();
	});
});

describe('the dated sources built from the shipped atlas', () => {
	const { atlas } = readAtlas();
	const day = (t: string) => historicalDate(t).start;

	it('gives every front one state a day, solid on keyframe dates, with one held last state', () => {
		const fronts = frontFeatures(atlas).features.filter((f) => f.properties.kind !== 'ghost');
		const byFront = new Map<string, typeof fronts>();
		for (const f of fronts) byFront.set(f.properties.front as string, [...(byFront.get(f.properties.front as string) ?? []), f]);
		expect(byFront.size).toBe(4);
		for (const [front, states] of byFront) {
			const days = states.map((s) => s.properties.from as number);
			expect(new Set(days).size, front).toBe(days.length);
			expect(states.every((s) => (s.properties.to as number) - (s.properties.from as number) === 1)).toBe(true);
			expect(states.filter((s) => s.properties.hold).length, front).toBe(1);
			const keyframeDays = atlas.frontlines.filter((k) => k.front === front).map((k) => k.date.start);
			expect(states.filter((s) => s.properties.kind === 'keyframe').map((s) => s.properties.from)).toEqual(keyframeDays);
		}
	});

	it('grows the Wonsan landing from Chongjin, whole on its last day', () => {
		const wonsan = advanceFeatures(atlas).features.filter((f) => f.properties.id === 'pacific-fleet-wonsan-landing' && f.properties.part === 'route');
		expect(wonsan.map((f) => f.properties.from)).toEqual([day('1945-08-21'), day('1945-08-22')]);
		expect(wonsan.at(-1)!.properties.hold).toBe(true);
	});

	it('dates events and zones by their spans, open-ended zones to the far future', () => {
		const wonsan = eventFeatures(atlas).features.find((f) => f.properties.id === 'wonsan-landing')!;
		expect([wonsan.properties.from, wonsan.properties.to]).toEqual([day('1945-08-21'), day('1945-08-23')]);
		const rok = zoneFeatures(atlas).features.find((f) => f.properties.id === 'rok-1948')!;
		expect(rok.properties.from).toBe(day('1948-08-15'));
		expect(rok.properties.to).toBe(OPEN_END);
		const parallel = lineFeatures(atlas).features[0]!;
		expect(parallel.properties.from).toBe(day('1945-08-17'));
	});
});
