/**
 * The benchmark's hooks into a live map (only with `?bench` in the page URL): a repaint that changes
 * nothing (the floor of a step), and the baseline way of scrubbing, OpenHistoricalMap's, which
 * rewrites every dated layer's filter with setFilter on each step instead of setting global state.
 */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { TimeSettings } from '../domain/timeline';
import { DATED_SOURCES } from './atlasLayers';
import { timeFilter } from './timeExpressions';

/** Replaces every ['global-state', name] in an expression with its value in `state`. */
export function withLiterals(expression: unknown, state: Record<string, unknown>): unknown {
	if (!Array.isArray(expression)) return expression;
	if (expression[0] === 'global-state' && typeof expression[1] === 'string' && expression[1] in state) {
		const value = state[expression[1]];
		return Array.isArray(value) ? ['literal', value] : value;
	}
	return expression.map((e) => withLiterals(e, state));
}

/** Each dated layer's filter with the time filter added, to rewrite from on every step. */
export function datedFilters(map: MapLibreMap): Map<string, FilterSpecification> {
	const filters = new Map<string, FilterSpecification>();
	for (const layer of map.getStyle().layers) {
		if (!('source' in layer) || !(DATED_SOURCES as readonly string[]).includes(layer.source)) continue;
		const own = 'filter' in layer ? layer.filter : undefined;
		filters.set(layer.id, (own ? ['all', timeFilter, own] : timeFilter) as FilterSpecification);
	}
	return filters;
}

/** Applies a date the baseline way: one setFilter per dated layer, with the date written in. */
export function applyBySetFilter(map: MapLibreMap, filters: Map<string, FilterSpecification>, time: TimeSettings, extra: Record<string, unknown>): void {
	const state = { ...extra, date: time.date, view: time.view, windowDays: time.windowDays };
	for (const [id, filter] of filters) map.setFilter(id, withLiterals(filter, state) as FilterSpecification);
}

/** Exposes `window.__bench.repaint()`: a repaint that changes nothing, resolved once it is drawn. */
export function exposeBenchHooks(map: MapLibreMap): void {
	(window as unknown as { __bench: object }).__bench = {
		repaint: () =>
			new Promise<void>((resolve) => {
				map.once('render', () => resolve());
				map.triggerRepaint();
			})
	};
}
