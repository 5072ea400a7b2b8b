/**
 * Turns the compiled atlas into a search index and a query into ranked results: titles, summaries and
 * tags of events and the names their places had then, every name a place has had (and its other
 * romanisations), and the names and summaries of fronts, axes of advance, zones and lines, ignoring
 * case and diacritics ("Koln" finds Köln).
 */
import type { Day } from './day';
import { KIND_NAMES, type AtlasFeature, type CompiledAtlas, type RefKind } from './feature';
import { capitalise } from './compileMoving';
import { allRows, sortRows } from './sortRows';

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
	/** Lower-case, diacritic-free words to match, the label's first (the search relies on it). */
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

/** What an entry is made of: besides its own fields, the names it is found by and the other texts that find it. */
export type EntryParts = Omit<SearchEntry, 'haystack' | 'names'> & { names: readonly string[]; texts: readonly string[] };

/** The names of an entry that has none, shared: a million events of a reader's file name no place. */
const NO_NAMES: SearchEntry['names'] = [];

/** An entry, its words to match made from its label, its names and its texts, in that order. */
export function searchEntry({ kind, id, label, detail, from, at, names, texts }: EntryParts): SearchEntry {
	return {
		kind,
		id,
		label,
		detail,
		from,
		at,
		haystack: normalise([label, ...names, ...texts].join(' ')),
		names: names.length ? names.map((name) => ({ name, key: normalise(name) })) : NO_NAMES
	};
}

/** One entry per feature a selection can open (a front's keyframes are found through their front). */
export function buildIndex(atlas: CompiledAtlas): SearchEntry[] {
	return atlas.features
		.filter((f) => f.kind !== 'keyframe')
		.map((f) =>
			searchEntry({
				kind: f.ref.kind,
				id: f.ref.id,
				label: f.label,
				detail: describe(f),
				from: f.from,
				at: f.at,
				names: f.names,
				// A place is found by its names, not by what its summary mentions.
				texts: f.kind === 'place' ? [] : [f.detail.summary, ...f.tags]
			})
		);
}

const ORDER: Record<SearchKind, number> = { place: 0, feature: 1, front: 1, event: 2 };

/** How many characters of haystack one string holds: far below the longest string an engine allows. */
const CHUNK = 1 << 23;

/** Haystacks joined by newlines (never inside a word), and where each entry's begins, with one past the last. */
interface Chunk {
	text: string;
	starts: Int32Array;
	/** The entry the chunk begins with. */
	first: number;
}

/**
 * An index ready for queries: its entries in the order ties rank in (places, then zones, fronts and
 * lines, then events; each the earliest first, then in the index's order), their haystacks joined so
 * that a query runs one native search through the text, their labels normalised once found.
 */
export interface PreparedIndex {
	entries: SearchEntry[];
	/** Whether each entry is an event (1), beside the text: a find is judged without reaching for its entry. */
	events: Uint8Array;
	/** Each entry's label normalised, once it has been found (null until then). */
	labels: (string | null)[];
	chunks: Chunk[];
}

/** Prepares `index` for {@link search}: once per index, not per query; `chunk` characters of text to a string at most. */
export function prepareIndex(index: readonly SearchEntry[], chunk = CHUNK): PreparedIndex {
	const days = new Float64Array(index.length);
	const kinds = new Uint8Array(index.length);
	index.forEach((e, i) => {
		days[i] = e.from ?? 0;
		kinds[i] = ORDER[e.kind];
	});
	const order = sortRows(sortRows(allRows(index.length), days), kinds);
	// Filled by push: an array made at its full length would be a slow dictionary past some thousands.
	const entries: SearchEntry[] = [];
	const labels: (string | null)[] = [];
	const chunks: Chunk[] = [];
	let part: string[] = [];
	let length = 0;
	const close = () => {
		const starts = new Int32Array(part.length + 1);
		for (let k = 0; k < part.length; k++) starts[k + 1] = starts[k]! + part[k]!.length + 1;
		chunks.push({ text: part.join('\n'), starts, first: entries.length - part.length });
		part = [];
		length = 0;
	};
	// One pass over the entries: a million of them lie far apart in memory.
	for (const i of order) {
		const entry = index[i]!;
		if (part.length && length + entry.haystack.length >= chunk) close();
		entries.push(entry);
		labels.push(null);
		part.push(entry.haystack);
		length += entry.haystack.length + 1;
	}
	if (part.length) close();
	const events = new Uint8Array(order.length);
	order.forEach((i, k) => (events[k] = kinds[i] === ORDER.event ? 1 : 0));
	return { entries, events, labels, chunks };
}

/** The entry of `chunk` whose haystack holds the character at `at`. */
function entryAt(starts: Int32Array, at: number): number {
	let lo = 0;
	let hi = starts.length - 2;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** How much of each chunk's text a query reads to guess which of its words is the rarest. */
const SAMPLE = 1 << 16;

/** The word of `words` found least often in a sample of the text (the longest on a tie): the one the text is searched for. */
function rarest(index: PreparedIndex, words: string[]): string {
	let best = words[0]!;
	let fewest = Infinity;
	for (const word of new Set(words)) {
		let found = 0;
		for (const { text } of index.chunks) {
			const sample = text.slice(0, SAMPLE);
			for (let at = sample.indexOf(word); at >= 0; at = sample.indexOf(word, at + word.length)) found++;
		}
		if (found < fewest || (found === fewest && word.length > best.length)) [best, fewest] = [word, found];
	}
	return best;
}

/** The ranks a search keeps finds for: 0 best, 3 worst. */
const RANKS = 4;

/** The finds of one index for `words`, by rank: each rank its first `limit`, in the order ties rank in. */
function ranked(index: PreparedIndex, words: string[], limit: number): SearchResult[][] {
	const phrase = words.join(' ');
	const key = rarest(index, words);
	const others = words.filter((w) => w !== key);
	const ranks: SearchResult[][] = Array.from({ length: RANKS }, () => []);
	// The worst rank a find can still enter: ranks below it are not full, and together hold fewer than `limit`.
	let worst = RANKS - 1;
	for (const { text, starts, first } of index.chunks) {
		for (let at = text.indexOf(key); at >= 0; ) {
			const k = entryAt(starts, at);
			const start = starts[k]!;
			const end = starts[k + 1]!;
			at = text.indexOf(key, end);
			// The find is judged on the text first: a million entries' objects are far apart in memory.
			if (others.length) {
				const haystack = text.slice(start, end - 1);
				if (!others.every((w) => haystack.includes(w))) continue;
			}
			// An event's names are its places': a match there ranks below its own title.
			const own = index.events[first + k] === 0;
			// The haystack begins with the label: one that does not begin with the phrase cannot either.
			const headed = text.startsWith(phrase, start);
			if (!headed && !own && worst === 0) continue;
			const entry = index.entries[first + k]!;
			const label = (index.labels[first + k] ??= normalise(entry.label));
			const starting = (headed && label.startsWith(phrase)) || (own && entry.names.some((n) => n.key.startsWith(phrase)));
			if (!starting && worst === 0) continue;
			const named = entry.names.find((n) => n.key !== label && words.every((w) => n.key.includes(w)));
			const inLabel = words.every((w) => label.includes(w));
			const score = starting ? 0 : inLabel || (own && named) ? 1 : named ? 2 : 3;
			if (score > worst) continue;
			ranks[score]!.push({ entry, matchedName: named && !inLabel ? named.name : null });
			let held = 0;
			for (worst = 0; worst < RANKS - 1 && held + ranks[worst]!.length < limit; worst++) held += ranks[worst]!.length;
			if (ranks[worst]!.length === limit) worst--;
			if (worst < 0) return ranks;
		}
	}
	return ranks;
}

/**
 * The entries of `indexes` matching every word of `query`, best first: names that start with it, then
 * names and titles that hold it, then events at a place of that name, then text; within a rank places,
 * then zones, fronts and lines, then events, the earliest first, then as the indexes come. Each index's
 * text is read once, in the order ties rank in, so each rank keeps its first `limit` finds, a find is
 * ranked only as far as a rank with room can still use it, and the reading stops once the best rank is full.
 */
export function search(indexes: readonly PreparedIndex[], query: string, limit = 8): SearchResult[] {
	const words = normalise(query).split(/\s+/).filter(Boolean);
	if (!words.length || limit < 1) return [];
	const each = indexes.map((index) => ranked(index, words, limit));
	const tie = (a: SearchResult, b: SearchResult) => ORDER[a.entry.kind] - ORDER[b.entry.kind] || (a.entry.from ?? 0) - (b.entry.from ?? 0);
	const results: SearchResult[] = [];
	for (let rank = 0; rank < RANKS && results.length < limit; rank++) results.push(...each.flatMap((ranks) => ranks[rank]!).sort(tie));
	return results.slice(0, limit);
}
