/**
 * Turns a container element into the explorer's MapLibre map, and the explorer's date and atlas into
 * what the map draws: one update in flight at a time, the latest date wins, each drawn date is
 * reported back (the page's `data-rendered-date`), and a file that fails to load keeps the map in error.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { FeatureCollection } from 'geojson';
import type { Day } from '../domain/day';
import { DATED_SOURCES, type DatedSource } from '../domain/feature';
import type { TimeSettings } from '../domain/timeline';
import { ARROWHEAD, INTERACTIVE_LAYERS } from './atlasLayers';
import { atlasProblem, collectionProblem, fitProblem, timetableProblem, type AtlasData, type AtlasSource } from './atlasData';
import type { Timetable } from '../domain/mapData';
import { FeatureStates } from './featureStates';
import { arrowheadImage } from './arrowhead';
import { exposeBenchHooks } from './benchHooks';
import { failureMessage, loadFailure, shownPath } from './failures';
import { DrawQueue } from './drawQueue';
import { buildStyle, type StyleOptions } from './style';
import { NO_FILTERS, type EventFilters } from '../domain/filters';
import { FILTER_STATE } from './filterExpressions';
import { STATE } from './timeExpressions';
import type { LargeLayer } from '../import/columns';
import type { GpuLayers } from './gpuLayers';

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
	/** Called when the camera has stopped moving, and with the opening camera once the map is ready. */
	onCamera: (camera: { zoom: number; lat: number; lon: number }) => void;
	/** Called with the features under a click, top first (none when the click hit nothing). */
	onPick: (picks: Pick[], point: { x: number; y: number }, lonLat: [number, number]) => void;
	/** Called with the feature under the pointer (null when there is none). */
	onHover: (pick: Pick | null, point: { x: number; y: number }) => void;
	/** What the atlas decides of the map's look (colours, labels). */
	look: StyleOptions['atlas'];
	/** The atlas by value (an imported one); without it the map loads the built atlas's files by URL. */
	atlas?: AtlasData;
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

/** A large layer, drawn on the GPU from its columns. */
export type GpuLayer = LargeLayer;

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
	/** Frames a box (west, south, east, north) in the part of the view that panels leave free. */
	fit(bbox: [number, number, number, number], covered?: Covered): void;
	/** Highlights one feature by id ('' for none). */
	setSelected(id: string): void;
	/** Shows only the events that pass these filters. */
	setFilters(filters: EventFilters): void;
	/**
	 * Replaces the atlas the map draws (the dated sources, the place labels and the time table their
	 * strengths come from; a source left out is drawn empty), redraws the current date and reports it
	 * by onRendered. Resolves once this atlas, or one handed over after it, is drawn; rejects, changing
	 * nothing, when the data does not fit together or the map has failed.
	 */
	setAtlas(data: AtlasData): Promise<void>;
	/**
	 * Draws the large layers on the GPU (deck.gl, loaded with the first one); resolves with
	 * how many rows the visible ones hold once the map has drawn them.
	 */
	setLarge(layers: readonly GpuLayer[]): Promise<number>;
	destroy(): void;
}

const ATTRIBUTION =
	'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via world-atlas';

/** The sources an atlas fills, dated ones first. */
const ATLAS_SOURCES: readonly AtlasSource[] = [...DATED_SOURCES, 'places'];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const isDated = (id: string): id is DatedSource => (DATED_SOURCES as readonly string[]).includes(id);

const NONE: Covered = { top: 0, right: 0, bottom: 0, left: 0 };
/** How long the pointer rests on the map before a hover asks the large layers what is under it. */
const HOVER_REST_MS = 150;
/**
 * Up to how many vertices the large layers may draw for a hover to ask them: a pick holds the page
 * while it draws all of them again, measured here (software WebGL) at 0.15 to 0.3 s for 100,000 rows
 * of points (a vertex each) and 1.8 to 2.3 s for a million. A click still picks among any number.
 */
const HOVER_MAX_VERTICES = 100_000;
/** The map's layer the large layers are drawn under: the atlas's events and places stay above them, its zones, lines and fronts below. */
const LARGE_UNDER = 'event-selected';
/** Whether the part of a view that `c` leaves free is at least 120 px either way. */
const roomy = (c: Covered, width: number, height: number) => width - c.left - c.right > 120 && height - c.top - c.bottom > 120;

/**
 * The covered edges of a view to keep clear: all of them when the rest is roomy enough, else those of
 * the panel only (the right side and the bottom, where it opens; the list at the top or left may then
 * be crossed), else none: the point goes to the middle.
 */
export function freePart(covered: Covered | undefined, width: number, height: number): Covered {
	if (!covered) return NONE;
	if (roomy(covered, width, height)) return covered;
	const panel = { ...covered, top: 0, left: 0 };
	return roomy(panel, width, height) ? panel : NONE;
}

/** A JSON file of this site, or the reason it could not be had. */
async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.json();
}

/**
 * Creates the map. Never throws: a missing WebGL 2 or a failure while loading becomes
 * `onState('error', message)`, and stays so.
 */
export function createMapView(options: MapViewOptions): MapView {
	const { container, onState, onRendered } = options;
	const refused = (why: string) => Promise.reject(new Error(why));
	const inert: MapView = {
		setTime() {},
		setCamera() {},
		reveal() {},
		fit() {},
		setSelected() {},
		setFilters() {},
		setAtlas: () => refused('The map could not start.'),
		setLarge: () => refused('The map could not start.'),
		destroy() {}
	};
	maplibregl.setWorkerUrl(workerUrl);
	onState('loading');
	const page = window.location.href;
	const given = options.atlas ? atlasProblem(options.atlas) : null;
	if (given) {
		onState('error', `The map cannot draw this atlas: ${given}`);
		return inert;
	}
	const style = buildStyle({ base: page, basePath: options.basePath, time: options.time, atlas: options.look });
	// An atlas by value takes the place of the built atlas's files (the basemap stays).
	if (options.atlas) {
		for (const id of ATLAS_SOURCES) style.sources[id] = { type: 'geojson', data: options.atlas.sources[id] ?? EMPTY };
	}
	// The address of every source loaded by URL, to name the file when one fails.
	const urls = new Map<string, string>();
	for (const [id, source] of Object.entries(style.sources)) {
		if (source.type === 'geojson' && typeof source.data === 'string') urls.set(id, source.data);
	}
	let map: maplibregl.Map;
	try {
		map = new maplibregl.Map({
			container,
			style,
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
	// Once a file has failed the map never reports itself ready: a map without its land or its events
	// must not pass for a whole one. The first failure is the one shown; later ones often follow from it.
	let failed = false;
	// Highlight and filters wait for the style; the latest value is applied once it has loaded.
	let selected = '';
	let eventFilters: EventFilters | null = null;
	const applyHighlight = () => map.setGlobalStateProperty(FILTER_STATE.selected, selected);
	let states: FeatureStates | null = null;
	// The large layers' drawing, once there is one (deck.gl is loaded then, not before).
	let gpu: Promise<GpuLayers> | null = null;
	let gpuNow: GpuLayers | null = null;
	// The view of time the style's global state holds (the front and advance layers read it).
	let styleView = options.time.view;

	/** Gives every dated feature whose strength changed its new feature-state. */
	function applyStates(time: TimeSettings) {
		const changes = states!.update(time, eventFilters ?? undefined);
		for (const { source, id, s } of changes) map.setFeatureState({ source, id }, { s });
	}

	/** Sets the view of time, if it changed; returns whether it did (the tiles are then re-parsed). */
	function setView(time: TimeSettings): boolean {
		if (time.view === styleView) return false;
		styleView = time.view;
		map.setGlobalStateProperty(STATE.view, time.view);
		return true;
	}

	async function replaceAtlas(data: AtlasData, time: TimeSettings) {
		// Resolved once the worker has indexed the new data and the sources have asked for new tiles.
		await Promise.all(ATLAS_SOURCES.map((id) => map.getSource<maplibregl.GeoJSONSource>(id)?.setData(data.sources[id] ?? EMPTY)));
		// A feature-state outlives its feature: the old atlas's would colour the new one's.
		for (const source of DATED_SOURCES) map.removeFeatureState({ source });
		states = new FeatureStates(data.timetable);
		setView(time);
		applyStates(time);
	}

	const queue = new DrawQueue<AtlasData>(options.time, {
		drawTime(time, done) {
			// The view only changes which days of fronts and advances show (a rare change, worth a reload).
			const reload = setView(time);
			applyStates(time);
			gpuNow?.update({ time });
			// Feature-states show in the next frame, even while the camera moves ('idle' would wait for
			// the camera to stop); a reload of tiles is drawn only once the map is idle again.
			map.once(reload ? 'idle' : 'render', done);
			map.triggerRepaint();
		},
		drawAtlas(data, time, done) {
			replaceAtlas(data, time)
				.then(() => {
					map.once('idle', done);
					map.triggerRepaint();
				})
				.catch((e: unknown) => fail(failureMessage(e, undefined, urls, page)));
		},
		drawn: (time) => onRendered(time.date)
	});

	function fail(message: string) {
		if (failed) return;
		failed = true;
		onState('error', message);
		queue.fail(new Error(message));
	}

	/** What is wrong with the sources loaded by URL, now that they have loaded, or null. */
	async function sourcesProblem(table: Timetable): Promise<string | null> {
		for (const [id, url] of urls) {
			const source = map.getSource<maplibregl.GeoJSONSource>(id);
			if (!source) continue;
			// MapLibre hands back what its worker parsed: no second download, no second parse.
			const data = await source.getData();
			const problem = collectionProblem(data) ?? (isDated(id) ? fitProblem(id, data as FeatureCollection, table) : null);
			if (problem) return loadFailure(shownPath(url, page), problem);
		}
		return null;
	}

	// Ready means the first date is fully drawn: the style and its tiles, every source checked, then
	// the feature-states from the time table, then an 'idle' map. The time table's failure is caught
	// here, at once: it may come before the map's 'load'.
	const tableUrl = new URL(`${options.basePath}/atlas/timetable.json`, page).href;
	const table: Promise<Timetable | null> = (options.atlas ? Promise.resolve(options.atlas.timetable) : fetchJson(tableUrl))
		.then((t) => {
			const problem = timetableProblem(t);
			if (problem) throw new Error(problem);
			return t as Timetable;
		})
		.catch((e: unknown) => {
			fail(loadFailure(shownPath(tableUrl, page), e instanceof Error ? e.message : String(e)));
			return null;
		});
	async function start() {
		const t = await table;
		if (!t || failed) return;
		const problem = await sourcesProblem(t);
		if (problem) return fail(problem);
		if (failed) return;
		states = new FeatureStates(t);
		applyStates(queue.shown);
		map.once('idle', whenReady);
		map.triggerRepaint();
	}
	map.once('load', () => void start().catch((e: unknown) => fail(failureMessage(e, undefined, urls, page))));
	/** Tells the page where the camera rests. */
	function reportCamera() {
		const { lng, lat } = map.getCenter();
		options.onCamera({ zoom: map.getZoom(), lat, lon: lng });
	}
	function whenReady() {
		if (failed) return;
		ready = true;
		applyHighlight();
		// The opening camera has come to rest too, though no move ended: the page's data-camera says so.
		reportCamera();
		onState('ready');
		onRendered(queue.shown.date);
		queue.open();
	}
	// The large layers' rows come first: they are drawn above the atlas. A hover asks for them only once
	// the pointer rests (HOVER_REST_MS), for the top one, while they are few enough (HOVER_MAX_VERTICES),
	// and unless an atlas's feature drawn above them is under the pointer: a pick draws every row of the
	// large layers again, which software WebGL pays for on each move.
	const picksAt = (point: { x: number; y: number }, large = true): Pick[] => [...(large && gpuNow ? gpuNow.pick(point) : []), ...mapPicks(point)];
	const mapPicks = (point: { x: number; y: number }): Pick[] => {
		const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayer(id));
		const box: [[number, number], [number, number]] = [
			[point.x - 5, point.y - 5],
			[point.x + 5, point.y + 5]
		];
		// Dated features the date hides are still in the tiles, drawn transparent: not clickable. Parts of
		// one feature (a place's dot and label, a front's days) are made one choice by picks.ts.
		return map
			.queryRenderedFeatures(box, { layers })
			.filter((f) => !isDated(f.source) || states?.shown(f.source, Number(f.id)))
			.map((f) => ({ layer: f.layer.id, properties: f.properties }));
	};
	map.on('click', (event) => options.onPick(picksAt(event.point), event.point, [event.lngLat.lng, event.lngLat.lat]));
	let resting = 0;
	/** The map's layers drawn above the large layers, read once the style has them. */
	let above: Set<string> | null = null;
	const hover = (top: Pick | undefined, point: { x: number; y: number }) => {
		map.getCanvas().style.cursor = top ? 'pointer' : '';
		options.onHover(top ?? null, point);
	};
	map.on('mousemove', (event) => {
		const [top] = picksAt(event.point, false);
		hover(top, event.point);
		window.clearTimeout(resting);
		if (!gpuNow?.count || gpuNow.vertices > HOVER_MAX_VERTICES) return;
		if (!above) {
			const order = map.getLayersOrder();
			above = new Set(order.slice(order.indexOf(LARGE_UNDER)));
		}
		if (top && above.has(top.layer)) return;
		const point = { x: event.point.x, y: event.point.y };
		resting = window.setTimeout(() => {
			const row = gpuNow?.pickTop(point);
			if (row) hover(row, point);
		}, HOVER_REST_MS);
	});
	map.on('mouseout', () => {
		window.clearTimeout(resting);
		options.onHover(null, { x: 0, y: 0 });
	});
	map.on('moveend', reportCamera);
	map.on('error', (event) => fail(failureMessage(event.error, (event as { sourceId?: string }).sourceId, urls, page)));
	// Exposed from the start, so that a test can wait on a map that never gets ready.
	if (new URLSearchParams(window.location.search).has('bench')) {
		exposeBenchHooks({ map, time: () => queue.shown, showAll: () => {
				if (states) applyStates({ ...queue.shown, view: 'all' });
			}, setAtlas: (data) => view.setAtlas(data), shown: (source, id) => states?.shown(source, id) ?? false });
	}
	const view: MapView = {
		setTime(time) {
			queue.setTime(time);
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
			const c = freePart(covered, width, height);
			const p = map.project(lonLat);
			const margin = 24;
			if (p.x >= c.left + margin && p.x <= width - c.right - margin && p.y >= c.top + margin && p.y <= height - c.bottom - margin) return;
			// The free part's centre, as an offset from the map's centre (no lasting camera padding).
			const offset: [number, number] = [(c.left - c.right) / 2, (c.top - c.bottom) / 2];
			map.easeTo({ center: lonLat, offset, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 });
		},
		fit([w, s, e, n], covered) {
			const canvas = map.getCanvas();
			const c = freePart(covered, canvas.clientWidth - 80, canvas.clientHeight - 80);
			const padding = { top: c.top + 40, right: c.right + 40, bottom: c.bottom + 40, left: c.left + 40 };
			map.fitBounds([w, s, e, n], { padding, maxZoom: 8, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 });
		},
		setSelected(id) {
			selected = id;
			if (ready) applyHighlight();
			gpuNow?.update({ selected: id });
		},
		setFilters(filters) {
			eventFilters = filters;
			gpuNow?.update({ filters });
			if (!ready || !states) return;
			applyStates(queue.shown);
			map.triggerRepaint();
		},
		setAtlas(data) {
			const problem = atlasProblem(data);
			if (problem) return refused(`The map cannot draw this atlas: ${problem}`);
			if (failed) return refused('The map cannot take new data: it has failed.');
			return queue.setAtlas(data);
		},
		async setLarge(layers) {
			if (failed) return refused('The map cannot take new data: it has failed.');
			if (!gpu && !layers.length) return 0;
			gpu ??= import('./gpuLayers').then(({ GpuLayers }) => (gpuNow = new GpuLayers(map, LARGE_UNDER, queue.shown, eventFilters ?? NO_FILTERS)));
			const drawing = await gpu;
			drawing.update({ layers, time: queue.shown, selected });
			await new Promise((resolve) => {
				map.once('idle', resolve);
				map.triggerRepaint();
			});
			return drawing.count;
		},
		destroy() {
			window.clearTimeout(resting);
			gpuNow?.destroy();
			gpuNow = null;
			map.remove();
		}
	};
	return view;
}
