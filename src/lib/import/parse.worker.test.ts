import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { largeRecord } from './store';
import type { ImportMessage, ImportOutcome, ImportRequest, ImportResult } from './types';

/** The outcome the worker posted as JSON text, with its result if it has one. */
const outcomeOf = (text: string): { result?: ImportResult } => {
	const outcome = JSON.parse(text) as ImportOutcome;
	return outcome.kind === 'result' ? { result: outcome.result } : {};
};

// The worker's global scope, as the module sees it: what it posts, and the handler it installs.
const scope = { postMessage: vi.fn<(message: ImportMessage, options?: { transfer: Transferable[] }) => void>(), onmessage: null as ((event: { data: ImportRequest }) => Promise<void>) | null };

beforeAll(async () => {
	vi.stubGlobal('self', scope);
	await import('./parse.worker');
});
afterAll(() => vi.unstubAllGlobals());

async function send(request: ImportRequest): Promise<ImportMessage[]> {
	scope.postMessage.mockClear();
	await scope.onmessage!({ data: request });
	return scope.postMessage.mock.calls.map(([message]) => message);
}

const CSV = 'title,lat,lon,date\n' + Array.from({ length: 300 }, (_, i) => `Event ${i},${i % 80},${i % 170},${1000 + i}`).join('\n');

describe('parse.worker', () => {
	it('reads a text, posting progress and then the outcome', async () => {
		const messages = await send({ text: CSV });
		const done = messages.at(-1);
		expect(done?.type === 'done' && outcomeOf(done.outcome).result?.records.length).toBe(300);
		const fractions = messages.flatMap((m) => (m.type === 'progress' ? [m.fraction] : []));
		expect(fractions.length).toBeGreaterThan(50);
		expect(fractions.at(-1)).toBe(1);
	});

	it('reads a file, naming it in messages', async () => {
		const messages = await send({ file: new File([''], 'places.csv') });
		expect(messages.at(-1)).toEqual({ type: 'done', outcome: JSON.stringify({ kind: 'error', message: 'Nothing to read: places.csv is empty.' }) });
	});

	it("reads with the reader's columns", async () => {
		const file = new File(['Place,When,Y,X\nOslo,1814,59.91,10.75\n'], 'places.csv');
		const messages = await send({ file, mapping: { title: 'Place', start: 'When', lat: 'Y', lon: 'X' } });
		const done = messages.at(-1);
		expect(done?.type === 'done' && outcomeOf(done.outcome).result?.records[0]?.title).toBe('Oslo');
	});

	it('posts a large file as columns, transferred, then keeps its records where a panel can read them', async () => {
		const messages = await send({ text: CSV, gpuThreshold: 300 });
		const done = messages.find((m) => m.type === 'done');
		if (done?.type !== 'done' || !done.large) throw new Error('no large outcome');
		expect(outcomeOf(done.outcome).result?.records).toEqual([]);
		expect(done.large.columns.length).toBe(300);
		expect(done.large.columns.titles[299]).toBe('Event 299');
		const transferred = scope.postMessage.mock.calls.find(([m]) => m.type === 'done')?.[1];
		expect(transferred?.transfer).toContain(done.large.columns.positions.buffer);
		expect(messages.at(-1)).toEqual({ type: 'kept' });
		expect((await largeRecord(done.large, 299))?.title).toBe('Event 299');
	});

	it('keeps a file under the threshold whole, as before', async () => {
		const messages = await send({ text: CSV, gpuThreshold: 301 });
		const done = messages.at(-1);
		expect(done?.type === 'done' && !done.large && outcomeOf(done.outcome).result?.records.length).toBe(300);
	});

	it('posts a failure rather than dying silently when reading throws', async () => {
		const file = { name: 'broken.csv', text: () => Promise.reject(new Error('The file could not be read')) } as unknown as File;
		expect(await send({ file })).toEqual([{ type: 'failed', message: 'The file could not be read' }]);
	});
});
