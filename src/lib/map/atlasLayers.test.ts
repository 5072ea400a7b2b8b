import { createExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { CircleLayerSpecification, FillLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { atlasLayers } from './atlasLayers';

const layers = atlasLayers({ categories: [{ id: 'battle', color: '#112233' }], styles: { occupied: '#445566' } });
const layer = <T>(id: string) => layers.find((l) => l.id === id) as T;

/** A paint colour of a layer, evaluated for a feature's properties, as '#rrggbb'. */
function colourOf(value: unknown, spec: unknown, properties: Record<string, unknown>): string {
	const parsed = createExpression(value, 'color', spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	const c = parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never) as { r: number; g: number; b: number };
	return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

describe('the colours of dated layers', () => {
	const circle = layer<CircleLayerSpecification>('event-point').paint!['circle-color'];
	const fill = layer<FillLayerSpecification>('zone-fill').paint!['fill-color'];

	it("draw an event in its category's colour, and a reader's layer in the layer's own", () => {
		expect(colourOf(circle, latest.paint_circle['circle-color'], { category: 'battle' })).toBe('#112233');
		expect(colourOf(circle, latest.paint_circle['circle-color'], { category: 'battle', color: '#d6336c' })).toBe('#d6336c');
	});

	it("draw a zone in its style's colour, and a reader's area in the layer's own", () => {
		expect(colourOf(fill, latest.paint_fill['fill-color'], { style: 'occupied' })).toBe('#445566');
		expect(colourOf(fill, latest.paint_fill['fill-color'], { style: 'occupied', color: '#0b7285' })).toBe('#0b7285');
	});
});

describe('the "everything" view draws each front and advance once', () => {
	const filterOf = (id: string) => (layer<{ filter: unknown }>(id).filter ?? true) as never;
	/** Whether a layer draws a feature with these properties in a view. */
	const draws = (id: string, view: string, properties: Record<string, unknown>) =>
		featureFilter(filterOf(id), 'filter', { view, selected: properties['ref'] ?? '' }).filter({ zoom: 5 }, { type: 2, properties } as never);
	const day = { ref: 'feature:a', part: 'tip', kind: 'ground', hold: false };
	const last = { ...day, hold: true };

	it('one arrowhead per route, and its whole route, not one per day of the advance', () => {
		for (const id of ['advance-tip', 'advance-route', 'advance-selected']) {
			const properties = id === 'advance-tip' ? day : { ...day, part: 'route' };
			expect(draws(id, 'all', properties), id).toBe(false);
			expect(draws(id, 'all', { ...properties, hold: true }), id).toBe(true);
			expect(draws(id, 'history', properties), id).toBe(true);
		}
		expect(draws('advance-tip', 'all', last)).toBe(true);
	});

	it("a front's last position only, never its keyframes stacked into hatching", () => {
		const keyframe = { ref: 'front:f', kind: 'keyframe', hold: false };
		for (const id of ['front-keyframe', 'front-selected']) {
			expect(draws(id, 'all', keyframe), id).toBe(false);
			expect(draws(id, 'all', { ...keyframe, hold: true }), id).toBe(true);
			expect(draws(id, 'date', keyframe), id).toBe(true);
		}
		expect(draws('front-inferred', 'all', { ...keyframe, kind: 'inferred' })).toBe(false);
		expect(draws('front-ghost', 'all', { ...keyframe, kind: 'ghost' })).toBe(false);
		expect(draws('front-ghost', 'history', { ...keyframe, kind: 'ghost' })).toBe(true);
	});
});
