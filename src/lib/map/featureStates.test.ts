import { describe, expect, it } from 'vitest';
import { FADE_STEPS, strength } from '../domain/timeline';
import type { Timetable } from '../domain/mapData';
import { FeatureStates } from './featureStates';

const table: Timetable = {
	rows: {
		events: [
			[0, 100, 103, 1],
			[1, 110, 111, 1]
		],
		fronts: [[0, 101, 102, 0]],
		advances: [],
		zones: [[0, 90, 10_000_000, 0]],
		lines: []
	},
	events: [
		{ category: 'military', tags: ['#KoreanDivision', '#RedArmyAdvance'] },
		{ category: 'political', tags: ['#Korean'] }
	],
	categories: { fronts: ['military'], advances: [], zones: [''], lines: [] }
};
const at = (date: number) => ({ date, view: 'history' as const, windowDays: 7 });

describe('FeatureStates', () => {
	it('first gives every feature its strength, then only what changed', () => {
		const states = new FeatureStates(table);
		expect(states.update(at(101))).toEqual([
			{ source: 'events', id: 0, s: 1 },
			{ source: 'events', id: 1, s: 0 },
			{ source: 'fronts', id: 0, s: 1 },
			{ source: 'zones', id: 0, s: 1 }
		]);
		expect(states.update(at(101))).toEqual([]);
		expect(states.update(at(102))).toEqual([{ source: 'fronts', id: 0, s: 0 }]);
		expect(states.update(at(110))).toEqual([
			{ source: 'events', id: 0, s: 0.3 },
			{ source: 'events', id: 1, s: 1 }
		]);
	});

	// Regression: strengths stored as 32-bit floats never equalled the doubles computed again (0.45,
	// 0.3), so every feature that had ended was re-sent on every step.
	it.each(FADE_STEPS.map((s) => [s.strength, s.upTo]))('sends nothing on a second update of the same date (strength %f)', (s, upTo) => {
		const states = new FeatureStates(table);
		// Event 0 runs [100, 103): on day 102 + upTo its age is upTo, the last day of that fade step.
		const date = Number.isFinite(upTo) ? 103 + upTo - 1 : 103 + 1000;
		expect(states.update(at(date))).toContainEqual({ source: 'events', id: 0, s });
		expect(states.update(at(date))).toEqual([]);
	});

	it('agrees with the domain rule for every feature on every day, and answers clicks', () => {
		const states = new FeatureStates(table);
		for (let date = 85; date < 200; date++) {
			states.update(at(date));
			for (const [source, rows] of Object.entries(table.rows)) {
				for (const [id, from, to, hold] of rows) {
					expect(states.shown(source, id), `${source} ${id} on ${date}`).toBe(strength({ from, to, hold: hold === 1 }, at(date)) > 0);
				}
			}
		}
	});

	it('hides what the category filters leave out, fronts as well as events; a zone with no category only while a box is ticked', () => {
		const states = new FeatureStates(table);
		states.update(at(101));
		expect(states.update(at(101), { categories: ['political'], tag: '' })).toEqual([
			{ source: 'events', id: 0, s: 0 },
			{ source: 'fronts', id: 0, s: 0 },
			{ source: 'zones', id: 0, s: 0 }
		]);
		expect(states.update(at(101), { categories: ['military'], tag: '' })).toEqual([
			{ source: 'events', id: 0, s: 1 },
			{ source: 'fronts', id: 0, s: 1 }
		]);
		expect(states.update(at(101))).toEqual([{ source: 'zones', id: 0, s: 1 }]);
	});

	it('hides the events a hashtag leaves out, and leaves the fronts and zones drawn', () => {
		const states = new FeatureStates(table);
		states.update(at(110));
		// '#Korean' is not a prefix match for '#KoreanDivision'.
		expect(states.update(at(110), { categories: [], tag: '#KoreanDivision' })).toEqual([{ source: 'events', id: 1, s: 0 }]);
		expect(states.shown('zones', 0)).toBe(true);
		expect(states.update(at(110))).toEqual([{ source: 'events', id: 1, s: 1 }]);
	});
});
