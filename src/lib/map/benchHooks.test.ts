import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { timeFilter } from './timeExpressions';
import { withLiterals } from './benchHooks';

describe('the baseline filters (dates written in) select what the global-state filters select', () => {
	const filter = timeFilter as FilterSpecification;
	const state = { date: 105, view: 'window', windowDays: 3 };

	it('leaves no global-state reference behind', () => {
		expect(JSON.stringify(withLiterals(filter, state))).not.toContain('global-state');
	});

	it.each([
		[100, 101, true],
		[100, 106, false],
		[104, 106, true],
		[106, 110, true],
		[90, 101, true],
		[90, 101, false]
	])('[%i, %i) hold %s', (from, to, hold) => {
		const feature = { type: 1, properties: { from, to, hold } } as never;
		const byState = featureFilter(filter, 'filter', state).filter({ zoom: 5 }, feature);
		const byLiteral = featureFilter(withLiterals(filter, state) as FilterSpecification, 'filter').filter({ zoom: 5 }, feature);
		expect(byLiteral).toBe(byState);
	});
});
