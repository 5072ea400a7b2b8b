/**
 * Turns the domain's visibility rule (domain/timeline.ts) into a MapLibre filter that reads the date,
 * view and window from the style's global state. The explorer draws dates with feature-state
 * (featureStates.ts), which measured faster; this filter is the benchmark's setFilter baseline.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { DEFAULT_WINDOW_DAYS, type TimeSettings } from '../domain/timeline';

/** The names of the global-state properties the slider sets. */
export const STATE = { date: 'date', view: 'view', windowDays: 'windowDays' } as const;

const date: ExpressionSpecification = ['global-state', STATE.date];
const from: ExpressionSpecification = ['get', 'from'];
const to: ExpressionSpecification = ['get', 'to'];
const hold: ExpressionSpecification = ['to-boolean', ['get', 'hold']];

/** The layer filter: true where domain/timeline.isShown is true for the feature's from, to and hold. */
export const timeFilter: ExpressionSpecification = [
	'match',
	['global-state', STATE.view],
	'all',
	true,
	'date',
	['all', ['<=', from, date], ['<', date, to]],
	'window',
	['all', ['<=', from, date], ['<', date, ['+', to, ['case', hold, ['global-state', STATE.windowDays], 0]]]],
	['all', ['<=', from, date], ['any', hold, ['<', date, to]]]
];

/** The style's `state` block: its initial date, view and window. */
export function initialState(settings: TimeSettings): Record<string, { default: string | number }> {
	return {
		[STATE.date]: { default: settings.date },
		[STATE.view]: { default: settings.view },
		[STATE.windowDays]: { default: settings.windowDays ?? DEFAULT_WINDOW_DAYS }
	};
}
