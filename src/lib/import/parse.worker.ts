/**
 * The import worker: reads a pasted text or a dropped file off the page's thread, with PapaParse
 * called here (its own `worker: true` breaks in Vite 8 builds), and posts progress, then the outcome.
 */
import { importText } from './importText';
import type { ImportMessage, ImportRequest } from './types';

const post = (message: ImportMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	try {
		const [text, name] = 'file' in request ? [await request.file.text(), request.file.name] : [request.text, 'the pasted text'];
		post({ type: 'progress', fraction: 0 });
		const outcome = importText(text, { mapping: request.mapping, name, onProgress: (fraction) => post({ type: 'progress', fraction }) });
		post({ type: 'done', outcome: JSON.stringify(outcome) });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
