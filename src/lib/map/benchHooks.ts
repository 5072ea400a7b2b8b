/**
 * The benchmark's and the browser tests' hooks into a live map (only with `?bench` in the page URL):
 * a repaint that changes nothing (the floor of a step), a wait for an idle map, the baseline way of
 * scrubbing (OpenHistoricalMap's, which rewrites every dated layer's filter with setFilter on each
 * step instead of setting feature-states), new data at run time, the labels a layer shows and what
 * a layer draws, and where a place is on screen. The benchmark drives the baseline itself: the
 * explorer's own path has no trace of it.
 */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Day } from '../domain/day';
import { DATED_SOURCES } from '../domain/feature';
import type { TimeSettings } from '../domain/timeline';
import type { AtlasData } from './atlasData';
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

/** What the hooks may reach of a live map view. */
export interface BenchHost {
	map: MapLibreMap;
	/** The date, view and window the map shows. */
	time(): TimeSettings;
	/** Gives every dated feature full strength (the "all" view), so that only filters hide features. */
	showAll(): void;
	/** The map view's own setAtlas. */
	setAtlas(data: AtlasData): Promise<void>;
	/** Whether a dated feature is drawn now (its strength above 0). */
	shown(source: string, id: number): boolean;
}

/** What `window.__bench` holds. */
export interface BenchHooks {
	/** A repaint that changes nothing, resolved once it is drawn: the floor of a step. */
	repaint(): Promise<void>;
	/** Resolved once the map is next idle: nothing left to load, parse or draw. */
	idle(): Promise<void>;
	/**
	 * Draws `date` the baseline way, resolved once the map is idle (the tiles re-parsed). The first
	 * call leaves the explorer's way: every feature at full strength, the filters doing the dating.
	 */
	setFilter(date: Day): Promise<void>;
	/** Hands the map new data, resolved once it is drawn. */
	setAtlas(data: AtlasData): Promise<void>;
	/** The names a symbol layer shows now: the labels the map placed, not those a collision hid. */
	labels(layer: string): string[];
	/**
	 * The properties of every feature a layer draws in the view (a dated one only while its strength
	 * is above 0: a hidden one is still in the tiles, transparent), one entry per feature id.
	 */
	drawn(layer: string): Record<string, unknown>[];
	/** Where a place is on the map's canvas, in CSS pixels: tests click a large layer's row there. */
	project(lon: number, lat: number): { x: number; y: number };
}

/** The hooks on one map view. */
export function benchHooks(host: BenchHost): BenchHooks {
	const { map } = host;
	let filters: Map<string, FilterSpecification> | null = null;
	const drawn = (event: 'render' | 'idle') =>
		new Promise<void>((resolve) => {
			map.once(event, () => resolve());
			map.triggerRepaint();
		});
	return {
		repaint: () => drawn('render'),
		idle: () => drawn('idle'),
		setFilter(date) {
			if (!filters) {
				// Read before the first rewrite: the layers' own filters, with their global-state references.
				filters = datedFilters(map);
				host.showAll();
			}
			applyBySetFilter(map, filters, { ...host.time(), date }, map.getGlobalState());
			return drawn('idle');
		},
		setAtlas: (data) => host.setAtlas(data),
		labels: (layer) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties['name'] ?? '')),
		drawn(layer) {
			const seen = new Map<string, Record<string, unknown>>();
			for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
				const dated = (DATED_SOURCES as readonly string[]).includes(f.source);
				if (!dated || host.shown(f.source, Number(f.id))) seen.set(`${f.source}:${String(f.id)}`, f.properties);
			}
			return [...seen.values()];
		},
		project(lon, lat) {
			const { x, y } = map.project([lon, lat]);
			return { x, y };
		}
	};
}

/** Exposes {@link benchHooks} as `window.__bench`, for the benchmark and the browser tests. */
export function exposeBenchHooks(host: BenchHost): void {
	(window as unknown as { __bench: BenchHooks }).__bench = benchHooks(host);
}
