/**
 * Turns the selection, held in the style's global state, into the highlight of the selected feature.
 * (The event filters act through feature-state, like the date: see featureStates.ts.)
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const FILTER_STATE = { selected: 'selected' } as const;

/** True for the parts of the selected feature: each carries its feature's ref key ("front:<id>"). */
export const isSelected = (): ExpressionSpecification => ['==', ['get', 'ref'], ['global-state', FILTER_STATE.selected]];

/** The style's initial selection: none. */
export const initialFilterState = { [FILTER_STATE.selected]: { default: '' } };
