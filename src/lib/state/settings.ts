/**
 * Turns the atlas's settings and its listed features into the explorer's defaults and the limits a
 * link must respect: nothing here is particular to one atlas.
 */
import { rangeInWords, type AtlasSettings, type DayRange } from '../domain/atlasSettings';
import type { Day } from '../domain/day';
import { REF_KINDS, type Ref, type RefKind } from '../domain/feature';
import type { ListItem } from '../domain/summaries';
import type { Timed } from '../domain/timeline';
import { rowIds, type LargeLayer } from '../import/columns';
import type { ExplorerDefaults } from './explorer.svelte';
import type { HashLimits } from './hash';
import { largeStart } from './largeLayers';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 10;

/** What the page receives of the atlas at build time. */
export interface ExplorerData {
	settings: AtlasSettings;
	/** The listed features: events first, then fronts, advances, zones and lines. */
	items: ListItem[];
	/** Every id a link may name, by kind (keyframes and places included). */
	ids: Record<RefKind, string[]>;
	/** Every dated feature's days, by ref key. */
	spans: { key: string; from: Day; to: Day; hold: boolean }[];
	/**
	 * How many events the atlas draws on the GPU from their columns (/atlas/large/): 0, or every event
	 * of a large atlas, which are then in none of the lists above.
	 */
	gpuEvents: number;
}

/** The defaults of the explorer for an atlas; `reducedMotion` slows playback down. */
export function explorerDefaults({ settings, items, spans }: ExplorerData, reducedMotion: boolean): ExplorerDefaults {
	const events = items.filter((i) => i.kind === 'event');
	return {
		date: settings.start,
		// The first period offered that holds the opening date.
		range: settings.presets.find((p) => p.range.from <= settings.start && settings.start < p.range.to)?.range ?? settings.period,
		extent: settings.period,
		presets: settings.presets,
		camera: settings.camera,
		eventStarts: new Map(events.map((e) => [e.ref.id, e.from])),
		spans: new Map(spans.map(({ key, ...span }) => [key, span])),
		speed: reducedMotion ? 1 : 2
	};
}

/** What a link may name: the atlas's ids, categories and tags, its period, the map's zooms. */
export function hashLimits({ settings, items, ids }: ExplorerData): HashLimits {
	return {
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		extent: settings.period,
		ids: Object.fromEntries(REF_KINDS.map((k) => [k, new Set(ids[k])])) as unknown as HashLimits['ids'],
		categories: new Set(settings.categories.map((c) => c.id)),
		tags: new Set(items.flatMap((i) => i.tags))
	};
}

/** What a reader's layers add to the atlas, as the explorer's defaults and a link's limits see it. */
export interface Additions {
	period: DayRange | null;
	items: readonly ListItem[];
	spans: readonly { key: string; from: Day; to: Day; hold: boolean }[];
	/** Every ref a selection may name (`event:id`). */
	refs: readonly Ref[];
	categories: readonly string[];
	/** The layers drawn from their columns (a reader's large files, a large atlas's events): their rows' ids, hashtags and first days. */
	large: readonly LargeLayer[];
}

const union = (a: DayRange, b: DayRange | null): DayRange => (b ? { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) } : a);

/** The day an event begins, by id: the reader's events first, then the atlas's, then the rows of the large layers. */
const lookup = (mine: ReadonlyMap<string, Day>, theirs: ExplorerDefaults['eventStarts'], large: readonly LargeLayer[]): ExplorerDefaults['eventStarts'] => ({
	get: (id) => mine.get(id) ?? theirs.get(id) ?? largeStart(large, id)
});

/**
 * The defaults widened by the reader's layers: the time axis reaches their dates (offered as one more
 * period when it grew), their events are stops of `[` and `]`, and links to them find their dates.
 */
export function defaultsWith(d: ExplorerDefaults, more: Additions): ExplorerDefaults {
	const extent = union(d.extent, more.period);
	const events = more.items.filter((i) => i.kind === 'event');
	const grew = extent.from !== d.extent.from || extent.to !== d.extent.to;
	return {
		...d,
		extent,
		presets: grew ? [...d.presets, { label: `${rangeInWords(extent)} (the atlas and your data)`, range: extent }] : d.presets,
		eventStarts: lookup(new Map(events.map((e): [string, Day] => [e.ref.id, e.from])), d.eventStarts, more.large),
		spans: new Map([...d.spans, ...more.spans.map(({ key, ...span }): [string, Timed] => [key, span])])
	};
}

/** A link's limits widened by the reader's layers: their dates, ids, categories and tags (a large layer's rows' too). */
export function limitsWith(l: HashLimits, more: Additions): HashLimits {
	const ids = Object.fromEntries(REF_KINDS.map((k) => [k, new Set([...l.ids[k], ...more.refs.filter((r) => r.kind === k).map((r) => r.id)])]));
	for (const layer of more.large) for (const id of rowIds(layer)) ids['event']!.add(id);
	return {
		...l,
		extent: union(l.extent, more.period),
		ids: ids as unknown as HashLimits['ids'],
		categories: new Set([...l.categories, ...more.categories]),
		tags: new Set([...l.tags, ...more.items.flatMap((i) => i.tags), ...more.large.flatMap((m) => m.columns.tags)])
	};
}
