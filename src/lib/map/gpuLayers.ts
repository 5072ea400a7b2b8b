/**
 * Draws the large layers (a reader's, a large atlas's events) on the GPU, inside MapLibre's own WebGL
 * context (deck.gl's MapLibreOverlay, interleaved): per layer, a DotLayer of its points from its binary
 * columns, its lines and areas' outlines as a LineListLayer and its areas' surfaces as deck.gl's
 * SolidPolygonLayer, all filtered by date and category in the shader, so that a step of the date
 * changes uniforms and never attributes. Loaded only once a large layer exists.
 */
import type { Layer } from '@deck.gl/core';
import { DataFilterExtension } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { KIND_NAMES } from '../domain/feature';
import type { EventFilters } from '../domain/filters';
import type { TimeSettings } from '../domain/timeline';
import { rowIndex, type ShapeColumns } from '../import/columns';
import { PALETTE } from '../theme/palette';
import { DayLookExtension } from './dayLook';
import { DotLayer } from './dotLayer';
import { binary, categoryMask, rgba, shapeBinaries, shapeData, SURFACE_ALPHA } from './gpuData';
import { LineListLayer } from './lineListLayer';
import { fades, filterRange } from './gpuFilter';
import type { GpuLayer, Pick } from './mapView';

// One instance each: a new extension object would make deck.gl build the layer's shaders again.
const EXTENSIONS = [new DataFilterExtension({ filterSize: 3 }), new DayLookExtension()];

/** What a row of a large layer is drawn as, under its layer's id, and which row each object of it draws (null: the picked index is the row). */
type Part = { suffix: '' | ':areas' | ':lines'; rows: (l: GpuLayer) => Uint32Array | null };
const PARTS: Part[] = [
	{ suffix: ':areas', rows: (l) => shapeData(l.columns)?.surfaceRows ?? null },
	{ suffix: ':lines', rows: () => null },
	{ suffix: '', rows: () => null }
];

/** The large layers on one map: what they draw, and what a click picks among them. */
export class GpuLayers {
	private readonly overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
	private layers: readonly GpuLayer[] = [];
	private selected = '';
	/** Where the selected row is: found when the selection or the layers change, not on every date step (a search of every row's key). */
	private chosen: { at: [number, number]; paths: [number, number][][] } | null = null;

	/** `under`: the map's layer the large layers are drawn under. */
	constructor(
		private readonly map: MapLibreMap,
		private readonly under: string,
		private time: TimeSettings,
		private filters: EventFilters
	) {
		map.addControl(this.overlay);
	}

	/** Changes what is drawn; the map repaints with it in its next frame. */
	update(change: { layers?: readonly GpuLayer[]; time?: TimeSettings; filters?: EventFilters; selected?: string }): void {
		this.layers = change.layers ?? this.layers;
		this.time = change.time ?? this.time;
		this.filters = change.filters ?? this.filters;
		this.selected = change.selected ?? this.selected;
		if (change.layers || change.selected !== undefined) this.chosen = this.findChosen();
		this.overlay.setProps({ layers: this.deckLayers() });
	}

	/** How many rows the visible large layers hold. */
	get count(): number {
		return this.layers.reduce((n, l) => n + (l.visible ? l.columns.length : 0), 0);
	}

	/** How many vertices the visible large layers draw (and a pick draws again): a dot per row, two per segment, three per triangle. */
	get vertices(): number {
		return this.layers.reduce((n, l) => {
			const shapes = l.visible ? shapeData(l.columns) : null;
			return n + (l.visible ? l.columns.length : 0) + (shapes ? shapes.segmentRows.length + shapes.surfaces.triangles.length : 0);
		}, 0);
	}

	private deckLayers(): Layer[] {
		const range = filterRange(this.time);
		const fading = fades(this.time);
		const filtered = (l: GpuLayer) => ({
			beforeId: this.under,
			visible: l.visible,
			pickable: true,
			extensions: EXTENSIONS,
			filterRange: range,
			filterTransformSize: false,
			lookDay: this.time.date,
			lookFade: fading,
			lookMask: categoryMask(l, this.filters)
		});
		const dots = this.layers.map(
			(l) =>
				new DotLayer({
					...filtered(l),
					id: l.id,
					data: binary(l.columns, this.filters.tag, l.colors),
					radiusPixels: 5,
					lineWidthPixels: 1,
					getFillColor: rgba(l.color, 242),
					lineColor: rgba(PALETTE.labelHalo)
				} as ConstructorParameters<typeof DotLayer>[0])
		);
		// Under every layer's dots, every layer's lines and outlines; under those, the areas' surfaces.
		const areas: Layer[] = [];
		const lines: Layer[] = [];
		for (const l of this.layers) {
			const shapes = shapeBinaries(l.columns, this.filters.tag, l.colors);
			if (!shapes) continue;
			if (shapes.areas.length) {
				areas.push(
					new SolidPolygonLayer({ ...filtered(l), id: `${l.id}:areas`, data: shapes.areas, _normalize: false, getFillColor: rgba(l.color, SURFACE_ALPHA) } as ConstructorParameters<typeof SolidPolygonLayer>[0])
				);
			}
			lines.push(new LineListLayer({ ...filtered(l), id: `${l.id}:lines`, data: shapes.lines, getColor: rgba(l.color, 242) } as ConstructorParameters<typeof LineListLayer>[0]));
		}
		const drawn: Layer[] = [...areas, ...lines, ...dots];
		const chosen = this.chosen;
		if (chosen?.paths.length) {
			drawn.push(
				new PathLayer({
					id: 'large-selected-shape',
					beforeId: this.under,
					data: chosen.paths,
					getPath: (p: [number, number][]) => p,
					widthUnits: 'pixels',
					getWidth: 5,
					capRounded: true,
					jointRounded: true,
					getColor: rgba(PALETTE.selected)
				})
			);
		} else if (chosen) {
			drawn.push(
				new ScatterplotLayer({
					id: 'large-selected',
					beforeId: this.under,
					data: [chosen.at],
					getPosition: (p: [number, number]) => p,
					radiusUnits: 'pixels',
					getRadius: 12,
					filled: false,
					stroked: true,
					lineWidthUnits: 'pixels',
					getLineWidth: 3,
					getLineColor: rgba(PALETTE.selected)
				})
			);
		}
		return drawn;
	}

	/** Where the selected row of a visible large layer is, and its lines' and rings' positions if it is a line or an area. */
	private findChosen(): { at: [number, number]; paths: [number, number][][] } | null {
		if (!this.selected.startsWith('event:')) return null;
		const id = this.selected.slice('event:'.length);
		for (const l of this.layers) {
			const i = l.visible ? rowIndex(l, id) : -1;
			if (i >= 0) return { at: [l.columns.positions[2 * i]!, l.columns.positions[2 * i + 1]!], paths: rowPaths(l.columns.shapes, i) };
		}
		return null;
	}

	/** The rows drawn under a point, top first, as the map's own picks (an event each, once). */
	pick(point: { x: number; y: number }): Pick[] {
		return this.picks(point, 8);
	}

	/** The top row drawn under a point, if any: one picking pass, for a hover. */
	pickTop(point: { x: number; y: number }): Pick | undefined {
		return this.picks(point, 1)[0];
	}

	/** The rows drawn under a point, top first, from `depth` picking passes at most. */
	private picks(point: { x: number; y: number }, depth: number): Pick[] {
		const parts = new Map<string, { layer: GpuLayer; rows: Uint32Array | null }>();
		for (const l of this.layers) if (l.visible) for (const p of PARTS) parts.set(l.id + p.suffix, { layer: l, rows: p.rows(l) });
		if (!parts.size) return [];
		const seen = new Set<string>();
		return this.overlay.pickMultipleObjects({ x: point.x, y: point.y, radius: 5, layerIds: [...parts.keys()], depth }).flatMap((info) => {
			const part = parts.get(info.layer?.id ?? '');
			if (!part || info.index < 0) return [];
			const row = part.rows ? part.rows[info.index]! : info.index;
			const ref = `event:${part.layer.prefix}${part.layer.columns.keys[row]!}`;
			if (seen.has(ref)) return [];
			seen.add(ref);
			return [{ layer: 'event-point', properties: { ref, label: part.layer.columns.titles[row], what: KIND_NAMES.event } }];
		});
	}

	destroy(): void {
		this.map.removeControl(this.overlay);
	}
}

/** The positions of row `row`'s lines and of its areas' rings, each as a list of [lon, lat]. */
function rowPaths(s: ShapeColumns, row: number): [number, number][][] {
	const paths: [number, number][][] = [];
	const add = (rows: Uint32Array, starts: Uint32Array, coords: Float32Array) =>
		rows.forEach((r, k) => {
			if (r !== row) return;
			const path: [number, number][] = [];
			for (let v = starts[k]!; v < starts[k + 1]!; v++) path.push([coords[2 * v]!, coords[2 * v + 1]!]);
			paths.push(path);
		});
	add(s.lineRows, s.lineStarts, s.lineCoords);
	add(s.ringRows, s.ringStarts, s.polygonCoords);
	return paths;
}
