/**
 * Turns the basemap's data URLs and fonts into a complete MapLibre style: paper-like land, sea,
 * coastlines by zoom-dependent resolution, faint modern borders, a graticule and labels.
 */
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { TimeSettings } from '../domain/timeline';
import type { MapLabel } from '../domain/manifest';
import { atlasLayers, atlasSources, type AtlasColors } from './atlasLayers';
import { basemapLabels } from './basemapLabels';
import { FONT, fontFaces } from './fonts';
import { PALETTE } from '../theme/palette';
import { initialFilterState, isSelected } from './filterExpressions';
import { initialState } from './timeExpressions';

/** The zoom at which 1:50m data replaces 1:110m, and 1:10m replaces 1:50m in the atlas region. */
export const ZOOM_50M = 3;
export const ZOOM_10M = 5.5;

/** The basemap tiers served as prerendered GeoJSON, and the zooms at which each is drawn. */
const TIERS = [
	{ name: 'world-110m', minzoom: 0, maxzoom: ZOOM_50M },
	{ name: 'far-110m', minzoom: ZOOM_50M, maxzoom: 24 },
	{ name: 'near-50m', minzoom: ZOOM_50M, maxzoom: 24 },
	{ name: 'inner-50m', minzoom: ZOOM_50M, maxzoom: ZOOM_10M },
	{ name: 'detail-10m', minzoom: ZOOM_10M, maxzoom: 24 }
] as const;

const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

function tierLayers(name: string, minzoom: number, maxzoom: number): LayerSpecification[] {
	const zooms = { minzoom, maxzoom };
	return [
		{ id: `${name}-land`, type: 'fill', source: name, filter: kind('land'), ...zooms, paint: { 'fill-color': PALETTE.land, 'fill-antialias': false } },
		{
			id: `${name}-border`,
			type: 'line',
			source: name,
			filter: kind('border'),
			...zooms,
			paint: {
				'line-color': PALETTE.border,
				'line-opacity': 0.55,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 1],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: `${name}-coast`,
			type: 'line',
			source: name,
			filter: kind('coast'),
			...zooms,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PALETTE.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 0.9, 9, 1.4] }
		}
	];
}

/** Places: a dot and a label for the kinds the atlas labels, and the selected place's ring. */
const placeLayers = (kinds: readonly string[]): LayerSpecification[] => [
	{
		id: 'place-selected',
		type: 'circle',
		source: 'places',
		filter: isSelected(),
		paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': PALETTE.selected, 'circle-stroke-width': 3 }
	},
	{
		id: 'place-dot',
		type: 'circle',
		source: 'places',
		filter: ['in', ['get', 'kind'], ['literal', [...kinds]]],
		minzoom: 3.5,
		paint: {
			'circle-radius': ['interpolate', ['linear'], ['zoom'], 3.5, 1.6, 8, 3.5],
			'circle-color': PALETTE.placeDot,
			'circle-stroke-color': PALETTE.labelHalo,
			'circle-stroke-width': 0.8
		}
	},
	{
		id: 'place-label',
		type: 'symbol',
		source: 'places',
		filter: ['in', ['get', 'kind'], ['literal', [...kinds]]],
		minzoom: 3.5,
		layout: {
			// The usual name, and under it the name in use on the opening date where it differed.
			'text-field': [
				'format',
				['get', 'name'],
				{},
				['case', ['==', ['get', 'period'], ''], '', ['concat', '\n', ['get', 'period']]],
				{ 'text-font': ['literal', [FONT.italic]], 'font-scale': 0.85 }
			],
			'text-font': [FONT.regular],
			'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 14],
			'text-anchor': 'left',
			'text-offset': [0.6, 0],
			'text-justify': 'left',
			'text-max-width': 10,
			// Where labels collide, the place the data ranks first keeps its label (a capital before its port).
			'symbol-sort-key': ['get', 'rank']
		},
		paint: { 'text-color': PALETTE.placeLabel, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.2 }
	}
];

const labelLayers: LayerSpecification[] = [
	{
		id: 'label-sea',
		type: 'symbol',
		source: 'labels',
		filter: ['all', ['!=', ['get', 'kind'], 'land'], ['>=', ['zoom'], ['get', 'minzoom']]],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [FONT.italic],
			'text-size': ['match', ['get', 'kind'], 'ocean', 15, 'sea', 13, 11],
			'text-letter-spacing': 0.12,
			'text-max-width': 6
		},
		paint: { 'text-color': PALETTE.seaLabel, 'text-halo-color': PALETTE.sea, 'text-halo-width': 1 }
	},
	{
		id: 'label-land',
		type: 'symbol',
		source: 'labels',
		filter: ['all', ['==', ['get', 'kind'], 'land'], ['>=', ['zoom'], ['get', 'minzoom']]],
		layout: {
			'text-field': ['upcase', ['get', 'name']],
			'text-font': [FONT.regular],
			'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 15],
			'text-letter-spacing': 0.3,
			'text-max-width': 8
		},
		paint: { 'text-color': PALETTE.regionLabel, 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.2 }
	}
];

/** Options of {@link buildStyle}. */
export interface StyleOptions {
	/** The page's URL: data and font paths are resolved against it (MapLibre needs absolute URLs). */
	base: string;
	/** The path prefix the app is served under (SvelteKit's `base`), '' at the root. */
	basePath: string;
	/** The date, view and window the dated layers start with. */
	time: TimeSettings;
	/** What the atlas decides of its look: colours, basemap labels, which kinds of place are labelled. */
	atlas: AtlasColors & { labels: readonly MapLabel[]; labelledPlaceKinds: readonly string[] };
}

/** Builds the explorer's basemap style. Dated layers are added on top of it by the map view. */
export function buildStyle({ base, basePath, time, atlas }: StyleOptions): StyleSpecification {
	const sources: StyleSpecification['sources'] = {
		graticule: { type: 'geojson', data: new URL(`${basePath}/basemap/graticule.json`, base).href },
		labels: { type: 'geojson', data: basemapLabels(atlas.labels) },
		places: { type: 'geojson', data: new URL(`${basePath}/atlas/places.geojson`, base).href },
		...atlasSources((name) => new URL(`${basePath}/atlas/${name}.geojson`, base).href)
	};
	for (const t of TIERS) {
		sources[t.name] = { type: 'geojson', data: new URL(`${basePath}/basemap/${t.name}.json`, base).href, tolerance: 0.25 };
	}
	return {
		version: 8,
		name: 'Atlas basemap',
		'font-faces': fontFaces(base),
		// No transition: a new date must show at once, not fade in over 300 ms.
		transition: { duration: 0, delay: 0 },
		state: { ...initialState(time), ...initialFilterState },
		sources,
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
			{
				id: 'graticule',
				type: 'line',
				source: 'graticule',
				paint: { 'line-color': PALETTE.graticule, 'line-opacity': 0.35, 'line-width': 0.6 }
			},
			...TIERS.flatMap((t) => tierLayers(t.name, t.minzoom, t.maxzoom)),
			...labelLayers,
			...atlasLayers(atlas),
			...placeLayers(atlas.labelledPlaceKinds)
		]
	};
}
