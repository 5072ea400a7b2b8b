/**
 * Keeps the reader's layers in the browser's IndexedDB, so they come back after a reload, and says in
 * words why when the browser will not keep them (a full quota, a private window): the layer then
 * stays usable for the session.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserLayer } from './layers';

interface LayersDB extends DBSchema {
	layers: { key: string; value: UserLayer };
}

const DB_NAME = 'history-explorer';
const STORE = 'layers';

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
	put(layer: UserLayer): Promise<void>;
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
		db ??= openDB<LayersDB>(DB_NAME, 1, { upgrade: (d) => void d.createObjectStore(STORE, { keyPath: 'id' }) }).catch((e: unknown) => {
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
	return {
		all: () => worded(async () => (await (await open()).getAll(STORE)).sort((a, b) => a.created - b.created)),
		put: (layer) => worded(async () => void (await (await open()).put(STORE, layer))),
		remove: (id) => worded(async () => (await open()).delete(STORE, id)),
		persist: async () => (typeof navigator !== 'undefined' && navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : false)
	};
}
