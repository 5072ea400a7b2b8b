/**
 * Turns a container element into the explorer's MapLibre map, and reports its state (loading,
 * ready, error with a message) so the page can say in words when the map cannot be drawn.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { buildStyle } from './style';

/** What the map container reports in `data-state`. */
export type MapState = 'loading' | 'ready' | 'error';

/** Options of {@link createMapView}. */
export interface MapViewOptions {
	container: HTMLElement;
	center: [number, number];
	zoom: number;
	/** The path prefix the app is served under (SvelteKit's `base`). */
	basePath: string;
	/** Called on every state change; `message` explains an error in words. */
	onState: (state: MapState, message?: string) => void;
}

/** The imperative handle the page holds. */
export interface MapView {
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

/**
 * Creates the map. Never throws: a missing WebGL 2 or a failure while loading becomes
 * `onState('error', message)`.
 */
export function createMapView(options: MapViewOptions): MapView {
	const { container, onState } = options;
	if (!supportsWebGL2()) {
		onState('error', 'This browser cannot draw the map: WebGL 2 is unavailable or disabled.');
		return { destroy() {} };
	}
	maplibregl.setWorkerUrl(workerUrl);
	onState('loading');
	let map: maplibregl.Map;
	try {
		map = new maplibregl.Map({
			container,
			style: buildStyle({ base: window.location.href, basePath: options.basePath }),
			center: options.center,
			zoom: options.zoom,
			minZoom: 1,
			maxZoom: 10,
			attributionControl: false,
			// A restored camera is the page's job (the URL hash), not MapLibre's.
			hash: false,
			cooperativeGestures: false
		});
	} catch (e) {
		onState('error', `The map could not start: ${e instanceof Error ? e.message : String(e)}`);
		return { destroy() {} };
	}
	map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
	map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
	map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
	// 'idle' rather than 'load': ready means the first view is fully drawn, tiles and labels included.
	map.once('idle', () => onState('ready'));
	map.on('error', (event) => {
		const message = event.error instanceof Error ? event.error.message : 'unknown error';
		onState('error', `The map failed to load its data: ${message}`);
	});
	return {
		destroy() {
			map.remove();
		}
	};
}
