/**
 * Turns the explorer's shareable state into a URL hash and back, in OpenHistoricalMap's convention:
 * `#map=zoom/lat/lon&date=YYYY-MM-DD&event=<id>&view=history&window=7&range=YYYY-MM-DD..YYYY-MM-DD`,
 * plus `place=`, `feature=` or `front=` for other selections and `cat=a,b&tag=Name` for filters.
 * Parsing never throws: a missing or malformed value is left out, so the default applies.
 */
import { parseIsoDay, toIsoDay, type Day } from '../domain/day';
import { REF_KINDS, type Ref, type RefKind } from '../domain/feature';
import { VIEWS, type View } from '../domain/timeline';

export interface Camera {
	zoom: number;
	lat: number;
	lon: number;
}

/** What can be selected: an event, a place, a front, or another feature (advance, zone, line). */
export const SELECTION_KINDS = REF_KINDS;
export type SelectionKind = RefKind;
export type Selection = Ref;

/** What a link restores; every field is optional (absent means "use the default"). */
export interface HashState {
	camera?: Camera;
	date?: Day;
	selection?: Selection;
	categories?: string[];
	/** A hashtag, '#' included. */
	tag?: string;
	view?: View;
	windowDays?: number;
	range?: { from: Day; to: Day };
}

/** The limits a parsed value must respect. */
export interface HashLimits {
	minZoom: number;
	maxZoom: number;
	/** Days the atlas covers: dates and ranges outside are refused. */
	extent: { from: Day; to: Day };
	/** Known ids by kind of selection: an unknown one is refused. */
	ids: Record<SelectionKind, ReadonlySet<string>>;
	categories: ReadonlySet<string>;
	tags: ReadonlySet<string>;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

function parseCamera(text: string, limits: HashLimits): Camera | undefined {
	const parts = text.split('/');
	if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined;
	const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
	if (zoom < limits.minZoom || zoom > limits.maxZoom || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
	return { zoom, lat, lon };
}

const inExtent = (day: Day, { extent }: HashLimits) => day >= extent.from && day < extent.to;
/** A range's end is exclusive: it may be the extent's own (exclusive) end. */
const endInExtent = (day: Day, { extent }: HashLimits) => day > extent.from && day <= extent.to;

/** Parses a location hash (with or without its leading '#'). */
export function parseHash(hash: string, limits: HashLimits): HashState {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const state: HashState = {};
	const map = params.get('map');
	const camera = map === null ? undefined : parseCamera(map, limits);
	if (camera) state.camera = camera;
	const date = parseIsoDay(params.get('date') ?? '');
	if (date !== null && inExtent(date, limits)) state.date = date;
	for (const kind of SELECTION_KINDS) {
		const id = params.get(kind);
		if (id !== null && limits.ids[kind].has(id)) {
			state.selection = { kind, id };
			break;
		}
	}
	const categories = (params.get('cat') ?? '').split(',').filter((c) => limits.categories.has(c));
	if (categories.length) state.categories = [...new Set(categories)];
	const tag = `#${params.get('tag') ?? ''}`;
	if (limits.tags.has(tag)) state.tag = tag;
	const view = params.get('view');
	if (view !== null && (VIEWS as readonly string[]).includes(view)) state.view = view as View;
	const windowText = params.get('window') ?? '';
	if (/^\d{1,3}$/.test(windowText) && Number(windowText) >= 1 && Number(windowText) <= 365) state.windowDays = Number(windowText);
	const [fromText, toText, ...rest] = (params.get('range') ?? '').split('..');
	const from = parseIsoDay(fromText ?? '');
	const to = parseIsoDay(toText ?? '');
	if (rest.length === 0 && from !== null && to !== null && from < to && inExtent(from, limits) && endInExtent(to, limits)) {
		state.range = { from, to };
	}
	return state;
}

/** Formats the state as a hash, '#' included, in a fixed order; absent fields are left out. */
export function formatHash(state: HashState): string {
	const parts: string[] = [];
	if (state.camera) {
		const { zoom, lat, lon } = state.camera;
		parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
	}
	if (state.date !== undefined) parts.push(`date=${toIsoDay(state.date)}`);
	if (state.selection) parts.push(`${state.selection.kind}=${encodeURIComponent(state.selection.id)}`);
	if (state.view) parts.push(`view=${state.view}`);
	if (state.windowDays !== undefined) parts.push(`window=${state.windowDays}`);
	if (state.range) parts.push(`range=${toIsoDay(state.range.from)}..${toIsoDay(state.range.to)}`);
	if (state.categories?.length) parts.push(`cat=${state.categories.join(',')}`);
	if (state.tag) parts.push(`tag=${encodeURIComponent(state.tag.slice(1))}`);
	return `#${parts.join('&')}`;
}
