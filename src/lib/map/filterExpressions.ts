/**
 * Turns the explorer's event filters and selection, held in the style's global state, into
 * expressions: the style's copy of domain/filters.ts, and the highlight of the selected feature.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NO_FILTERS } from '../domain/filters';

export const FILTER_STATE = { categories: 'categories', tag: 'tag', selected: 'selected' } as const;

/** True where the event passes the category and hashtag filters (see domain/filters.passesFilters). */
export const eventFilter: ExpressionSpecification = [
	'all',
	['any', ['==', ['length', ['global-state', FILTER_STATE.categories]], 0], ['in', ['get', 'category'], ['global-state', FILTER_STATE.categories]]],
	['any', ['==', ['global-state', FILTER_STATE.tag], ''], ['in', ['concat', '|', ['global-state', FILTER_STATE.tag], '|'], ['get', 'tags']]]
];

/** True for the selected feature (compared on `property`: "id", or "front" for fronts). */
export const isSelected = (property = 'id'): ExpressionSpecification => ['==', ['get', property], ['global-state', FILTER_STATE.selected]];

/** The style's initial filter and selection state. */
export const initialFilterState = {
	[FILTER_STATE.categories]: { default: [...NO_FILTERS.categories] },
	[FILTER_STATE.tag]: { default: NO_FILTERS.tag },
	[FILTER_STATE.selected]: { default: '' }
};
