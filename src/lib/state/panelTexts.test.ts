import { describe, expect, it } from 'vitest';
import { chunkOf } from '../domain/detailChunks';
import type { Detail } from '../domain/feature';
import { PanelTexts } from './panelTexts.svelte';

const COUNT = 8;
const detail = (key: string) => ({ title: key }) as unknown as Detail;
/** Two keys in different chunks, and a third in the first one's chunk. */
const keys = ['event:waterloo', 'place:oslo', 'place:brussels', 'event:ligny', 'place:wavre'];
const first = keys[0]!;
const other = keys.find((k) => chunkOf(k, COUNT) !== chunkOf(first, COUNT))!;
const sameChunk = keys.find((k) => k !== first && chunkOf(k, COUNT) === chunkOf(first, COUNT));

/** A server of chunks whose answers the test releases one at a time; `status` makes a chunk fail. */
function server(status: Record<number, number> = {}) {
	const asked: string[] = [];
	const waiting: (() => void)[] = [];
	const fetcher = (async (input: string | URL | Request) => {
		const url = String(input);
		asked.push(url);
		const n = Number(/(\d+)\.json$/.exec(url)![1]);
		await new Promise<void>((resolve) => waiting.push(resolve));
		if (status[n]) return new Response('no', { status: status[n] });
		const body = Object.fromEntries(keys.filter((k) => chunkOf(k, COUNT) === n).map((k) => [k, detail(k)]));
		return new Response(JSON.stringify(body));
	}) as typeof fetch;
	/** Lets every waiting answer through, and waits until the texts have taken them. */
	const release = async () => {
		waiting.splice(0).forEach((go) => go());
		await new Promise((r) => setTimeout(r, 0));
	};
	return { asked, fetcher, release };
}

const url = (n: number) => `/atlas/details/${n}.json`;

describe('the panels texts', () => {
	it('fetches only the chunk of a key, once, and then has its texts', async () => {
		const s = server();
		const texts = new PanelTexts(url, COUNT, () => ({}), () => false, s.fetcher);
		expect(texts.state([first])).toEqual({ kind: 'loading' });
		texts.need([first]);
		texts.need([first, ...(sameChunk ? [sameChunk] : [])]);
		expect(s.asked).toEqual([url(chunkOf(first, COUNT))]);
		expect(texts.details[first]).toBeUndefined();
		await s.release();
		expect(texts.details[first]).toEqual(detail(first));
		expect(texts.state([first])).toEqual({ kind: 'ready' });
		texts.need([first]);
		expect(s.asked).toHaveLength(1);
	});

	it('is loading until every chunk the keys need has come', async () => {
		const s = server();
		const texts = new PanelTexts(url, COUNT, () => ({}), () => false, s.fetcher);
		texts.need([first, other]);
		expect(s.asked.sort()).toEqual([url(chunkOf(first, COUNT)), url(chunkOf(other, COUNT))].sort());
		expect(texts.state([first, other])).toEqual({ kind: 'loading' });
		await s.release();
		expect(texts.state([first, other])).toEqual({ kind: 'ready' });
		expect(Object.keys(texts.details)).toEqual(expect.arrayContaining([first, other]));
	});

	it("never fetches the reader's own texts, and has them at once", () => {
		const s = server();
		const mine = { 'event:my-data-1-1': detail('event:my-data-1-1') };
		const texts = new PanelTexts(url, COUNT, () => mine, () => false, s.fetcher);
		texts.need(['event:my-data-1-1']);
		expect(s.asked).toEqual([]);
		expect(texts.state(['event:my-data-1-1'])).toEqual({ kind: 'ready' });
		expect(texts.details['event:my-data-1-1']).toBe(mine['event:my-data-1-1']);
	});

	it("never fetches a chunk for a large layer's row, whose text is read from this browser: loading until it is at hand", () => {
		const s = server();
		let mine: Record<string, Detail> = {};
		const key = 'event:my-data-1-7';
		const texts = new PanelTexts(url, COUNT, () => mine, (k) => k.startsWith('event:my-data-1-'), s.fetcher);
		texts.need([key]);
		expect(s.asked).toEqual([]);
		expect(texts.state([key])).toEqual({ kind: 'loading' });
		mine = { [key]: detail(key) };
		expect(texts.state([key])).toEqual({ kind: 'ready' });
	});

	it('says which chunk failed and why, keeps the others, and asks again when asked again', async () => {
		const broken = chunkOf(first, COUNT);
		const s = server({ [broken]: 500 });
		const texts = new PanelTexts(url, COUNT, () => ({}), () => false, s.fetcher);
		texts.need([first, other]);
		await s.release();
		expect(texts.state([first])).toEqual({ kind: 'failed', message: `HTTP 500 (${url(broken)})` });
		expect(texts.state([other])).toEqual({ kind: 'ready' });
		expect(texts.details[other]).toEqual(detail(other));
		texts.need([first]);
		expect(s.asked.filter((u) => u === url(broken))).toHaveLength(2);
		expect(texts.state([first])).toEqual({ kind: 'loading' });
	});

	it('refuses a chunk that is not an object of texts', async () => {
		const fetcher = (async () => new Response('[1, 2]')) as typeof fetch;
		const texts = new PanelTexts(url, COUNT, () => ({}), () => false, fetcher);
		texts.need([first]);
		await new Promise((r) => setTimeout(r, 0));
		expect(texts.state([first])).toEqual({ kind: 'failed', message: `it is not an object of texts by key (${url(chunkOf(first, COUNT))})` });
	});
});
