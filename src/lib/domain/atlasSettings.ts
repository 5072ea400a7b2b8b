/**
 * Turns a compiled atlas and its manifest into the explorer's settings: what the manifest gives is
 * kept, the rest is derived from the data (extent and camera from its shapes, the period and its
 * presets from its dates and their density, the categories and the legend from what it holds).
 */
import { addMonths, civilFromDay, dayFromCivil, type Day } from './day';
import type { CompiledAtlas } from './feature';
import { dayAtPrecision } from './historicalDate';
import type { AtlasManifest, MapLabel } from './manifest';
import { OPEN_END } from './timeline';

export type Extent = [number, number, number, number];

/** A range of days, `to` exclusive. */
export interface DayRange {
	from: Day;
	to: Day;
}

export interface CategorySetting {
	id: string;
	label: string;
	color: string;
}

/**
 * One line of the legend: a symbol, and what it means. Categories and styles bring their colour;
 * the other symbols are drawn in the map's fixed palette.
 */
export interface LegendEntry {
	symbol: 'event' | 'front' | 'front-inferred' | 'front-ghost' | 'route' | 'route-sea' | 'route-airborne' | 'area' | 'line' | 'border' | 'place';
	color?: string;
	label: string;
}

export interface AtlasSettings {
	title: string;
	description: string;
	/** Where the map may go, and where the basemap is drawn in detail. */
	extent: Extent;
	camera: { zoom: number; lat: number; lon: number };
	period: DayRange;
	presets: { label: string; range: DayRange }[];
	start: Day;
	categories: CategorySetting[];
	/** Colours of zones and lines, by their `style` property. */
	styles: Record<string, string>;
	labels: MapLabel[];
	legend: LegendEntry[];
	labelledPlaceKinds: string[];
}

/** Colours for categories and styles the manifest does not colour, in turn. */
export const FALLBACK_COLORS = ['#c0392b', '#1f5fa8', '#6a3d9a', '#2e7d4f', '#b8862b', '#7a5230', '#5c5c5c', '#8e2a6b'] as const;

const MERCATOR_LIMIT = 85;

/** The bounding box of every shape, padded by a fifth of its size (at least 1°) and kept on the Web Mercator map. */
export function dataExtent(atlas: CompiledAtlas): Extent | null {
	const boxes = atlas.features.map((f) => f.detail.bbox).filter((b) => b !== null);
	if (!boxes.length) return null;
	const [w, s, e, n] = boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
	const padX = Math.max(1, (e - w) / 5);
	const padY = Math.max(1, (n - s) / 5);
	return [Math.max(-180, w - padX), Math.max(-MERCATOR_LIMIT, s - padY), Math.min(180, e + padX), Math.min(MERCATOR_LIMIT, n + padY)];
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The width of the world at zoom 0 in MapLibre's pixels (its tiles are 512 px). */
const WORLD_PX = 512;

/** The camera that shows an extent in a window of about 1000 × 640 pixels, between zooms 1 and 10. */
export function cameraFor([w, s, e, n]: Extent): AtlasSettings['camera'] {
	const zoomX = Math.log2((1000 * 360) / (WORLD_PX * Math.max(e - w, 1e-6)));
	const zoomY = Math.log2((640 * 2 * Math.PI) / (WORLD_PX * Math.max(mercatorY(n) - mercatorY(s), 1e-6)));
	const zoom = Math.round(Math.min(10, Math.max(1, Math.min(zoomX, zoomY))) * 4) / 4;
	return { zoom, lat: (s + n) / 2, lon: (w + e) / 2 };
}

const monthStart = (d: Day) => {
	const { year, month } = civilFromDay(d);
	return dayFromCivil({ year, month, day: 1 });
};

/** From the first day of the month of the earliest date to the end of the month of the latest one. */
export function dataPeriod(atlas: CompiledAtlas): DayRange | null {
	// A loop, not Math.min(...days): a reader's file may hold more days than a call takes arguments.
	let first = Infinity;
	let last = -Infinity;
	for (const f of atlas.features) {
		if (f.from === null || f.to === null) continue;
		first = Math.min(first, f.from);
		last = Math.max(last, f.to < OPEN_END ? f.to - 1 : f.from);
	}
	if (first === Infinity) return null;
	return { from: monthStart(first), to: addMonths(monthStart(last), 1) };
}

/** A range in words at the precision of its edges: "June 1815", "June 1815 to March 1816", "218 BCE to 202 BCE". */
export function rangeInWords({ from, to }: DayRange): string {
	const a = civilFromDay(from);
	const b = civilFromDay(to - 1);
	const wholeYears = a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31;
	const precision = wholeYears ? 'year' : 'month';
	const first = dayAtPrecision(from, precision);
	const last = dayAtPrecision(to - 1, precision);
	return first === last ? first : `${first} to ${last}`;
}

/**
 * Presets from the density of the events' dates: the busiest month, the busiest year and the busiest
 * decade that are each shorter than half the period and hold at least two events, and the whole
 * period. The first is the default: the shortest of them that holds at least half of the events.
 */
export function densityPresets(atlas: CompiledAtlas, period: DayRange): AtlasSettings['presets'] {
	const starts = atlas.features.filter((f) => f.kind === 'event' && f.from !== null).map((f) => f.from!).sort((a, b) => a - b);
	const windows: (AtlasSettings['presets'][number] & { count: number })[] = [];
	// Each unit, and the longest the unit below it can be: a window the period cuts to no more than that adds nothing.
	for (const [months, below] of [[1, 0], [12, 31], [120, 366]] as const) {
		let best: { range: DayRange; count: number } | null = null;
		for (const start of starts) {
			const first = months >= 12 ? dayFromCivil({ year: civilFromDay(start).year, month: 1, day: 1 }) : monthStart(start);
			// Kept within the period: a link to a preset must stay within the time axis.
			const range = { from: Math.max(period.from, first), to: Math.min(period.to, addMonths(first, months)) };
			if (range.to - range.from >= (period.to - period.from) / 2 || range.to - range.from <= below) continue;
			const count = starts.filter((d) => d >= range.from && d < range.to).length;
			if (count >= 2 && (!best || count > best.count)) best = { range, count };
		}
		if (best) windows.push({ label: `${rangeInWords(best.range)} (${best.count} events)`, range: best.range, count: best.count });
	}
	windows.push({ label: `${rangeInWords(period)} (the whole atlas)`, range: period, count: starts.length });
	const preferred = windows.find((w) => w.count * 2 >= starts.length) ?? windows.at(-1)!;
	return [preferred, ...windows.filter((w) => w !== preferred)].map(({ label, range }) => ({ label, range }));
}

/** The explorer's settings for an atlas. */
export function atlasSettings(atlas: CompiledAtlas, manifest: AtlasManifest): AtlasSettings {
	const extent = manifest.extent ?? dataExtent(atlas) ?? [-180, -MERCATOR_LIMIT, 180, MERCATOR_LIMIT];
	const period = manifest.period ? { from: manifest.period.from.start, to: manifest.period.to.end } : (dataPeriod(atlas) ?? { from: 0, to: 1 });
	const presets = manifest.presets?.map((p) => ({ label: p.label, range: { from: p.from.start, to: p.to.end } })) ?? densityPresets(atlas, period);
	// Without a start of its own the atlas opens on its first event in the default period.
	const firstEvent = (range: DayRange) => atlas.features.find((f) => f.kind === 'event' && f.from !== null && f.from >= range.from && f.from < range.to)?.from;
	const start = manifest.start?.start ?? firstEvent(presets[0]?.range ?? period) ?? firstEvent(period) ?? period.from;
	// Events first, so the categories keep the order events give them; fronts, advances and shapes may add theirs.
	const byEvents = (f: CompiledAtlas['features'][number]) => (f.kind === 'event' ? 0 : 1);
	const used = [...new Set([...atlas.features].sort((a, b) => byEvents(a) - byEvents(b)).flatMap((f) => (f.kind === 'event' ? [f.category ?? ''] : f.category ? [f.category] : [])))];
	const declared = manifest.categories ?? [];
	const listed: { id: string; label: string; color?: string | undefined }[] = [
		...declared.filter((c) => used.includes(c.id)),
		...used.filter((id) => !declared.some((c) => c.id === id)).map((id) => ({ id, label: id }))
	];
	// Undeclared colours come from the fallbacks in turn, skipping those the manifest already gives.
	const free = FALLBACK_COLORS.filter((color) => !listed.some((c) => c.color?.toLowerCase() === color));
	const pool = free.length ? free : [...FALLBACK_COLORS];
	let next = 0;
	const categories: CategorySetting[] = listed.map((c) => ({ id: c.id, label: c.label, color: c.color ?? pool[next++ % pool.length]! }));
	const styles = Object.fromEntries(Object.entries(manifest.styles ?? {}).map(([key, s]) => [key, s.color]));
	return {
		title: manifest.title,
		description: manifest.description,
		extent,
		camera: manifest.camera ?? cameraFor(extent),
		period,
		presets,
		start,
		categories,
		styles,
		labels: manifest.labels ?? [],
		legend: legendOf(atlas, manifest, categories),
		labelledPlaceKinds: manifest.labelledPlaceKinds ?? ['city', 'port']
	};
}

/** The legend of what the atlas holds: its categories, fronts, kinds of advance, styles of zones and lines, places. */
function legendOf(atlas: CompiledAtlas, manifest: AtlasManifest, categories: CategorySetting[]): LegendEntry[] {
	const has = (kind: string) => atlas.features.some((f) => f.kind === kind);
	const advanceKinds = new Set(atlas.features.flatMap((f) => (f.kind === 'advance' ? f.parts.map((p) => String(p.props['kind'])) : [])));
	// A dot for each category of events; a category only fronts or zones have is drawn by their own symbols.
	const eventCategories = new Set(atlas.features.flatMap((f) => (f.kind === 'event' ? [f.category ?? ''] : [])));
	const entries: LegendEntry[] = categories
		.filter((c) => eventCategories.has(c.id))
		.map((c) => ({ symbol: 'event', color: c.color, label: `${c.label}; larger while it is happening, fading after` }));
	if (has('front')) {
		entries.push(
			{ symbol: 'front', label: 'Front on a date sources give (keyframe): the forward positions they report, joined in the order of the formations along it, not a continuous line; arrows show the axes of advance' },
			{ symbol: 'front-inferred', label: 'Front: inferred between two keyframes' },
			{ symbol: 'front-ghost', label: 'Front: the previous keyframe (ghost)' }
		);
	}
	if (advanceKinds.has('ground')) entries.push({ symbol: 'route', label: 'Axis of advance on the ground, growing with the date' });
	if (advanceKinds.has('sea')) entries.push({ symbol: 'route-sea', label: 'Landing from the sea' });
	if (advanceKinds.has('airborne')) entries.push({ symbol: 'route-airborne', label: 'Airborne landing' });
	// The styles zones and lines use ('' for none), each once.
	const styled = (kind: 'zone' | 'line') => new Set(atlas.features.filter((f) => f.kind === kind).flatMap((f) => f.parts.map((p) => String(p.props['style'] ?? ''))));
	const [zones, lines] = [styled('zone'), styled('line')];
	for (const [key, style] of Object.entries(manifest.styles ?? {})) {
		if (zones.has(key)) entries.push({ symbol: 'area', color: style.color, label: style.label });
		else if (lines.has(key)) entries.push({ symbol: 'line', color: style.color, label: style.label });
	}
	if (zones.has('')) entries.push({ symbol: 'area', label: 'Zone' });
	if (lines.has('')) entries.push({ symbol: 'line', label: 'Line' });
	entries.push({ symbol: 'border', label: manifest.legend?.borders ?? "Today's borders, for orientation" });
	if (has('place')) entries.push({ symbol: 'place', label: manifest.legend?.places ?? 'Place' });
	return entries;
}
