/**
 * Turns a tier name into its GeoJSON, reading Natural Earth TopoJSON from the world-atlas package
 * at build time (the prerendered /basemap/*.json endpoints call this).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { bandsAround, buildGraticule, buildTier, DETAIL_EXTENT, NEAR_EXTENT, WORLD, WORLD_EXTENT } from './tiers';
import type { Extent } from './cut';

type Scale = '110m' | '50m' | '10m';

interface TierSpec {
	scale: Scale;
	extents: readonly Extent[];
	/** Decimals kept: 2 ≈ 1 km, 3 ≈ 100 m, 4 ≈ 10 m; finer than each scale's own accuracy. */
	decimals: number;
}

/** The basemap's data tiers; the style (src/lib/map/style.ts) decides at which zooms each shows. */
export const TIERS = {
	'world-110m': { scale: '110m', extents: WORLD, decimals: 2 },
	'far-110m': { scale: '110m', extents: bandsAround(WORLD_EXTENT, NEAR_EXTENT), decimals: 2 },
	'near-50m': { scale: '50m', extents: bandsAround(NEAR_EXTENT, DETAIL_EXTENT), decimals: 3 },
	'inner-50m': { scale: '50m', extents: [DETAIL_EXTENT], decimals: 3 },
	'detail-10m': { scale: '10m', extents: [DETAIL_EXTENT], decimals: 4 }
} as const satisfies Record<string, TierSpec>;

export type TierName = keyof typeof TIERS | 'graticule';

export const TIER_NAMES: readonly TierName[] = [...(Object.keys(TIERS) as (keyof typeof TIERS)[]), 'graticule'];

const require = createRequire(import.meta.url);

/** Reads one world-atlas TopoJSON file. */
export function readAtlas(file: `${'land' | 'countries'}-${Scale}`): Topology {
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}.json`), 'utf8')) as Topology;
}

/** Builds the GeoJSON of one tier; throws on an unknown name. */
export function buildNamedTier(name: string): object {
	if (name === 'graticule') return buildGraticule(10);
	if (!(name in TIERS)) throw new Error(`Unknown basemap tier "${name}"`);
	const spec: TierSpec = TIERS[name as keyof typeof TIERS];
	return buildTier(
		{ land: readAtlas(`land-${spec.scale}`), countries: readAtlas(`countries-${spec.scale}`) },
		spec.extents,
		spec.decimals
	);
}
