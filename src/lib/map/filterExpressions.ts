/**
 * Turns the selection, held in the style's global state, into the highlight of the selected feature.
 * (The event filters act through feature-state, like the date: see featureStates.ts.)
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const FILTER_STATE = { selected: 'selected' } as const;

/** True for the selected feature (compared on `property`: "id", or "front" for fronts). */
export const isSelected = (property = 'id'): ExpressionSpecification => ['==', ['get', property], ['global-state', FILTER_STATE.selected]];

/** The style's initial selection: none. */
export const initialFilterState = { [FILTER_STATE.selected]: { default: '' } };
