/**
 * Turns the atlas folder into its compiled form, once per build: the features every page and
 * endpoint derives from, their details, the explorer's settings and the map's sources and time table;
 * a large atlas's events as columns the explorer draws on the GPU instead.
 */
import { atlasSettings, type AtlasSettings } from '../domain/atlasSettings';
import { compileAtlas } from '../domain/compile';
import { refKey, type CompiledAtlas, type Detail } from '../domain/feature';
import { mapData, type AtlasSources, type Timetable } from '../domain/mapData';
import type { Atlas } from '../domain/atlas';
import { eventColumns, GPU_THRESHOLD, type LayerColumns } from '../import/columns';
import { loadAtlas } from './atlas';

export interface Built {
	atlas: Atlas;
	compiled: CompiledAtlas;
	settings: AtlasSettings;
	/** Every feature's detail, by ref key ("event:<id>"). */
	details: Record<string, Detail>;
	/** The compiled atlas the page's data and the map's GeoJSON hold: all of it, or without its events when they are drawn from {@link large}. */
	mapped: CompiledAtlas;
	/** The map's sources and time table, of {@link mapped}. */
	map: { sources: AtlasSources; timetable: Timetable };
	/** The events as columns, when there are at least {@link GPU_EVENTS} of them: the explorer draws them on the GPU. */
	large: LayerColumns | null;
}

/**
 * From how many events a built atlas's are drawn on the GPU, as a reader's large file is: GPU_EVENTS,
 * else GPU_THRESHOLD (the browser tests build a small atlas with GPU_EVENTS=1 to test that path).
 */
export function gpuEvents(value = process.env['GPU_EVENTS']): number {
	if (value === undefined || value === '') return GPU_THRESHOLD;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`GPU_EVENTS is "${value}": it must be a whole number of events, 1 or more`);
	return n;
}

let cached: Built | undefined;

/** The atlas of GEODATA_DIR, compiled once per build; throws an AtlasDataError on any problem. */
export function built(): Built {
	if (cached) return cached;
	const { atlas, manifest } = loadAtlas();
	const compiled = compileAtlas(atlas);
	const events = compiled.features.filter((f) => f.kind === 'event');
	const large = events.length >= gpuEvents() ? eventColumns(events) : null;
	const mapped = large ? { features: compiled.features.filter((f) => f.kind !== 'event') } : compiled;
	cached = {
		atlas,
		compiled,
		settings: atlasSettings(compiled, manifest),
		details: Object.fromEntries(compiled.features.map((f) => [refKey(f.ref), f.detail])),
		mapped,
		map: mapData(mapped),
		large
	};
	return cached;
}
