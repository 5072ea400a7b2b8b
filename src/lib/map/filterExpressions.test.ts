import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { passesFilters, tagsText, type EventFilters } from '../domain/filters';
import { eventFilter } from './filterExpressions';

const EVENTS = [
	{ category: 'military', tags: ['#RedArmyAdvance', '#KoreanDivision'] },
	{ category: 'political', tags: ['#KoreanDivision'] },
	{ category: 'diplomatic', tags: ['#ColdWarOrigins'] },
	{ category: 'context', tags: ['#Korean'] }
];
const FILTERS: EventFilters[] = [
	{ categories: [], tag: '' },
	{ categories: ['military'], tag: '' },
	{ categories: ['military', 'diplomatic'], tag: '' },
	{ categories: [], tag: '#KoreanDivision' },
	{ categories: [], tag: '#Korean' },
	{ categories: ['political'], tag: '#KoreanDivision' },
	{ categories: ['context'], tag: '#KoreanDivision' }
];

describe('the style filter for categories and tags agrees with the domain rule', () => {
	it.each(FILTERS)('%j', (filters) => {
		const filter = featureFilter(eventFilter, 'filter', { categories: filters.categories, tag: filters.tag, selected: '' });
		for (const event of EVENTS) {
			const feature = { type: 1, properties: { category: event.category, tags: tagsText(event.tags) } } as never;
			expect(filter.filter({ zoom: 5 }, feature), `${JSON.stringify(event)}`).toBe(passesFilters(event, filters));
		}
	});
});
