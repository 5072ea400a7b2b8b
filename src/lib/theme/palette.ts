/**
 * The basemap's colours: a calm, paper-like atlas that leaves strong colours to the dated layers.
 * Tests sample screenshots against these values, so they are the single source of truth.
 */
export const PALETTE = {
	sea: '#b9cfd4',
	land: '#f2ecdc',
	coast: '#6f7f84',
	border: '#b3a58a',
	graticule: '#7f98a0',
	seaLabel: '#3f6470',
	regionLabel: '#7a6a4f',
	labelHalo: '#f7f3e8',
	placeDot: '#3d3a33',
	placeLabel: '#2f2c26',
	/** Axes of advance on the ground and by air. */
	route: '#c0392b',
	front: '#6e1410',
	selected: '#1f5fa8',
	/** A zone, or a line, whose `style` the atlas does not colour. */
	zone: '#b8862b',
	line: '#4a1c14',
	/** An event whose category the atlas does not colour. */
	context: '#5c5c5c',
	seaRoute: '#8e2a6b'
} as const;

/** A palette colour as [r, g, b], for comparing with sampled pixels. */
export function rgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
