/**
 * Turns the basemap's tile sets and fonts into a complete MapLibre style: paper-like land, sea,
 * coastlines by zoom-dependent resolution, faint modern borders, a graticule and labels.
 */
import type { FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { TimeSettings } from '../domain/timeline';
import type { MapLabel } from '../domain/manifest';
import { basemapPlan, type Bounds, type TileSet } from '../domain/basemapTiles';
import { atlasLayers, atlasSources, type AtlasColors } from './atlasLayers';
import { basemapLabels } from './basemapLabels';
import { FONT, fontFaces } from './fonts';
import { PALETTE } from '../theme/palette';
import { initialFilterState, isSelected } from './filterExpressions';
import { initialState } from './timeExpressions';

/** The style's id of a basemap tile set's source. */
const basemapSource = (set: TileSet): string => `basemap-${set.name}`;

/**
 * A tile set as a vector source. Its tile URL is absolute (the worker that fetches tiles has no page
 * to resolve a relative one against); the braces go on after the URL is built, which would escape them.
 */
function tileSource(set: TileSet, base: string, basePath: string): SourceSpecification {
	const tiles = `${new URL(`${basePath}/basemap/${set.name}/`, base).href}{z}/{x}/{y}.pbf`;
	return { type: 'vector', tiles: [tiles], minzoom: set.minzoom, maxzoom: set.maxzoom, bounds: [...set.bounds] };
}

const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

const graticuleLayer = (source: string): LayerSpecification => ({
	id: 'graticule',
	type: 'line',
	source,
	'source-layer': 'graticule',
	paint: { 'line-color': PALETTE.graticule, 'line-opacity': 0.35, 'line-width': 0.6 }
});

/** The land, borders and coasts of one tier, drawn over the zooms the plan gives it. */
function tierLayers(name: string, source: string, minzoom: number, maxzoom: number): LayerSpecification[] {
	const from = { source, 'source-layer': name, minzoom, maxzoom };
	return [
		{ id: `${name}-land`, type: 'fill', ...from, filter: kind('land'), paint: { 'fill-color': PALETTE.land, 'fill-antialias': false } },
		{
			id: `${name}-border`,
			type: 'line',
			...from,
			filter: kind('border'),
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
			...from,
			filter: kind('coast'),
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
	/**
	 * What the atlas decides of its look: colours, basemap labels, which kinds of place are labelled,
	 * and its extent, where the basemap is drawn in detail (the build cut the tiles around it).
	 */
	atlas: AtlasColors & { labels: readonly MapLabel[]; labelledPlaceKinds: readonly string[]; extent: Bounds };
}

/** Builds the explorer's basemap style. Dated layers are added on top of it by the map view. */
export function buildStyle({ base, basePath, time, atlas }: StyleOptions): StyleSpecification {
	const plan = basemapPlan(atlas.extent);
	const sources: StyleSpecification['sources'] = {
		...Object.fromEntries(plan.map((set) => [basemapSource(set), tileSource(set, base, basePath)])),
		labels: { type: 'geojson', data: basemapLabels(atlas.labels) },
		places: { type: 'geojson', data: new URL(`${basePath}/atlas/places.geojson`, base).href },
		...atlasSources((name) => new URL(`${basePath}/atlas/${name}.geojson`, base).href)
	};
	// The graticule under the land, then each tier over the zooms the plan gives it.
	const basemapLayers = plan.flatMap((set) => {
		const source = basemapSource(set);
		return set.tiers.flatMap(({ tier, minzoom, maxzoom }) => (tier === 'graticule' ? [graticuleLayer(source)] : tierLayers(tier, source, minzoom, maxzoom)));
	});
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
			...basemapLayers,
			...labelLayers,
			...atlasLayers(atlas),
			...placeLayers(atlas.labelledPlaceKinds)
		]
	};
}
