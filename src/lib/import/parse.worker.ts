/**
 * The import worker: reads a pasted text or a dropped file off the page's thread, with PapaParse
 * called here (its own `worker: true` breaks in Vite 8 builds), and posts progress, then the outcome.
 * A large file's records stay off the page: the worker posts their columns (transferred) for the GPU
 * to draw, then keeps the records in IndexedDB and says so.
 */
import { GPU_THRESHOLD, toColumns, transferables, type LayerColumns } from './columns';
import { importText } from './importText';
import { keepLarge, newLargeKey } from './store';
import { RECORDS_PER_CHUNK, type ImportMessage, type ImportRequest } from './types';

const post = (message: ImportMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** The columns with typed arrays of their own, to keep once the originals have been handed over. */
const copy = (c: LayerColumns): LayerColumns => ({
	...c,
	positions: c.positions.slice(),
	from: c.from.slice(),
	to: c.to.slice(),
	category: c.category.slice(),
	tagStarts: c.tagStarts.slice(),
	tagIds: c.tagIds.slice(),
	shapes: Object.fromEntries(Object.entries(c.shapes).map(([name, array]) => [name, array.slice()])) as unknown as LayerColumns['shapes']
});

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	try {
		const [text, name] = 'file' in request ? [await request.file.text(), request.file.name] : [request.text, 'the pasted text'];
		post({ type: 'progress', fraction: 0 });
		const outcome = importText(text, { mapping: request.mapping, name, onProgress: (fraction) => post({ type: 'progress', fraction }) });
		if (outcome.kind !== 'result' || outcome.result.records.length < (request.gpuThreshold ?? GPU_THRESHOLD)) {
			post({ type: 'done', outcome: JSON.stringify(outcome) });
			return;
		}
		const { records } = outcome.result;
		const columns = toColumns(records);
		const kept = copy(columns);
		const key = newLargeKey();
		outcome.result.records = [];
		const chunks = Math.ceil(records.length / RECORDS_PER_CHUNK);
		post({ type: 'done', outcome: JSON.stringify(outcome), large: { columns, key, chunks } }, transferables(columns));
		post({ type: 'kept', ...(await keepLarge(key, records, kept)) });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
