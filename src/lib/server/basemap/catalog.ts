/**
 * Turns a tier name into its GeoJSON, reading Natural Earth TopoJSON from the world-atlas package
 * at build time (the basemap's tiles, ./tiles.ts, are cut from it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { nearExtent, type BasemapTier } from '../../domain/basemapTiles';
import { bandsAround, buildGraticule, buildTier, WORLD, WORLD_EXTENT } from './tiers';
import type { Extent } from './cut';

type Scale = '110m' | '50m' | '10m';

interface TierSpec {
	scale: Scale;
	extents: readonly Extent[];
	/** Decimals kept: 2 ≈ 1 km, 3 ≈ 100 m, 4 ≈ 10 m; finer than each scale's own accuracy. */
	decimals: number;
}

/** The basemap's data tiers around an atlas's extent; the plan (src/lib/domain/basemapTiles.ts) decides at which zooms each shows. */
export function tiersFor(detail: Extent): Record<Exclude<BasemapTier, 'graticule'>, TierSpec> {
	const near = nearExtent(detail);
	return {
		'world-110m': { scale: '110m', extents: WORLD, decimals: 2 },
		'far-110m': { scale: '110m', extents: bandsAround(WORLD_EXTENT, near), decimals: 2 },
		'near-50m': { scale: '50m', extents: bandsAround(near, detail), decimals: 3 },
		'inner-50m': { scale: '50m', extents: [detail], decimals: 3 },
		'detail-10m': { scale: '10m', extents: [detail], decimals: 4 }
	};
}

const require = createRequire(import.meta.url);

/** Reads one world-atlas TopoJSON file. */
export function readAtlas(file: `${'land' | 'countries'}-${Scale}`): Topology {
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}.json`), 'utf8')) as Topology;
}

/** Builds the GeoJSON of one tier of the basemap around `detail`; throws on an unknown name. */
export function buildNamedTier(name: string, detail: Extent): object {
	if (name === 'graticule') return buildGraticule(10);
	const tiers = tiersFor(detail);
	if (!(name in tiers)) throw new Error(`Unknown basemap tier "${name}"`);
	const spec: TierSpec = tiers[name as keyof typeof tiers];
	return buildTier(
		{ land: readAtlas(`land-${spec.scale}`), countries: readAtlas(`countries-${spec.scale}`) },
		spec.extents,
		spec.decimals
	);
}
