import { describe, expect, it } from 'vitest';
import { decodedFixture, testSource as source, type Fixture } from '../data/fixtures/decoded';
import { compileAtlas } from './compile';
import { KIND_NAMES, refKey, type CompiledAtlas } from './feature';
import { historicalDate } from './historicalDate';
import { frontDays, listItems, spans } from './summaries';
import { OPEN_END } from './timeline';

type Json = Record<string, unknown>;

const day = (text: string) => historicalDate(text).start;

/** The fixture atlas (after `edit`), decoded without a problem and compiled. */
const compiled = (edit?: (fixture: Fixture) => void): CompiledAtlas => compileAtlas(decodedFixture(edit));

const event = (id: string, start: string, properties: Json = {}): Json => ({
	type: 'Feature',
	id,
	properties: { title: `Event ${id}`, start, category: 'military', summary: 'A test event.', tags: ['#Test'], places: ['town-a'], sources: source(), ...properties },
	geometry: { type: 'Point', coordinates: [110, 20] }
});

describe('listItems', () => {
	const atlas = compiled((fixture) => (fixture.events.features as unknown[]).push(event('late', '1946-01-01', { category: 'trade', tags: ['#Late'] }), event('early', '1945-08-01')));
	const list = listItems(atlas);

	it('lists events first in date order, then fronts, advances, zones and lines: never keyframes or places', () => {
		expect(list.map((i) => refKey(i.ref))).toEqual([
			'event:early',
			'event:event-a',
			'event:late',
			'front:front-a',
			'feature:advance-a',
			'feature:zone-a',
			'feature:line-a'
		]);
	});

	it.each([
		['event', 'event-a', { label: 'Event A', from: day('1945-08-21'), to: day('1945-08-23'), hold: true, when: '21–22 August 1945', category: 'military', tags: ['#Test'], place: 'Region B' }],
		['event', 'late', { label: 'Event late', category: 'trade', tags: ['#Late'], place: 'Town A' }],
		['front', 'front-a', { label: 'Front A', from: day('1945-08-10'), to: day('1945-08-13'), hold: true, when: '10–12 August 1945', category: 'military', place: '' }],
		['advance', 'advance-a', { label: 'Advance A', from: day('1945-08-09'), to: day('1945-08-21'), hold: true, when: '9–20 August 1945' }],
		['zone', 'zone-a', { label: 'Zone A', from: day('1945-08-01'), to: day('1948-09-10'), hold: false, category: null }],
		['line', 'line-a', { label: 'Line A', from: day('1945-08-15'), to: OPEN_END, hold: false, when: 'from 15 August 1945' }]
	] as const)('names the %s %s as the list shows it', (kind, id, fields) => {
		const item = list.find((i) => i.ref.id === id)!;
		expect(item).toMatchObject({ kind, kindName: KIND_NAMES[kind], ...fields });
	});

	it('names each kind in words', () => {
		expect(Object.fromEntries(list.map((i) => [i.kind, i.kindName]))).toEqual({ event: 'event', front: 'front', advance: 'axis of advance', zone: 'zone', line: 'line' });
	});
});

describe('spans', () => {
	const atlas = compiled();

	it('gives every dated feature its days by ref key, keyframes included, places not', () => {
		const all = spans(atlas);
		expect(all.map((s) => s.key)).toEqual([
			'event:event-a',
			'front:front-a',
			'feature:front-a-1945-08-10',
			'feature:front-a-1945-08-12',
			'feature:advance-a',
			'feature:zone-a',
			'feature:line-a'
		]);
		expect(all.find((s) => s.key === 'feature:front-a-1945-08-12')).toEqual({ key: 'feature:front-a-1945-08-12', from: day('1945-08-12'), to: day('1945-08-13'), hold: false });
		expect(all.find((s) => s.key === 'front:front-a')).toEqual({ key: 'front:front-a', from: day('1945-08-10'), to: day('1945-08-13'), hold: true });
		expect(all.find((s) => s.key === 'feature:line-a')).toMatchObject({ to: OPEN_END, hold: false });
	});
});

describe('frontDays', () => {
	it("gives each front's movement on each of its own days (not its ghosts'), none on its first", () => {
		const atlas = compiled((fixture) =>
			(fixture.frontlines.features as unknown[]).push({
				...fixture.frontlines.features[0]!,
				id: 'front-b-1945-08-11',
				properties: { ...fixture.frontlines.features[0]!.properties, front: 'front-b', frontName: 'Front B', date: '1945-08-11' }
			})
		);
		const days = frontDays(atlas);
		expect(days.map((d) => [d.front, d.name, d.day])).toEqual([
			['front-a', 'Front A', day('1945-08-10')],
			['front-a', 'Front A', day('1945-08-11')],
			['front-a', 'Front A', day('1945-08-12')],
			['front-b', 'Front B', day('1945-08-11')]
		]);
		// Each keyframe moves the line one degree east: about 80 km at 45°N, half of it each day.
		const moved = days.map((d) => d.movedKm);
		expect(moved[0]).toBe(0);
		expect(moved[1]).toBeGreaterThan(30);
		expect(moved[1]).toBeLessThan(50);
		expect(moved[2]).toBeGreaterThan(30);
		expect(moved[3]).toBe(0);
		expect(moved.every(Number.isInteger)).toBe(true);
	});
});
