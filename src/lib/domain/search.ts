/**
 * Turns events and places into a search index and a query into ranked results: titles, summaries
 * and tags of events, and every name a place has had ("Genzan" finds Wonsan), ignoring case and
 * diacritics ("Heijo" finds Heijō).
 */
import type { EventDetail, PlaceDetail } from './details';
import type { Day } from './day';

export interface SearchEntry {
	kind: 'event' | 'place';
	id: string;
	label: string;
	/** The date in words for an event; the kind of place for a place. */
	detail: string;
	/** When an event began (places: null). */
	from: Day | null;
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

export function buildIndex(events: readonly EventDetail[], places: readonly PlaceDetail[]): SearchEntry[] {
	return [
		...places.map((p) => ({
			kind: 'place' as const,
			id: p.id,
			label: p.name,
			detail: p.kind === 'region' ? 'region' : p.kind,
			from: null,
			haystack: normalise([p.name, ...p.names.map((n) => n.name)].join(' ')),
			names: p.names.map((n) => ({ name: n.name, key: normalise(n.name) }))
		})),
		...events.map((e) => ({
			kind: 'event' as const,
			id: e.id,
			label: e.title,
			detail: e.when,
			from: e.from,
			haystack: normalise([e.title, e.summary, ...e.tags].join(' ')),
			names: []
		}))
	];
}

/** The entries matching every word of `query`, best first: names that start with it, then names and titles that hold it (places before events), then text. */
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
		.sort((a, b) => a.score - b.score || (a.result.entry.kind === b.result.entry.kind ? 0 : a.result.entry.kind === 'place' ? -1 : 1) || (a.result.entry.from ?? 0) - (b.result.entry.from ?? 0))
		.slice(0, limit)
		.map((s) => s.result);
}
