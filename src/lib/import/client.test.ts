import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startImport } from './client';
import { toColumns } from './columns';
import type { ImportMessage, ImportOutcome } from './types';

/** Stands in for the module worker: records what it is sent and lets a test answer for it. */
class FakeWorker {
	static last: FakeWorker | null = null;
	url: URL;
	options: WorkerOptions;
	sent: unknown[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor(url: URL, options: WorkerOptions) {
		this.url = url;
		this.options = options;
		FakeWorker.last = this;
	}
	postMessage(message: unknown) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	answer(message: ImportMessage) {
		this.onmessage?.({ data: message } as MessageEvent<ImportMessage>);
	}
	fail(message: string) {
		this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
	}
}

const worker = (): FakeWorker => FakeWorker.last!;
const outcome: ImportOutcome = { kind: 'error', message: 'Nothing to read: the pasted text is empty.' };

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

describe('startImport', () => {
	it('resolves with a large result at once, and keeps the worker until its records are kept', async () => {
		const running = startImport({ text: 'a,b' }, undefined, undefined, 10);
		expect(worker().sent).toEqual([{ text: 'a,b', gpuThreshold: 10 }]);
		const result = { format: 'csv', records: [], problems: [], total: 12 };
		worker().answer({ type: 'done', outcome: JSON.stringify({ kind: 'result', result }), large: { columns: toColumns([]), key: 'large-1', chunks: 2 } });
		const got = await running.promise;
		const large = got.kind === 'result' ? got.result.large : undefined;
		expect(large?.key).toBe('large-1');
		expect(worker().terminated).toBe(false);
		worker().answer({ type: 'kept', texts: ['[]', '[]'], storage: 'kept for this session only' });
		await large?.kept;
		expect(large?.texts).toEqual(['[]', '[]']);
		expect(large?.storage).toBe('kept for this session only');
		expect(worker().terminated).toBe(true);
	});

	it('starts the parse worker as a module and sends it the input and the columns', () => {
		startImport({ text: 'a,b' }, { title: 'a' });
		expect(worker().url.pathname).toMatch(/\/parse\.worker\.ts$/);
		expect(worker().options).toEqual({ type: 'module' });
		expect(worker().sent).toEqual([{ text: 'a,b', mapping: { title: 'a' } }]);
	});

	it('passes progress on and resolves with the outcome, then stops the worker', async () => {
		const fractions: number[] = [];
		const running = startImport({ text: '' }, undefined, (f) => fractions.push(f));
		expect(worker().sent).toEqual([{ text: '' }]);
		worker().answer({ type: 'progress', fraction: 0.5 });
		worker().answer({ type: 'done', outcome: JSON.stringify(outcome) });
		await expect(running.promise).resolves.toEqual(outcome);
		expect(fractions).toEqual([0.5]);
		expect(worker().terminated).toBe(true);
	});

	it('rejects with "Import cancelled" on cancel and stops the worker', async () => {
		const running = startImport({ text: 'a,b' });
		running.cancel();
		await expect(running.promise).rejects.toThrow(new Error('Import cancelled'));
		expect(worker().terminated).toBe(true);
		worker().answer({ type: 'done', outcome: JSON.stringify(outcome) });
	});

	it("rejects with the worker's error", async () => {
		const running = startImport({ text: 'a,b' });
		worker().fail('Failed to fetch the worker script');
		await expect(running.promise).rejects.toThrow(new Error('Failed to fetch the worker script'));
		expect(worker().terminated).toBe(true);
	});

	it('rejects with what the worker reports when reading failed', async () => {
		const running = startImport({ text: 'a,b' });
		worker().answer({ type: 'failed', message: 'The file could not be read' });
		await expect(running.promise).rejects.toThrow(new Error('The file could not be read'));
	});

	it('settles once: a cancel after the outcome changes nothing', async () => {
		const running = startImport({ text: '' });
		worker().answer({ type: 'done', outcome: JSON.stringify(outcome) });
		running.cancel();
		await expect(running.promise).resolves.toEqual(outcome);
	});
});
