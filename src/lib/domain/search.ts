/**
 * Turns the atlas into a search index and a query into ranked results: titles, summaries and tags of
 * events, every name a place has had ("Genzan" finds Wonsan), and the names and summaries of fronts,
 * axes of advance, zones and lines ("Manchukuo"), ignoring case and diacritics ("Heijo" finds Heijō).
 */
import type { EventDetail, FeatureDetail, PlaceDetail } from './details';
import type { Day } from './day';

/** What a result opens: the same kinds as a selection (a front is all its keyframes). */
export type SearchKind = 'event' | 'place' | 'front' | 'feature';

export interface SearchEntry {
	kind: SearchKind;
	id: string;
	label: string;
	/** What the entry is and when, in words ("Place · region", "Zone · 1932 to 1945"). */
	detail: string;
	/** When an event, front or feature began (places: null). */
	from: Day | null;
	/** Where to show it: an event's point, the middle of a shape's bounding box (null: nowhere). */
	at: [number, number] | null;
	/** Lower-case, diacritic-free words to match. */
	haystack: string;
	/** A place's other names, normalised, to say which one matched. */
	names: { name: string; key: string }[];
}

export interface SearchResult {
	entry: SearchEntry;
	/** The historical name that matched, if it was not the label ("Genzan"). */
	matchedName: string | null;
}

/** Lower case without diacritics: "Kōnan" → "konan". */
export function normalise(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const middle = ([w, s, e, n]: [number, number, number, number]): [number, number] => [(w + e) / 2, (s + n) / 2];

const FEATURE_KINDS: Record<FeatureDetail['kind'], string> = { front: 'Front', advance: 'Axis of advance', zone: 'Zone', line: 'Line' };

/** One entry per front (from its keyframes), and one per axis of advance, zone and line. */
function featureEntries(features: readonly FeatureDetail[]): SearchEntry[] {
	const fronts = new Map<string, FeatureDetail[]>();
	const entries: SearchEntry[] = [];
	for (const f of features) {
		if (f.front) fronts.set(f.front.id, [...(fronts.get(f.front.id) ?? []), f]);
		else {
			const detail = `${FEATURE_KINDS[f.kind]} · ${f.when}`;
			entries.push({ kind: 'feature', id: f.id, label: f.name, detail, from: f.from, at: middle(f.bbox), haystack: normalise([f.name, f.summary].join(' ')), names: [] });
		}
	}
	for (const [id, keyframes] of fronts) {
		const { name, when } = keyframes[0]!.front!;
		const from = Math.min(...keyframes.map((k) => k.from));
		const box = keyframes.map((k) => k.bbox).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
		const haystack = normalise([name, ...keyframes.map((k) => k.summary)].join(' '));
		entries.push({ kind: 'front', id, label: name, detail: `Front · ${when}`, from, at: middle(box), haystack, names: [] });
	}
	return entries;
}

export function buildIndex(events: readonly EventDetail[], places: readonly PlaceDetail[], features: readonly FeatureDetail[] = []): SearchEntry[] {
	return [
		...places.map((p) => ({
			kind: 'place' as const,
			id: p.id,
			label: p.name,
			detail: `Place · ${p.kind}`,
			from: null,
			at: p.bbox ? middle(p.bbox) : null,
			haystack: normalise([p.name, ...p.names.map((n) => n.name)].join(' ')),
			names: p.names.map((n) => ({ name: n.name, key: normalise(n.name) }))
		})),
		...events.map((e) => ({
			kind: 'event' as const,
			id: e.id,
			label: e.title,
			detail: e.when,
			from: e.from,
			at: e.coordinates,
			haystack: normalise([e.title, e.summary, ...e.tags].join(' ')),
			names: []
		})),
		...featureEntries(features)
	];
}

const ORDER: Record<SearchKind, number> = { place: 0, feature: 1, front: 1, event: 2 };

/**
 * The entries matching every word of `query`, best first: names that start with it, then names and
 * titles that hold it, then text; within a rank places, then zones, fronts and lines, then events.
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
		const score =
			label.startsWith(phrase) || entry.names.some((n) => n.key.startsWith(phrase)) ? 0 : words.every((w) => label.includes(w)) || named ? 1 : 3;
		scored.push({ result: { entry, matchedName: named && !words.every((w) => label.includes(w)) ? named.name : null }, score });
	}
	return scored
		.sort((a, b) => a.score - b.score || ORDER[a.result.entry.kind] - ORDER[b.result.entry.kind] || (a.result.entry.from ?? 0) - (b.result.entry.from ?? 0))
		.slice(0, limit)
		.map((s) => s.result);
}
