/**
 * Plans the basemap's vector tiles around an atlas's extent: which tile sets there are, where and down
 * to which zoom each has tiles, and which tier of Natural Earth its tiles hold. The build cuts the tiles
 * by this plan (src/lib/server/basemap) and the style declares its sources by it (src/lib/map/style.ts),
 * so the map asks only for tiles the build made.
 */

/** A longitude/latitude rectangle: [west, south, east, north]. */
export type Bounds = readonly [number, number, number, number];

/** The zoom at which 1:50m data replaces 1:110m, and 1:10m replaces 1:50m in the atlas region. */
export const ZOOM_50M = 3;
export const ZOOM_10M = 5.5;
/** Beyond any zoom the map allows: a tier drawn this far is drawn at every zoom from its first. */
const TOP_ZOOM = 24;

/** The latitude where Web Mercator's square ends. */
const MERCATOR_LAT = 85.0511287798066;

/**
 * The basemap's tiers: the whole globe at 1:110m at small zooms; from ZOOM_50M the globe at 1:110m
 * outside the region around the extent (far), that region at 1:50m (near), the extent itself at 1:50m
 * (inner) and, from ZOOM_10M, at 1:10m (detail); and the graticule.
 */
export type BasemapTier = 'graticule' | 'world-110m' | 'far-110m' | 'near-50m' | 'inner-50m' | 'detail-10m';

/** A tier and the map zooms it is drawn at, `maxzoom` excluded (as a style layer's). */
export interface TierRange {
	tier: BasemapTier;
	minzoom: number;
	maxzoom: number;
}

/** One vector source of the basemap: its tiles are /basemap/<name>/z/x/y.pbf. */
export interface TileSet {
	name: '110m' | '50m' | '10m';
	/** Where it has tiles: the map asks for no tile outside. */
	bounds: Bounds;
	minzoom: number;
	/** Its deepest tiles, which the map overzooms beyond. */
	maxzoom: number;
	/** What its tiles hold, in drawing order. */
	tiers: readonly TierRange[];
}

/**
 * The region around an extent drawn from 1:50m data at middle zooms (the extent itself is drawn from
 * 1:10m data; the rest of the globe stays 1:110m): 40° of longitude and 30° of latitude more.
 */
export function nearExtent([w, s, e, n]: Bounds): Bounds {
	return [Math.max(-180, w - 40), Math.max(-90, s - 30), Math.min(180, e + 40), Math.min(90, n + 30)];
}

/** Bounds cut to Web Mercator's square. */
const inMercator = ([w, s, e, n]: Bounds): Bounds => [w, Math.max(-MERCATOR_LAT, s), e, Math.min(MERCATOR_LAT, n)];

/** Web Mercator x and y of a longitude and a latitude, in the unit square, as MapLibre computes them. */
const mercatorX = (lng: number): number => (180 + lng) / 360;
const mercatorY = (lat: number): number => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** A block of tiles of one zoom: x from `minX` and y from `minY`, up to `maxX` and `maxY` excluded. */
export interface TileBlock {
	z: number;
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** The tiles of zoom `z` that MapLibre asks for within `bounds` (its TileBounds, in Web Mercator). */
export function tileBlock(bounds: Bounds, z: number): TileBlock {
	const [w, s, e, n] = bounds;
	const size = Math.pow(2, z);
	const clamp = (v: number) => Math.min(size, Math.max(0, v));
	return {
		z,
		minX: clamp(Math.floor(mercatorX(w) * size)),
		minY: clamp(Math.floor(mercatorY(n) * size)),
		maxX: clamp(Math.ceil(mercatorX(e) * size)),
		maxY: clamp(Math.ceil(mercatorY(s) * size))
	};
}

const blockSize = (b: TileBlock): number => (b.maxX - b.minX) * (b.maxY - b.minY);

/** The deepest 1:10m tiles: at zoom 7 a tile unit is about 40 m, finer than the data's own accuracy. */
const DETAIL_ZOOM = 7;
/** Fewer zooms of 1:10m tiles when an extent is so large that the deepest would pass this many tiles. */
const DETAIL_TILE_BUDGET = 1024;

/** The deepest zoom of 1:10m tiles over `extent`: DETAIL_ZOOM, or shallower for a very large extent. */
export function detailMaxZoom(extent: Bounds): number {
	const first = Math.floor(ZOOM_10M);
	for (let z = DETAIL_ZOOM; z > first; z--) if (blockSize(tileBlock(inMercator(extent), z)) <= DETAIL_TILE_BUDGET) return z;
	return first;
}

/** The basemap's tile sets around an atlas's extent, in drawing order. */
export function basemapPlan(extent: Bounds): TileSet[] {
	return [
		{
			name: '110m',
			bounds: inMercator([-180, -90, 180, 90]),
			minzoom: 0,
			maxzoom: ZOOM_50M,
			tiers: [
				{ tier: 'graticule', minzoom: 0, maxzoom: TOP_ZOOM },
				{ tier: 'world-110m', minzoom: 0, maxzoom: ZOOM_50M },
				{ tier: 'far-110m', minzoom: ZOOM_50M, maxzoom: TOP_ZOOM }
			]
		},
		{
			name: '50m',
			bounds: inMercator(nearExtent(extent)),
			minzoom: ZOOM_50M,
			maxzoom: Math.floor(ZOOM_10M),
			tiers: [
				{ tier: 'near-50m', minzoom: ZOOM_50M, maxzoom: TOP_ZOOM },
				{ tier: 'inner-50m', minzoom: ZOOM_50M, maxzoom: ZOOM_10M }
			]
		},
		{
			name: '10m',
			bounds: inMercator(extent),
			minzoom: Math.floor(ZOOM_10M),
			maxzoom: detailMaxZoom(extent),
			tiers: [{ tier: 'detail-10m', minzoom: ZOOM_10M, maxzoom: TOP_ZOOM }]
		}
	];
}

/**
 * The zooms of a set's tiles that hold `range`'s tier, first and last: from the tiles the map draws at
 * the tier's first zoom to the last it draws it at, or the set's deepest (overzoomed beyond).
 */
export function tileZooms(set: TileSet, range: TierRange): [number, number] {
	return [Math.max(set.minzoom, Math.floor(range.minzoom)), Math.min(set.maxzoom, Math.ceil(range.maxzoom) - 1)];
}

/** Every tile of a set: each zoom's block of tiles within its bounds. */
export function tileBlocks(set: TileSet): TileBlock[] {
	const blocks: TileBlock[] = [];
	for (let z = set.minzoom; z <= set.maxzoom; z++) blocks.push(tileBlock(set.bounds, z));
	return blocks;
}

/** Whether tile z/x/y is one of a set's tiles. */
export function hasTile(set: TileSet, z: number, x: number, y: number): boolean {
	if (!Number.isInteger(z) || z < set.minzoom || z > set.maxzoom) return false;
	const b = tileBlock(set.bounds, z);
	return Number.isInteger(x) && Number.isInteger(y) && x >= b.minX && x < b.maxX && y >= b.minY && y < b.maxY;
}
