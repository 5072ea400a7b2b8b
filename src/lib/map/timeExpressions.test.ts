import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { isShown, VIEWS, type Timed } from '../domain/timeline';
import { timeFilter } from './timeExpressions';

// Fixtures on and around every boundary: a one-day feature, a held event, an open-ended zone.
const FEATURES: Timed[] = [
	{ from: 100, to: 101, hold: false },
	{ from: 100, to: 103, hold: true },
	{ from: 100, to: 103, hold: false },
	{ from: -719528, to: -719527, hold: true },
	{ from: 100, to: 10_000_000, hold: false }
];
const DAYS = [-719529, -719528, -719527, 98, 99, 100, 101, 102, 103, 104, 105, 106, 109, 110, 111, 500];

describe('the style filter and the domain rule agree', () => {
	for (const view of VIEWS) {
		for (const windowDays of [1, 7]) {
			it(`${view} view, window ${windowDays}`, () => {
				const disagreements: string[] = [];
				for (const t of FEATURES) {
					for (const date of DAYS) {
						const filter = featureFilter(timeFilter, 'filter', { date, view, windowDays });
						const feature = { type: 1, properties: { from: t.from, to: t.to, hold: t.hold } } as never;
						const byStyle = filter.filter({ zoom: 5 }, feature);
						const byDomain = isShown(t, { date, view, windowDays });
						if (byStyle !== byDomain) disagreements.push(`${JSON.stringify(t)} on ${date}: style ${byStyle}, domain ${byDomain}`);
					}
				}
				expect(disagreements).toEqual([]);
			});
		}
	}

	it('is a real filter: it hides something on some day in every view but "all"', () => {
		for (const view of ['history', 'date', 'window'] as const) {
			const filter = featureFilter(timeFilter, 'filter', { date: 99, view, windowDays: 7 });
			expect(filter.filter({ zoom: 5 }, { type: 1, properties: { from: 100, to: 101, hold: true } } as never)).toBe(false);
		}
	});
});
