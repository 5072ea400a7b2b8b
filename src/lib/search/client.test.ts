import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchEntry, SearchResult } from '../domain/search';
import { searchClient } from './client';
import type { LargeSearchLayer, SearchReply, SearchRequest } from './types';

/** Stands in for the module worker: records what it is sent and lets a test answer for it. */
class FakeWorker {
	static started: FakeWorker[] = [];
	url: URL;
	options: WorkerOptions;
	sent: SearchRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor(url: URL, options: WorkerOptions) {
		this.url = url;
		this.options = options;
		FakeWorker.started.push(this);
	}
	postMessage(message: SearchRequest) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(reply: SearchReply) {
		this.onmessage?.({ data: reply } as MessageEvent<SearchReply>);
	}
	fail(message: string) {
		this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
	}
}

const worker = (): FakeWorker => FakeWorker.started.at(-1)!;
const entry = (id: string): SearchEntry => ({ kind: 'place', id, label: id, detail: '', from: null, at: null, haystack: id, names: [] });
const result = (id: string): SearchResult => ({ entry: entry(id), matchedName: null });

beforeEach(() => {
	FakeWorker.started = [];
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal('location', { href: 'http://127.0.0.1:4173/explorer/' });
});
afterEach(() => vi.unstubAllGlobals());

describe('searchClient', () => {
	it('starts the worker as a module only when first asked, telling it where the index is from the page', () => {
		const client = searchClient('/explorer/atlas/search.json');
		expect(FakeWorker.started).toHaveLength(0);
		void client.find('oslo');
		expect(worker().url.pathname).toMatch(/\/search\.worker\.ts$/);
		expect(worker().options).toEqual({ type: 'module' });
		expect(worker().sent).toEqual([
			{ type: 'load', url: 'http://127.0.0.1:4173/explorer/atlas/search.json' },
			{ type: 'query', id: 1, query: 'oslo', limit: 8 }
		]);
		void client.find('bergen', 3);
		expect(FakeWorker.started).toHaveLength(1);
	});

	it('starts the worker and its index on prepare, once, so that the first query finds them under way', () => {
		const client = searchClient('/s.json');
		client.prepare();
		client.prepare();
		expect(FakeWorker.started).toHaveLength(1);
		expect(worker().sent).toEqual([{ type: 'load', url: 'http://127.0.0.1:4173/s.json' }]);
		void client.find('oslo');
		expect(FakeWorker.started).toHaveLength(1);
		expect(worker().sent.at(-1)).toEqual({ type: 'query', id: 1, query: 'oslo', limit: 8 });
	});

	it("sends the reader's entries once the worker runs, and again when they change", () => {
		const client = searchClient('/s.json');
		const mine = [entry('mine')];
		client.setExtra(mine);
		void client.find('m');
		expect(worker().sent[1]).toEqual({ type: 'extra', entries: mine });
		client.setExtra(mine);
		client.setExtra([]);
		expect(worker().sent.slice(3)).toEqual([{ type: 'extra', entries: [] }]);
	});

	it('sends the large layers once the worker runs, and their texts only with a layer the worker has not had', () => {
		const client = searchClient('/s.json');
		const columns = { keys: ['a'], positions: new Float32Array([4, 50]) };
		const unkept: LargeSearchLayer = { id: 'my-data-1', name: 'One', visible: true, large: { key: 'large-1', chunks: 1, texts: ['[]'] }, columns };
		const kept: LargeSearchLayer = { id: 'my-data-2', name: 'Two', visible: true, large: { key: 'large-2', chunks: 3 } };
		client.setLarge([unkept]);
		void client.find('m');
		expect(worker().sent[1]).toEqual({ type: 'large', layers: [unkept] });
		client.setLarge([{ ...unkept, visible: false }, kept]);
		expect(worker().sent.at(-1)).toEqual({ type: 'large', layers: [{ id: 'my-data-1', name: 'One', visible: false, large: { key: 'large-1', chunks: 1 } }, kept] });
		client.setLarge([kept]);
		client.setLarge([unkept, kept]);
		expect(worker().sent.at(-1)).toEqual({ type: 'large', layers: [unkept, kept] });
	});

	it('lets the latest query win: an older one resolves with null, and its late answer is dropped', async () => {
		const client = searchClient('/s.json');
		const first = client.find('os');
		const second = client.find('oslo');
		await expect(first).resolves.toBeNull();
		worker().answer({ type: 'results', id: 2, results: [result('oslo')], problems: ['The rows of Fires could not be searched: gone.'] });
		worker().answer({ type: 'results', id: 1, results: [result('osaka')], problems: [] });
		await expect(second).resolves.toEqual({ results: [result('oslo')], problems: ['The rows of Fires could not be searched: gone.'] });
	});

	it("rejects with the worker's failure, and with a clear error when the worker cannot start", async () => {
		const client = searchClient('/s.json');
		const failed = client.find('oslo');
		worker().answer({ type: 'failed', id: 1, message: 'The search index could not be loaded from /s.json: HTTP 404' });
		await expect(failed).rejects.toThrow('The search index could not be loaded from /s.json: HTTP 404');
		const broken = client.find('oslo');
		worker().fail('');
		await expect(broken).rejects.toThrow('The search could not start: its worker failed');
		await expect(client.find('bergen')).rejects.toThrow('The search could not start');
	});

	it('stops the worker on destroy; a waiting query resolves with null', async () => {
		const client = searchClient('/s.json');
		const waiting = client.find('oslo');
		client.destroy();
		expect(worker().terminated).toBe(true);
		await expect(waiting).resolves.toBeNull();
	});
});
