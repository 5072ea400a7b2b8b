/**
 * Keeps the reader's layers in the browser's IndexedDB, so they come back after a reload, and says in
 * words why when the browser will not keep them (a full quota, a private window): the layer then
 * stays usable for the session.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { toColumns, type LayerColumns } from './columns';
import type { UserLayer } from './layers';
import { RECORDS_PER_CHUNK, type ImportedRecord, type LargeRecords } from './types';

/** A layer without its records (kept apart as one JSON text) and without a large layer's columns (kept apart too). */
type LayerLook = Omit<UserLayer, 'records' | 'large'> & { large?: Pick<LargeRecords, 'key' | 'chunks'> };

/**
 * Two stores: each layer's name, colour and report, and its records as one JSON text by layer id (a
 * large layer's: chunks of JSON texts and its columns, by `${key}:${n}` and `${key}:columns`). A
 * rename or a recolour rewrites only the first, and a JSON text is cloned into IndexedDB several times
 * faster than the millions of small objects a big file's records are.
 */
interface LayersDB extends DBSchema {
	layers: { key: string; value: LayerLook };
	records: { key: string; value: string | LayerColumns };
}

const DB_NAME = 'history-explorer';
const LAYERS = 'layers';
const RECORDS = 'records';

/** What the explorer says when the browser will not keep a layer. */
export function storageProblem(error: unknown): string {
	const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
	if (name === 'QuotaExceededError') {
		return "This browser's storage for the explorer is full, so the layer is kept for this session only. Removing other layers frees space.";
	}
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError' || name === 'UnknownError' || name === 'IndexedDBUnavailable') {
		return 'This browser does not let the explorer keep data (a private window does not), so the layer is kept for this session only.';
	}
	const detail = error instanceof Error ? error.message : String(error);
	return `The layer could not be kept in this browser (${detail}), so it is kept for this session only.`;
}

/** The layers kept in this browser. Every method rejects with an Error whose message is {@link storageProblem}'s. */
export interface LayerStore {
	all(): Promise<UserLayer[]>;
	/** Keeps a layer and its records. */
	put(layer: UserLayer): Promise<void>;
	/** Keeps a layer's new name, colour or visibility (its records are already kept). */
	update(layer: UserLayer): Promise<void>;
	remove(id: string): Promise<void>;
	/** Asks the browser not to clear the data when space runs low; resolves to whether it agreed. */
	persist(): Promise<boolean>;
}

/** Opens the database, once; a failed opening is tried again on the next use (the reason may pass: a blocked upgrade). */
let opened: Promise<IDBPDatabase<LayersDB>> | null = null;
function open(): Promise<IDBPDatabase<LayersDB>> {
	if (typeof indexedDB === 'undefined') {
		const missing = new Error('IndexedDB is unavailable');
		missing.name = 'IndexedDBUnavailable';
		return Promise.reject(missing);
	}
	opened ??= openDB<LayersDB>(DB_NAME, 1, {
		upgrade: (d) => {
			d.createObjectStore(LAYERS, { keyPath: 'id' });
			d.createObjectStore(RECORDS);
		}
	}).catch((e: unknown) => {
		opened = null;
		throw e;
	});
	return opened;
}

/** Runs an access to the store, its failure reworded by {@link storageProblem}. */
async function worded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		throw new Error(storageProblem(e), { cause: e });
	}
}

/** A new key for a large file's records. */
export const newLargeKey = (): string => `large-${crypto.randomUUID()}`;

/**
 * Keeps a large file's records in chunks of JSON text, and its columns, under `key`, before any layer
 * holds them (the import worker calls it); resolves with the chunks themselves, and why, when the
 * browser would not keep them.
 */
export async function keepLarge(key: string, records: readonly ImportedRecord[], columns: LayerColumns): Promise<{ texts?: string[]; storage?: string }> {
	const texts: string[] = [];
	for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK) texts.push(JSON.stringify(records.slice(i, i + RECORDS_PER_CHUNK)));
	try {
		await worded(async () => {
			const tx = (await open()).transaction(RECORDS, 'readwrite');
			const store = tx.objectStore(RECORDS);
			await Promise.all([...texts.map((t, n) => store.put(t, `${key}:${n}`)), store.put(columns, `${key}:columns`), tx.done]);
		});
		return {};
	} catch (e) {
		return { texts, storage: (e as Error).message };
	}
}

/** Chunk `n` of a large layer's records as JSON text, from memory or from IndexedDB (undefined when it is in neither). */
async function chunkText(large: Pick<LargeRecords, 'key' | 'texts'>, n: number): Promise<string | undefined> {
	const text = large.texts ? large.texts[n] : await worded(async () => (await open()).get(RECORDS, `${large.key}:${n}`));
	return typeof text === 'string' ? text : undefined;
}

/** Chunk `n` of a large layer's records (rows n × RECORDS_PER_CHUNK on); rejects when it is missing. */
export async function largeChunk(large: Pick<LargeRecords, 'key' | 'texts'>, n: number): Promise<ImportedRecord[]> {
	const text = await chunkText(large, n);
	if (text === undefined) throw new Error(`Part ${n + 1} of the rows kept as ${large.key} is missing from this browser's storage.`);
	return JSON.parse(text) as ImportedRecord[];
}

/** The columns of a large layer kept under `key`; rejects when they are missing. */
export async function keptColumns(key: string): Promise<LayerColumns> {
	const value = await worded(async () => (await open()).get(RECORDS, `${key}:columns`));
	if (!value || typeof value === 'string') throw new Error(`The columns of the rows kept as ${key} are missing from this browser's storage.`);
	return value;
}

/** The chunks of large layers last read, so that records next to each other cost one parse. */
const parsed = new Map<string, ImportedRecord[]>();

/** Row `index` of a large layer's records, from memory or from IndexedDB (once they are kept there). */
export async function largeRecord(large: Pick<LargeRecords, 'key' | 'texts' | 'kept'>, index: number): Promise<ImportedRecord | undefined> {
	await large.kept;
	const n = Math.floor(index / RECORDS_PER_CHUNK);
	const id = `${large.key}:${n}`;
	let chunk = parsed.get(id);
	if (!chunk) {
		const text = await chunkText(large, n);
		if (text === undefined) return undefined;
		chunk = JSON.parse(text) as ImportedRecord[];
		parsed.clear();
		parsed.set(id, chunk);
	}
	return chunk[index % RECORDS_PER_CHUNK];
}

/** Forgets a large layer's records and columns. */
export function forgetLarge(key: string): Promise<void> {
	parsed.clear();
	return worded(async () => void (await open()).delete(RECORDS, IDBKeyRange.bound(`${key}:`, `${key}:\uffff`)));
}

/**
 * Columns kept by an earlier version, before they held each row's hashtags or the lines' and areas'
 * shapes, made again from the records (which kept all of it), and kept again so: once per layer.
 */
async function current(key: string, chunks: number, columns: LayerColumns): Promise<LayerColumns> {
	const kept = columns as Partial<LayerColumns>;
	if (kept.tagStarts && kept.shapes) return columns;
	const records: ImportedRecord[] = [];
	for (let n = 0; n < chunks; n++) records.push(...(await largeChunk({ key }, n)));
	const made = toColumns(records);
	await worded(async () => void (await open()).put(RECORDS, made, `${key}:columns`));
	return made;
}

/**
 * Opens the store lazily, on first use. Layers are handed over as plain objects (a Svelte state proxy
 * cannot be cloned into IndexedDB: take a snapshot first).
 */
export function layerStore(): LayerStore {
	const look = ({ records: _records, large, ...rest }: UserLayer): LayerLook => (large ? { ...rest, large: { key: large.key, chunks: large.chunks } } : rest);
	return {
		all: () =>
			worded(async () => {
				const d = await open();
				const looks = (await d.getAll(LAYERS)).sort((a, b) => a.created - b.created);
				// A large file's records whose layer is gone (removed, or never added) are forgotten.
				const kept = new Set(looks.map((l) => l.large?.key));
				const orphans = new Set((await d.getAllKeys(RECORDS)).map((k) => k.split(':')[0]!).filter((k) => k.startsWith('large-') && !kept.has(k)));
				await Promise.all([...orphans].map(forgetLarge));
				const stored = await Promise.all(looks.map((l) => d.get(RECORDS, l.large ? `${l.large.key}:columns` : l.id)));
				return Promise.all(
					looks.map(async (l, i): Promise<UserLayer> => {
						const value = stored[i];
						if (!l.large) return { ...l, large: undefined, records: JSON.parse(typeof value === 'string' ? value : '[]') as UserLayer['records'] };
						if (!value || typeof value === 'string') throw new Error(`The records of ${l.name} are missing from this browser's storage.`);
						return { ...l, records: [], large: { ...l.large, columns: await current(l.large.key, l.large.chunks, value) } };
					})
				);
			}),
		put: (layer) =>
			worded(async () => {
				const tx = (await open()).transaction([LAYERS, RECORDS], 'readwrite');
				// A large layer's records are kept already, by keepLarge.
				const records = layer.large ? [] : [tx.objectStore(RECORDS).put(JSON.stringify(layer.records), layer.id)];
				await Promise.all([tx.objectStore(LAYERS).put(look(layer)), ...records, tx.done]);
			}),
		update: (layer) => worded(async () => void (await (await open()).put(LAYERS, look(layer)))),
		remove: (id) =>
			worded(async () => {
				const tx = (await open()).transaction([LAYERS, RECORDS], 'readwrite');
				await Promise.all([tx.objectStore(LAYERS).delete(id), tx.objectStore(RECORDS).delete(id), tx.done]);
			}),
		persist: async () => (typeof navigator !== 'undefined' && navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : false)
	};
}
