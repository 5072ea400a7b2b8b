import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { eventFilter } from './filterExpressions';
import { timeFilter } from './timeExpressions';
import { withLiterals } from './benchHooks';

describe('the baseline filters (dates written in) select what the global-state filters select', () => {
	const filter = ['all', timeFilter, eventFilter] as FilterSpecification;
	const state = { date: 105, view: 'window', windowDays: 3, categories: ['military'], tag: '', selected: '' };

	it('leaves no global-state reference behind', () => {
		expect(JSON.stringify(withLiterals(filter, state))).not.toContain('global-state');
	});

	it.each([
		[100, 101, true, 'military'],
		[100, 101, true, 'political'],
		[100, 106, false, 'military'],
		[104, 106, true, 'military'],
		[106, 110, true, 'military'],
		[90, 101, true, 'military']
	])('[%i, %i) hold %s %s', (from, to, hold, category) => {
		const feature = { type: 1, properties: { from, to, hold, category, tags: '|#A|' } } as never;
		const byState = featureFilter(filter, 'filter', state).filter({ zoom: 5 }, feature);
		const byLiteral = featureFilter(withLiterals(filter, state) as FilterSpecification, 'filter').filter({ zoom: 5 }, feature);
		expect(byLiteral).toBe(byState);
	});
});
