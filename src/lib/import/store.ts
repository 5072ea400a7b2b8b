/**
 * Keeps the reader's layers in the browser's IndexedDB, so they come back after a reload, and says in
 * words why when the browser will not keep them (a full quota, a private window): the layer then
 * stays usable for the session.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserLayer } from './layers';

/** A layer without its records, which are kept apart as one JSON text. */
type LayerLook = Omit<UserLayer, 'records'>;

/**
 * Two stores: each layer's name, colour and report, and its records as one JSON text by layer id. A
 * rename or a recolour rewrites only the first, and a JSON text is cloned into IndexedDB several times
 * faster than the millions of small objects a big file's records are.
 */
interface LayersDB extends DBSchema {
	layers: { key: string; value: LayerLook };
	records: { key: string; value: string };
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

/**
 * Opens the store lazily, on first use. Layers are handed over as plain objects (a Svelte state proxy
 * cannot be cloned into IndexedDB: take a snapshot first).
 */
export function layerStore(): LayerStore {
	let db: Promise<IDBPDatabase<LayersDB>> | null = null;
	const open = () => {
		if (typeof indexedDB === 'undefined') {
			const missing = new Error('IndexedDB is unavailable');
			missing.name = 'IndexedDBUnavailable';
			return Promise.reject(missing);
		}
		// A failed opening is tried again on the next use: the reason may pass (a blocked upgrade).
		db ??= openDB<LayersDB>(DB_NAME, 1, {
			upgrade: (d) => {
				d.createObjectStore(LAYERS, { keyPath: 'id' });
				d.createObjectStore(RECORDS);
			}
		}).catch((e: unknown) => {
			db = null;
			throw e;
		});
		return db;
	};
	const worded = async <T>(run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (e) {
			throw new Error(storageProblem(e), { cause: e });
		}
	};
	const look = ({ records: _records, ...rest }: UserLayer): LayerLook => rest;
	return {
		all: () =>
			worded(async () => {
				const d = await open();
				const looks = (await d.getAll(LAYERS)).sort((a, b) => a.created - b.created);
				const texts = await Promise.all(looks.map((l) => d.get(RECORDS, l.id)));
				return looks.map((l, i) => ({ ...l, records: JSON.parse(texts[i] ?? '[]') as UserLayer['records'] }));
			}),
		put: (layer) =>
			worded(async () => {
				const tx = (await open()).transaction([LAYERS, RECORDS], 'readwrite');
				await Promise.all([tx.objectStore(LAYERS).put(look(layer)), tx.objectStore(RECORDS).put(JSON.stringify(layer.records), layer.id), tx.done]);
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
