/**
 * Turns a container element into the explorer's MapLibre map, and the explorer's date into what
 * the map draws: one update in flight at a time, the latest date wins, and each drawn date is
 * reported back (the page's `data-rendered-date`).
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Day } from '../domain/day';
import type { TimeSettings } from '../domain/timeline';
import { ARROWHEAD } from './atlasLayers';
import { arrowheadImage } from './arrowhead';
import { buildStyle } from './style';
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
}

/** The imperative handle the page holds. */
export interface MapView {
	/** Shows another date, view or window; returns at once (the drawing is reported by onRendered). */
	setTime(time: TimeSettings): void;
	/** Moves the camera at once (no animation), unless it is already there. */
	setCamera(camera: { zoom: number; lat: number; lon: number }): void;
	destroy(): void;
}

/** Whether this browser can give MapLibre a WebGL 2 context. */
export function supportsWebGL2(): boolean {
	try {
		return document.createElement('canvas').getContext('webgl2') !== null;
	} catch {
		return false;
	}
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
	const inert: MapView = { setTime() {}, setCamera() {}, destroy() {} };
	if (!supportsWebGL2()) {
		onState('error', 'This browser cannot draw the map: WebGL 2 is unavailable or disabled.');
		return inert;
	}
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
			hash: false
		});
	} catch (e) {
		onState('error', `The map could not start: ${e instanceof Error ? e.message : String(e)}`);
		return inert;
	}
	map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
	map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
	map.setMissingStyleImageResolver((id) => {
		if (id === ARROWHEAD && !map.hasImage(ARROWHEAD)) map.addImage(ARROWHEAD, arrowheadImage(), { sdf: true, pixelRatio: 2 });
	});

	let ready = false;
	let shown: TimeSettings = options.time;
	let pending: TimeSettings | null = null;
	let inFlight = false;

	function apply(time: TimeSettings) {
		inFlight = true;
		if (time.view !== shown.view) map.setGlobalStateProperty(STATE.view, time.view);
		if (time.windowDays !== shown.windowDays) map.setGlobalStateProperty(STATE.windowDays, time.windowDays);
		if (time.date !== shown.date) map.setGlobalStateProperty(STATE.date, time.date);
		shown = time;
		map.once('idle', () => {
			inFlight = false;
			onRendered(time.date);
			const next = pending;
			pending = null;
			if (next && !same(next, shown)) apply(next);
		});
		map.triggerRepaint();
	}

	// 'idle' rather than 'load': ready means the first view is fully drawn, tiles and labels included.
	map.once('idle', () => {
		ready = true;
		onState('ready');
		onRendered(shown.date);
		const next = pending;
		pending = null;
		if (next && !same(next, shown)) apply(next);
	});
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
		destroy() {
			map.remove();
		}
	};
}
