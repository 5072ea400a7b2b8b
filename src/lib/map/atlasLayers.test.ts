import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
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
