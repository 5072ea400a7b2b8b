/**
 * Turns the atlas folder into its compiled form, once per build: the features every page and
 * endpoint derives from, their details, the explorer's settings and the map's sources and time table.
 */
import { atlasSettings, type AtlasSettings } from '../domain/atlasSettings';
import { compileAtlas } from '../domain/compile';
import { refKey, type CompiledAtlas, type Detail } from '../domain/feature';
import { mapData, type AtlasSources, type Timetable } from '../domain/mapData';
import type { Atlas } from '../domain/atlas';
import { loadAtlas } from './atlas';

export interface Built {
	atlas: Atlas;
	compiled: CompiledAtlas;
	settings: AtlasSettings;
	/** Every feature's detail, by ref key ("event:<id>"). */
	details: Record<string, Detail>;
	map: { sources: AtlasSources; timetable: Timetable };
}

let cached: Built | undefined;

/** The atlas of GEODATA_DIR, compiled once per build; throws an AtlasDataError on any problem. */
export function built(): Built {
	if (cached) return cached;
	const { atlas, manifest } = loadAtlas();
	const compiled = compileAtlas(atlas);
	cached = {
		atlas,
		compiled,
		settings: atlasSettings(compiled, manifest),
		details: Object.fromEntries(compiled.features.map((f) => [refKey(f.ref), f.detail])),
		map: mapData(compiled)
	};
	return cached;
}
