/**
 * The texts the panels show: the atlas's, fetched a chunk at a time the first time a panel needs one
 * of the chunk's features, and the reader's own layers', kept in memory.
 */
import { untrack } from 'svelte';
import { chunkOf } from '../domain/detailChunks';
import type { Detail } from '../domain/feature';

/** Where the texts of some features stand: all at hand, some still coming, or one chunk refused (and why). */
export type TextsState = { kind: 'ready' } | { kind: 'loading' } | { kind: 'failed'; message: string };

type ChunkState = { kind: 'loading' } | { kind: 'done' } | { kind: 'failed'; message: string };

export class PanelTexts {
	/** The atlas's details fetched so far, by ref key: replaced, never mutated. */
	private fetched = $state.raw<Record<string, Detail>>({});
	/** Each chunk asked for, by number: replaced, never mutated. */
	private chunks = $state.raw<Record<number, ChunkState>>({});
	private readonly url: (chunk: number) => string;
	private readonly count: number;
	private readonly own: () => Readonly<Record<string, Detail>>;
	private readonly ours: (key: string) => boolean;
	private readonly fetcher: typeof fetch;

	/**
	 * `url` names chunk n's file, `count` is how many chunks the atlas was cut into, `own` gives the
	 * reader's layers' details (never fetched), `ours` says whether a key is the reader's though its
	 * text is not at hand yet (a large layer's row, read when opened), `fetcher` is `fetch` (or a test's).
	 */
	constructor(
		url: (chunk: number) => string,
		count: number,
		own: () => Readonly<Record<string, Detail>>,
		ours: (key: string) => boolean,
		fetcher: typeof fetch = (...a) => fetch(...a)
	) {
		this.url = url;
		this.count = count;
		this.own = own;
		this.ours = ours;
		this.fetcher = fetcher;
	}

	/** Every detail at hand, by ref key: the atlas's fetched so far and the reader's own. */
	details: Readonly<Record<string, Detail>> = $derived.by(() => ({ ...this.fetched, ...this.own() }));

	/**
	 * Fetches the chunks that hold these ref keys, unless they are the reader's own, at hand, or on
	 * their way; a chunk that failed is asked for again. Untracked: an effect that asks does not run
	 * again (and ask again) each time a chunk arrives or fails.
	 */
	need(keys: readonly string[]): void {
		untrack(() => {
			const own = this.own();
			for (const key of keys) {
				if (key in own || this.ours(key)) continue;
				const chunk = chunkOf(key, this.count);
				const now = this.chunks[chunk]?.kind;
				if (now === 'loading' || now === 'done') continue;
				this.set(chunk, { kind: 'loading' });
				void this.load(chunk);
			}
		});
	}

	/** Where the texts of these ref keys stand: failed if a chunk of theirs failed, else loading until every one has come. */
	state(keys: readonly string[]): TextsState {
		const own = this.own();
		let loading = false;
		for (const key of keys) {
			if (key in own) continue;
			// The reader's own text comes from this browser, not from a chunk: loading until it is at hand.
			const chunk = this.ours(key) ? undefined : this.chunks[chunkOf(key, this.count)];
			if (chunk?.kind === 'failed') return chunk;
			if (chunk?.kind !== 'done') loading = true;
		}
		return loading ? { kind: 'loading' } : { kind: 'ready' };
	}

	private async load(chunk: number): Promise<void> {
		const url = this.url(chunk);
		try {
			const response = await this.fetcher(url);
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const details: unknown = await response.json();
			if (typeof details !== 'object' || details === null || Array.isArray(details)) throw new Error('it is not an object of texts by key');
			this.fetched = { ...this.fetched, ...(details as Record<string, Detail>) };
			this.set(chunk, { kind: 'done' });
		} catch (e) {
			this.set(chunk, { kind: 'failed', message: `${(e as Error).message} (${url})` });
		}
	}

	private set(chunk: number, state: ChunkState): void {
		this.chunks = { ...this.chunks, [chunk]: state };
	}
}
