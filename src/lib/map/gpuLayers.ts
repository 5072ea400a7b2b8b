/**
 * Draws the large layers (a reader's, a large atlas's events) on the GPU, inside MapLibre's own WebGL
 * context (deck.gl's MapLibreOverlay, interleaved): one DotLayer per layer from its binary columns,
 * filtered by date and category in the shader, so that a step of the date changes uniforms and never
 * attributes. Loaded only once a large layer exists.
 */
import type { Layer } from '@deck.gl/core';
import { DataFilterExtension } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { KIND_NAMES } from '../domain/feature';
import type { EventFilters } from '../domain/filters';
import type { TimeSettings } from '../domain/timeline';
import { rowIndex } from '../import/columns';
import { PALETTE } from '../theme/palette';
import { DayLookExtension } from './dayLook';
import { DotLayer } from './dotLayer';
import { binary, categoryMask, rgba } from './gpuData';
import { fades, filterRange } from './gpuFilter';
import type { GpuLayer, Pick } from './mapView';

/** The map's layer the large layers are drawn under: the atlas's own events and the places stay on top. */
const UNDER = 'event-selected';

// One instance each: a new extension object would make deck.gl build the layer's shaders again.
const EXTENSIONS = [new DataFilterExtension({ filterSize: 3 }), new DayLookExtension()];

/** The large layers on one map: what they draw, and what a click picks among them. */
export class GpuLayers {
	private readonly overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
	private layers: readonly GpuLayer[] = [];
	private selected = '';
	/** Where the selected row is: found when the selection or the layers change, not on every date step (a search of every row's key). */
	private chosen: [number, number] | null = null;

	constructor(
		private readonly map: MapLibreMap,
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

	private deckLayers(): Layer[] {
		const range = filterRange(this.time);
		const fading = fades(this.time);
		const drawn: Layer[] = this.layers.map(
			(l) =>
				new DotLayer({
					id: l.id,
					beforeId: UNDER,
					data: binary(l.columns, this.filters.tag, l.colors),
					visible: l.visible,
					pickable: true,
					radiusPixels: 5,
					lineWidthPixels: 1,
					getFillColor: rgba(l.color, 242),
					lineColor: rgba(PALETTE.labelHalo),
					extensions: EXTENSIONS,
					filterRange: range,
					filterTransformSize: false,
					lookDay: this.time.date,
					lookFade: fading,
					lookMask: categoryMask(l, this.filters)
				} as ConstructorParameters<typeof DotLayer>[0])
		);
		const chosen = this.chosen;
		if (chosen) {
			drawn.push(
				new ScatterplotLayer({
					id: 'large-selected',
					beforeId: UNDER,
					data: [chosen],
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

	/** Where the selected row of a visible large layer is, if one is selected. */
	private findChosen(): [number, number] | null {
		if (!this.selected.startsWith('event:')) return null;
		const id = this.selected.slice('event:'.length);
		for (const l of this.layers) {
			const i = l.visible ? rowIndex(l, id) : -1;
			if (i >= 0) return [l.columns.positions[2 * i]!, l.columns.positions[2 * i + 1]!];
		}
		return null;
	}

	/** The rows drawn under a point, top first, as the map's own picks (an event each). */
	pick(point: { x: number; y: number }): Pick[] {
		const ids = this.layers.filter((l) => l.visible).map((l) => l.id);
		if (!ids.length) return [];
		return this.overlay.pickMultipleObjects({ x: point.x, y: point.y, radius: 5, layerIds: ids, depth: 8 }).flatMap((info) => {
			const layer = this.layers.find((l) => l.id === info.layer?.id);
			if (!layer || info.index < 0) return [];
			const key = layer.columns.keys[info.index]!;
			return [{ layer: 'event-point', properties: { ref: `event:${layer.prefix}${key}`, label: layer.columns.titles[info.index], what: KIND_NAMES.event } }];
		});
	}

	destroy(): void {
		this.map.removeControl(this.overlay);
	}
}
