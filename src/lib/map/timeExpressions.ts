/**
 * Turns the domain's visibility rule (domain/timeline.ts) into a MapLibre filter that reads the date,
 * view and window from the style's global state. The explorer draws dates with feature-state
 * (featureStates.ts), which measured faster; this filter is the benchmark's setFilter baseline.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { TimeSettings } from '../domain/timeline';

/** The names of the global-state properties the time filter reads (the view is also in the style). */
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

/**
 * The style's `state` block: the view of time, which the front and advance layers read (the "all"
 * view draws only their last day). Dates reach the map as feature-states, not through global state.
 */
export function initialState(settings: Pick<TimeSettings, 'view'>): Record<string, { default: string }> {
	return { [STATE.view]: { default: settings.view } };
}
