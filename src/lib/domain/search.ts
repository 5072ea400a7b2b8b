/**
 * Turns the compiled atlas into a search index and a query into ranked results: titles, summaries and
 * tags of events and the names their places had then, every name a place has had (and its other
 * romanisations), and the names and summaries of fronts, axes of advance, zones and lines, ignoring
 * case and diacritics ("Koln" finds Köln).
 */
import type { Day } from './day';
import { KIND_NAMES, type AtlasFeature, type CompiledAtlas, type RefKind } from './feature';
import { capitalise } from './compileMoving';

/** What a result opens: the same kinds as a selection (a front is all its keyframes). */
export type SearchKind = RefKind;

export interface SearchEntry {
	kind: SearchKind;
	id: string;
	label: string;
	/** What the entry is and when, in words ("Place · region", "Zone · 1815 to 1866"). */
	detail: string;
	/** When an event, front or feature began (places: null). */
	from: Day | null;
	/** Where to show it: an event's point, the middle of a shape's bounding box (null: nowhere). */
	at: [number, number] | null;
	/** Lower-case, diacritic-free words to match. */
	haystack: string;
	/** A place's names, or an event's places' names on its days, normalised, to say which one matched. */
	names: { name: string; key: string }[];
}

export interface SearchResult {
	entry: SearchEntry;
	/** The name that matched, if it was not the label: a place's ("Christiania"), or an event's place's. */
	matchedName: string | null;
}

/** Lower case without diacritics: "Kōnan" → "konan". */
export function normalise(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** What a search result says it is: an event's date, "Place · city", "Zone · 1815 to 1866". */
function describe(f: AtlasFeature): string {
	if (f.kind === 'event') return f.when;
	return f.when ? `${capitalise(KIND_NAMES[f.kind])} · ${f.when}` : f.detail.kindLine;
}

/** One entry per feature a selection can open (a front's keyframes are found through their front). */
export function buildIndex(atlas: CompiledAtlas): SearchEntry[] {
	return atlas.features
		.filter((f) => f.kind !== 'keyframe')
		.map((f) => ({
			kind: f.ref.kind,
			id: f.ref.id,
			label: f.label,
			detail: describe(f),
			from: f.from,
			at: f.at,
			// A place is found by its names, not by what its summary mentions.
			haystack: normalise([f.label, ...f.names, ...(f.kind === 'place' ? [] : [f.detail.summary, ...f.tags])].join(' ')),
			names: f.names.map((name) => ({ name, key: normalise(name) }))
		}));
}

const ORDER: Record<SearchKind, number> = { place: 0, feature: 1, front: 1, event: 2 };

/**
 * The entries matching every word of `query`, best first: names that start with it, then names and
 * titles that hold it, then events at a place of that name, then text; within a rank places, then
 * zones, fronts and lines, then events.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchResult[] {
	const words = normalise(query).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const scored: { result: SearchResult; score: number }[] = [];
	for (const entry of index) {
		if (!words.every((w) => entry.haystack.includes(w))) continue;
		const label = normalise(entry.label);
		const phrase = words.join(' ');
		const named = entry.names.find((n) => n.key !== label && words.every((w) => n.key.includes(w)));
		// An event's names are its places': a match there ranks below its own title.
		const own = entry.kind !== 'event';
		const score =
			label.startsWith(phrase) || (own && entry.names.some((n) => n.key.startsWith(phrase)))
				? 0
				: words.every((w) => label.includes(w)) || (own && named)
					? 1
					: named
						? 2
						: 3;
		scored.push({ result: { entry, matchedName: named && !words.every((w) => label.includes(w)) ? named.name : null }, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || ORDER[a.result.entry.kind] - ORDER[b.result.entry.kind] || (a.result.entry.from ?? 0) - (b.result.entry.from ?? 0))
		.slice(0, limit)
		.map((s) => s.result);
}
