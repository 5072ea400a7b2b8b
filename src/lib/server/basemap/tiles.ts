/**
 * Cuts the basemap's tiers into Mapbox Vector Tiles at build time, by the plan of
 * src/lib/domain/basemapTiles.ts: one geojson-vt index per tier, each tile encoded with vt-pbf.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { basemapPlan, hasTile, tileBlocks, tileZooms, type BasemapTier, type Bounds, type TileSet } from '../../domain/basemapTiles';
import { buildNamedTier } from './catalog';

/** MapLibre's tile extent and tile size: a pixel is 16 tile units. */
export const TILE_EXTENT = 8192;
const px = (pixels: number) => (pixels * TILE_EXTENT) / 512;

/** Simplified to a quarter of a pixel at each zoom, as the map's GeoJSON sources were. */
const TOLERANCE = px(0.25);
/** Beyond a tile's edge, as far as the widest basemap line and its round cap reach (MapLibre clips the rest). */
const BUFFER = px(8);

/** A tile's address in a set. */
export interface TileAddress {
	set: string;
	z: number;
	x: number;
	y: number;
}

/** The basemap's tiles around one extent. */
export interface BasemapTiles {
	plan: TileSet[];
	/** Every tile the map may ask for, set by set, zoom by zoom. */
	addresses(): TileAddress[];
	/** One tile's layers as geojson-vt gives them (a tier with nothing in the tile is left out), or null if the plan has no such tile. */
	layers(address: TileAddress): Record<string, GeoJSONVTTile> | null;
	/** One tile's bytes (empty where it is open sea), or null if the plan has no such tile. */
	bytes(address: TileAddress): Uint8Array<ArrayBuffer> | null;
}

/** Builds the tiles of one extent, each tier's index on first use. */
function tilesFor(extent: Bounds): BasemapTiles {
	const plan = basemapPlan(extent);
	const indexes = new Map<BasemapTier, GeoJSONVT>();
	const index = (set: TileSet, tier: BasemapTier): GeoJSONVT => {
		let found = indexes.get(tier);
		if (!found) {
			const data = buildNamedTier(tier, extent) as GeoJSON.GeoJSON;
			// At the set's deepest zoom geojson-vt keeps every vertex: those tiles are overzoomed beyond.
			found = new GeoJSONVT(data, { maxZoom: set.maxzoom, tolerance: TOLERANCE, extent: TILE_EXTENT, buffer: BUFFER });
			indexes.set(tier, found);
		}
		return found;
	};
	const setOf = (name: string) => plan.find((s) => s.name === name);
	function layers({ set: name, z, x, y }: TileAddress): Record<string, GeoJSONVTTile> | null {
		const set = setOf(name);
		if (!set || !hasTile(set, z, x, y)) return null;
		const out: Record<string, GeoJSONVTTile> = {};
		for (const range of set.tiers) {
			const [first, last] = tileZooms(set, range);
			if (z < first || z > last) continue;
			const tile = index(set, range.tier).getTile(z, x, y);
			if (tile && tile.features.length > 0) out[range.tier] = tile;
		}
		return out;
	}
	return {
		plan,
		addresses: () =>
			plan.flatMap((set) =>
				tileBlocks(set).flatMap(({ z, minX, maxX, minY, maxY }) => {
					const list: TileAddress[] = [];
					for (let x = minX; x < maxX; x++) for (let y = minY; y < maxY; y++) list.push({ set: set.name, z, x, y });
					return list;
				})
			),
		layers,
		bytes(address) {
			const found = layers(address);
			if (!found) return null;
			// A copy in a buffer of its own: vt-pbf gives a view into a larger one, which a Response does not take.
			return Object.keys(found).length ? Uint8Array.from(fromGeojsonVt(found, { version: 2, extent: TILE_EXTENT })) : new Uint8Array(0);
		}
	};
}

let cached: { key: string; tiles: BasemapTiles } | undefined;

/** The basemap's tiles around `extent`, built once per build (every tile's request asks for the same extent). */
export function basemapTiles(extent: Bounds): BasemapTiles {
	const key = extent.join(',');
	if (cached?.key !== key) cached = { key, tiles: tilesFor(extent) };
	return cached.tiles;
}
