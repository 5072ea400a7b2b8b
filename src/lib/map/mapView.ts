/**
 * Turns a container element into the explorer's MapLibre map, and the explorer's date into what
 * the map draws: one update in flight at a time, the latest date wins, and each drawn date is
 * reported back (the page's `data-rendered-date`).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Day } from '../domain/day';
import type { TimeSettings } from '../domain/timeline';
import { ARROWHEAD, DATED_SOURCES, INTERACTIVE_LAYERS } from './atlasLayers';
import type { Timetable } from './atlasSources';
import { FeatureStates } from './featureStates';
import { arrowheadImage } from './arrowhead';
import { applyBySetFilter, datedFilters, exposeBenchHooks } from './benchHooks';
import { buildStyle } from './style';
import type { EventFilters } from '../domain/filters';
import { FILTER_STATE } from './filterExpressions';
import { STATE } from './timeExpressions';

/** What the map container reports in `data-state`. */
export type MapState = 'loading' | 'ready' | 'error';

/** Options of {@link createMapView}. */
export interface MapViewOptions {
	container: HTMLElement;
	camera: { zoom: number; lat: number; lon: number };
	minZoom: number;
	maxZoom: number;
	/** The path prefix the app is served under (SvelteKit's `base`). */
	basePath: string;
	/** The date, view and window to draw first. */
	time: TimeSettings;
	/** Called on every state change; `message` explains an error in words. */
	onState: (state: MapState, message?: string) => void;
	/** Called once the map has finished drawing a date. */
	onRendered: (date: Day) => void;
	/** Called when the camera has stopped moving. */
	onCamera: (camera: { zoom: number; lat: number; lon: number }) => void;
	/** Called with the features under a click, top first (none when the click hit nothing). */
	onPick: (picks: Pick[], point: { x: number; y: number }, lonLat: [number, number]) => void;
	/** Called with the feature under the pointer (null when there is none). */
	onHover: (pick: Pick | null, point: { x: number; y: number }) => void;
}

/** How many pixels of the map panels hide on each side. */
export interface Covered {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A feature under the pointer: which layer drew it, and its properties. */
export interface Pick {
	layer: string;
	properties: Record<string, unknown>;
}

/** The imperative handle the page holds. */
export interface MapView {
	/** Shows another date, view or window; returns at once (the drawing is reported by onRendered). */
	setTime(time: TimeSettings): void;
	/** Moves the camera at once (no animation), unless it is already there. */
	setCamera(camera: { zoom: number; lat: number; lon: number }): void;
	/**
	 * Centres on a point if it is outside the part of the view that panels leave free (`covered`: the
	 * pixels hidden on each side); animated unless the user prefers reduced motion.
	 */
	reveal(lonLat: [number, number], covered?: Covered): void;
	/** Highlights one feature by id ('' for none). */
	setSelected(id: string): void;
	/** Shows only the events that pass these filters. */
	setFilters(filters: EventFilters): void;
	destroy(): void;
}

const ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via world-atlas';

const same = (a: TimeSettings, b: TimeSettings) => a.date === b.date && a.view === b.view && a.windowDays === b.windowDays;

/**
 * Creates the map. Never throws: a missing WebGL 2 or a failure while loading becomes
 * `onState('error', message)`.
 */
export function createMapView(options: MapViewOptions): MapView {
	const { container, onState, onRendered } = options;
	const inert: MapView = { setTime() {}, setCamera() {}, reveal() {}, setSelected() {}, setFilters() {}, destroy() {} };
	maplibregl.setWorkerUrl(workerUrl);
	onState('loading');
	let map: maplibregl.Map;
	try {
		map = new maplibregl.Map({
			container,
			style: buildStyle({ base: window.location.href, basePath: options.basePath, time: options.time }),
			center: [options.camera.lon, options.camera.lat],
			zoom: options.camera.zoom,
			minZoom: options.minZoom,
			maxZoom: options.maxZoom,
			attributionControl: false,
			// A restored camera is the page's job (the URL hash), not MapLibre's.
			hash: false,
			// Labels appear at once: a 300 ms fade would hold every date change back from 'idle'.
			fadeDuration: 0
		});
	} catch (e) {
		// MapLibre asks for the context itself: probing first with a context of our own would cost a
		// second context creation (over 100 ms with software rendering) on every start.
		if (e instanceof maplibregl.GPUInitializationError) onState('error', 'This browser cannot draw the map: WebGL 2 is unavailable or disabled.');
		else onState('error', `The map could not start: ${e instanceof Error ? e.message : String(e)}`);
		return inert;
	}
	map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
	map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
	map.setMissingStyleImageResolver((id) => {
		if (id === ARROWHEAD && !map.hasImage(ARROWHEAD)) map.addImage(ARROWHEAD, arrowheadImage(), { sdf: true, pixelRatio: 2 });
	});

	let ready = false;
	// Highlight and filters wait for the style; the latest value is applied once it has loaded.
	let selected = '';
	let eventFilters: EventFilters | null = null;
	const applyHighlight = () => map.setGlobalStateProperty(FILTER_STATE.selected, selected);
	let shown: TimeSettings = options.time;
	let pending: TimeSettings | null = null;
	let inFlight = false;

	// `?bench&strategy=setfilter`: the benchmark's baseline, OpenHistoricalMap's way of scrubbing.
	const params = new URLSearchParams(window.location.search);
	const bySetFilter = params.has('bench') && params.get('strategy') === 'setfilter';
	let filters: Map<string, maplibregl.FilterSpecification> | null = null;
	let states: FeatureStates | null = null;

	/** Gives every dated feature whose strength changed its new feature-state. */
	function applyStates(time: TimeSettings) {
		const changes = states!.update(bySetFilter ? { ...time, view: 'all' } : time, eventFilters ?? undefined);
		for (const { source, id, s } of changes) map.setFeatureState({ source, id }, { s });
	}

	function apply(time: TimeSettings) {
		inFlight = true;
		// The view only changes which kinds of front line show (a rare change, worth a reload).
		const reload = bySetFilter || time.view !== shown.view;
		if (time.view !== shown.view) map.setGlobalStateProperty(STATE.view, time.view);
		if (bySetFilter) {
			filters ??= datedFilters(map);
			applyBySetFilter(map, filters, time, { selected });
		} else applyStates(time);
		shown = time;
		// Feature-states show in the next frame, even while the camera moves ('idle' would wait for
		// the camera to stop); a reload of tiles is drawn only once the map is idle again.
		map.once(reload ? 'idle' : 'render', () => {
			inFlight = false;
			onRendered(time.date);
			const next = pending;
			pending = null;
			if (next && !same(next, shown)) apply(next);
		});
		map.triggerRepaint();
	}

	// Ready means the first date is fully drawn: the style and its tiles, then the feature-states
	// from the time table, then an 'idle' map.
	const table = fetch(new URL(`${options.basePath}/atlas/timetable.json`, window.location.href)).then((r) =>
		r.ok ? (r.json() as Promise<Timetable>) : Promise.reject(new Error(`the time table answered HTTP ${r.status}`))
	);
	map.once('load', () => {
		table
			.then((t) => {
				states = new FeatureStates(t);
				applyStates(shown);
				map.once('idle', whenReady);
				map.triggerRepaint();
			})
			.catch((e: Error) => onState('error', `The map failed to load its data: ${e.message}`));
	});
	function whenReady() {
		ready = true;
		applyHighlight();
		if (params.has('bench')) exposeBenchHooks(map);
		onState('ready');
		onRendered(shown.date);
		const next = pending;
		pending = null;
		if (next && !same(next, shown)) apply(next);
	}
	const picksAt = (point: { x: number; y: number }): Pick[] => {
		const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
		const box: [[number, number], [number, number]] = [
			[point.x - 5, point.y - 5],
			[point.x + 5, point.y + 5]
		];
		const seen = new Set<string>();
		const picks: Pick[] = [];
		for (const f of map.queryRenderedFeatures(box, { layers })) {
			// Dated features the date hides are still in the tiles, drawn transparent: not clickable.
			if ((DATED_SOURCES as readonly string[]).includes(f.source) && !states?.shown(f.source, Number(f.id))) continue;
			const key = `${f.layer.id === 'place-label' ? 'place-dot' : f.layer.id}:${String(f.properties['id'] ?? f.properties['front'])}`;
			if (seen.has(key)) continue;
			seen.add(key);
			picks.push({ layer: f.layer.id === 'place-label' ? 'place-dot' : f.layer.id, properties: f.properties });
		}
		return picks;
	};
	map.on('click', (event) => options.onPick(picksAt(event.point), event.point, [event.lngLat.lng, event.lngLat.lat]));
	map.on('mousemove', (event) => {
		const [top] = picksAt(event.point);
		map.getCanvas().style.cursor = top ? 'pointer' : '';
		options.onHover(top ?? null, event.point);
	});
	map.on('mouseout', () => options.onHover(null, { x: 0, y: 0 }));
	map.on('moveend', () => {
		const { lng, lat } = map.getCenter();
		options.onCamera({ zoom: map.getZoom(), lat, lon: lng });
	});
	map.on('error', (event) => {
		const message = event.error instanceof Error ? event.error.message : 'unknown error';
		onState('error', `The map failed to load its data: ${message}`);
	});
	return {
		setTime(time) {
			if (!ready || inFlight) pending = time;
			else if (!same(time, shown)) apply(time);
		},
		setCamera({ zoom, lat, lon }) {
			const c = map.getCenter();
			const near = (a: number, b: number, e: number) => Math.abs(a - b) < e;
			if (near(map.getZoom(), zoom, 0.01) && near(c.lat, lat, 1e-4) && near(c.lng, lon, 1e-4)) return;
			map.jumpTo({ center: [lon, lat], zoom });
		},
		reveal(lonLat, covered) {
			const canvas = map.getCanvas();
			const [width, height] = [canvas.clientWidth, canvas.clientHeight];
			// Panels that leave less than 120 px free either way are ignored: the point goes to the middle.
			const free = covered && width - covered.left - covered.right > 120 && height - covered.top - covered.bottom > 120;
			const c = free ? covered : { top: 0, right: 0, bottom: 0, left: 0 };
			const p = map.project(lonLat);
			const margin = 24;
			if (p.x >= c.left + margin && p.x <= width - c.right - margin && p.y >= c.top + margin && p.y <= height - c.bottom - margin) return;
			// The free part's centre, as an offset from the map's centre (no lasting camera padding).
			const offset: [number, number] = [(c.left - c.right) / 2, (c.top - c.bottom) / 2];
			map.easeTo({ center: lonLat, offset, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 });
		},
		setSelected(id) {
			selected = id;
			if (ready) applyHighlight();
		},
		setFilters(next) {
			eventFilters = next;
			if (!ready || !states) return;
			applyStates(shown);
			map.triggerRepaint();
		},
		destroy() {
			map.remove();
		}
	};
}
