/**
 * Starts an import in its own module worker, so that a big file never blocks the page, and turns the
 * worker's messages into a promise of the outcome, with progress and a way to cancel.
 */
import type { ColumnMapping, ImportMessage, ImportOutcome, ImportRequest, KeptMessage } from './types';

/** A running import: its outcome, and a cancel that stops the worker. */
export interface RunningImport {
	/** Resolves with the outcome; rejects with "Import cancelled" on cancel, or with the worker's error. */
	promise: Promise<ImportOutcome>;
	cancel(): void;
}

/**
 * Imports a text or a file in a worker; `onProgress` receives the fraction read (0 to 1). A result of
 * `gpuThreshold` rows or more (columns.ts's GPU_THRESHOLD unless given) comes back large, as soon as
 * its columns are made; its `kept` resolves once the worker has kept its records.
 */
export function startImport(
	input: { text: string } | { file: File },
	mapping?: ColumnMapping,
	onProgress?: (fraction: number) => void,
	gpuThreshold?: number
): RunningImport {
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
	// A large file's records are still being kept when its outcome arrives: the worker stays until they are.
	let kept: ((message: KeptMessage) => void) | null = null;
	worker.onmessage = (event: MessageEvent<ImportMessage>) => {
		const message = event.data;
		if (message.type === 'progress') onProgress?.(message.fraction);
		else if (message.type === 'kept') {
			kept?.(message);
			worker.terminate();
		} else if (message.type === 'done') {
			const outcome = JSON.parse(message.outcome) as ImportOutcome;
			const large = message.large;
			if (!large || outcome.kind !== 'result') return end((s) => s.resolve(outcome));
			large.kept = new Promise<void>((resolve) => {
				kept = ({ texts, storage }) => {
					Object.assign(large, texts ? { texts } : {}, storage ? { storage } : {});
					resolve();
				};
			});
			const s = settle;
			settle = null;
			s?.resolve({ ...outcome, result: { ...outcome.result, large } });
		} else end((s) => s.reject(new Error(message.message)));
	};
	worker.onerror = (event: ErrorEvent) => {
		event.preventDefault();
		kept?.({ type: 'kept', storage: `The rows could not be kept: ${event.message || 'the import worker failed'}.` });
		end((s) => s.reject(new Error(event.message || 'The import worker failed to start')));
	};
	const request: ImportRequest = { ...input, ...(mapping ? { mapping } : {}), ...(gpuThreshold === undefined ? {} : { gpuThreshold }) };
	worker.postMessage(request);
	return { promise, cancel: () => end((s) => s.reject(new Error('Import cancelled'))) };
}
