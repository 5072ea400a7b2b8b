/**
 * Starts an import in its own module worker, so that a big file never blocks the page, and turns the
 * worker's messages into a promise of the outcome, with progress and a way to cancel.
 */
import type { ColumnMapping, ImportMessage, ImportOutcome, ImportRequest } from './types';

/** A running import: its outcome, and a cancel that stops the worker. */
export interface RunningImport {
	/** Resolves with the outcome; rejects with "Import cancelled" on cancel, or with the worker's error. */
	promise: Promise<ImportOutcome>;
	cancel(): void;
}

/** Imports a text or a file in a worker; `onProgress` receives the fraction read (0 to 1). */
export function startImport(input: { text: string } | { file: File }, mapping?: ColumnMapping, onProgress?: (fraction: number) => void): RunningImport {
	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
	let settle: { resolve: (outcome: ImportOutcome) => void; reject: (error: Error) => void } | null = null;
	const promise = new Promise<ImportOutcome>((resolve, reject) => {
		settle = { resolve, reject };
	});
	/** Ends the import once: the worker is stopped whatever the ending. */
	const end = (finish: (s: NonNullable<typeof settle>) => void) => {
		if (settle === null) return;
		const s = settle;
		settle = null;
		worker.terminate();
		finish(s);
	};
	worker.onmessage = (event: MessageEvent<ImportMessage>) => {
		const message = event.data;
		if (message.type === 'progress') onProgress?.(message.fraction);
		else if (message.type === 'done') end((s) => s.resolve(JSON.parse(message.outcome) as ImportOutcome));
		else end((s) => s.reject(new Error(message.message)));
	};
	worker.onerror = (event: ErrorEvent) => {
		event.preventDefault();
		end((s) => s.reject(new Error(event.message || 'The import worker failed to start')));
	};
	const request: ImportRequest = mapping ? { ...input, mapping } : input;
	worker.postMessage(request);
	return { promise, cancel: () => end((s) => s.reject(new Error('Import cancelled'))) };
}
