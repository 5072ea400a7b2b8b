import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapPlan, type Bounds } from '../domain/basemapTiles';
import { buildStyle } from './style';

const EXTENT: Bounds = [100, 20, 160, 62];
const style = buildStyle({
	base: 'http://127.0.0.1:4173/atlas-app/?bench#date=1815-06-18',
	basePath: '/atlas-app',
	time: { date: 0, view: 'date', windowDays: 7 },
	atlas: { categories: [], styles: {}, labels: [], labelledPlaceKinds: ['city'], extent: EXTENT }
});
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification & { source: string; 'source-layer'?: string };

describe('the basemap in the style', () => {
	it('is a valid style', () => {
		expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
	});

	it('loads the basemap as vector tiles from this site, under the base path, with no GeoJSON of its own', () => {
		expect(style.sources['basemap-10m']).toEqual({
			type: 'vector',
			tiles: ['http://127.0.0.1:4173/atlas-app/basemap/10m/{z}/{x}/{y}.pbf'],
			minzoom: 5,
			maxzoom: 7,
			bounds: [...EXTENT]
		});
		const geojson = Object.values(style.sources).filter((s) => s.type === 'geojson' && typeof s.data === 'string');
		expect(geojson.map((s) => (s as { data: string }).data).filter((url) => url.includes('/basemap/'))).toEqual([]);
	});

	it('declares each tile set as the plan cuts it, so the map asks only for tiles the build made', () => {
		for (const set of basemapPlan(EXTENT)) {
			const source = style.sources[`basemap-${set.name}`] as VectorSourceSpecification;
			expect([source.minzoom, source.maxzoom, source.bounds]).toEqual([set.minzoom, set.maxzoom, [...set.bounds]]);
		}
	});

	it('draws the tiers over the zooms and in the order they were drawn before they were tiled, the graticule under them', () => {
		const basemap = style.layers.filter((l) => 'source' in l && l.source.startsWith('basemap-'));
		const drawn = basemap.map((l) => [l.id, (l as { 'source-layer': string })['source-layer'], l.minzoom ?? 0, l.maxzoom ?? 24]);
		const tier = (name: string, min: number, max: number) => ['land', 'border', 'coast'].map((k) => [`${name}-${k}`, name, min, max]);
		expect(drawn).toEqual([
			['graticule', 'graticule', 0, 24],
			...tier('world-110m', 0, 3),
			...tier('far-110m', 3, 24),
			...tier('near-50m', 3, 24),
			...tier('inner-50m', 3, 5.5),
			...tier('detail-10m', 5.5, 24)
		]);
		expect(style.layers.indexOf(basemap[0]!)).toBe(1);
		expect(layer('detail-10m-land').source).toBe('basemap-10m');
		expect(layer('far-110m-coast').source).toBe('basemap-110m');
		expect(layer('inner-50m-border').source).toBe('basemap-50m');
	});
});
