/**
 * The reader's own layers, as the explorer uses them: kept in the browser, compiled into the atlas's
 * model, and read by the list, the search, the panels, the filters and the map like the atlas's own.
 */
import { dataPeriod, type CategorySetting, type DayRange, type LegendEntry } from '../domain/atlasSettings';
import { refKey, type CompiledAtlas, type Detail, type Ref } from '../domain/feature';
import { mapData, type AtlasSources, type Timetable } from '../domain/mapData';
import { buildIndex, type SearchEntry } from '../domain/search';
import { listItems, spans, type ListItem } from '../domain/summaries';
import type { UserLayer } from '../import/layers';
import type { ImportedRecord } from '../import/types';
import { forgetLarge, largeRecord, layerStore, type LayerStore } from '../import/store';
import { largePeriod, largeRow } from './largeLayers';

/** What the reader's visible layers add to the atlas. */
export interface Added {
	items: ListItem[];
	details: Record<string, Detail>;
	index: SearchEntry[];
	map: { sources: AtlasSources; timetable: Timetable };
	spans: ReturnType<typeof spans>;
	period: DayRange | null;
	categories: CategorySetting[];
	legend: LegendEntry[];
}

/** How long a removed layer can be brought back. */
export const UNDO_MS = 15_000;

export class MyData {
	/** Replaced, never mutated: a layer's records are not made reactive one by one. */
	layers = $state.raw<UserLayer[]>([]);
	/** Why the browser does not keep the layers, in words ('' when it does). */
	storage = $state('');
	/** The layer last removed, until it is brought back or the time to undo runs out. */
	removed = $state.raw<UserLayer | null>(null);
	private undoTimer: ReturnType<typeof setTimeout> | undefined;
	private readonly store: LayerStore;
	/** The compiler of layers, loaded with the first layer (a built atlas's explorer never needs it). */
	private compiler = $state.raw<typeof import('../import/compileLayer') | null>(null);
	/** The last layer's keeping in the browser: resolved once it is kept, or refused and said why. */
	saved: Promise<void> = Promise.resolve();
	/** Compiled records, by their list and the layer's name: a recolour or a hide compiles nothing again. */
	private readonly cache = new WeakMap<ImportedRecord[], { name: string; compiled: CompiledAtlas }>();

	constructor(store: LayerStore = layerStore()) {
		this.store = store;
	}

	/** The visible layers in the atlas's model; a large layer is drawn on the GPU from its columns instead. */
	compiled: CompiledAtlas = $derived({ features: this.layers.filter((l) => l.visible && !l.large).flatMap((l) => this.compile(l)?.features ?? []) });

	/** The large layers, visible or not: the map draws them on the GPU. */
	large: UserLayer[] = $derived(this.layers.filter((l) => l.large));

	/** The panel of the large layers' feature last opened, by ref key: their records are read one at a time. */
	private opened = $state.raw<Record<string, Detail>>({});
	/** The layer, as it was named and coloured, that {@link opened} was compiled from. */
	private openedFrom: UserLayer | null = null;

	added: Added = $derived.by(() => {
		const compiled = this.compiled;
		const visible = this.layers.filter((l) => l.visible);
		// Each category once, in the colour of the first layer that uses it.
		const categories: CategorySetting[] = [];
		const addCategory = (id: string, color: string) => {
			if (id && !categories.some((c) => c.id === id)) categories.push({ id, label: id, color });
		};
		for (const f of compiled.features) {
			const layer = visible.find((l) => f.id.startsWith(`${l.id}-`));
			if (f.category && layer) addCategory(f.category, layer.color);
		}
		const large = visible.filter((l) => l.large);
		for (const l of large) for (const c of l.large!.columns.categories) addCategory(c || l.name, l.color);
		const periods = [dataPeriod(compiled), ...large.map((l) => largePeriod(l.large!.columns))].filter((p) => p !== null);
		return {
			items: listItems(compiled),
			details: { ...Object.fromEntries(compiled.features.map((f) => [refKey(f.ref), f.detail])), ...this.opened },
			index: buildIndex(compiled),
			map: mapData(compiled),
			spans: spans(compiled),
			period: periods.length ? { from: Math.min(...periods.map((p) => p.from)), to: Math.max(...periods.map((p) => p.to)) } : null,
			categories,
			legend: visible.map((l) => ({ symbol: 'event', color: l.color, label: `${l.name} (your data)` }))
		};
	});

	/**
	 * Reads the record a selection names, if it is a large layer's, and compiles its panel; resolves
	 * once {@link added}'s details hold it (at once for any other selection).
	 */
	async open(ref: Ref | null): Promise<void> {
		const found = ref ? largeRow(this.large, ref) : null;
		// A renamed or recoloured layer is a new object: its panel says the new name.
		if (!found || (refKey(ref!) in this.opened && found.layer === this.openedFrom)) return;
		const { layer, index, key } = found;
		const [record] = await Promise.all([largeRecord(layer.large!, index), this.loadCompiler()]);
		if (!record || !this.compiler) return;
		// Drawn as a point and dated as an event, a line or an area opens as one too.
		const at = layer.large!.columns.positions;
		const point = { type: 'Point' as const, coordinates: [at[2 * index]!, at[2 * index + 1]!] };
		const one = { ...layer, records: [{ ...record, id: key, geometry: record.geometry.type === 'Point' ? record.geometry : point }] };
		const [feature] = this.compiler.withLook(this.compiler.compileRecords(one), layer).features;
		if (!feature) return;
		this.opened = { [refKey(feature.ref)]: feature.detail };
		this.openedFrom = layer;
	}

	/** Every record of a layer, a large one's read back from where they are kept (for an export). */
	async recordsOf(layer: UserLayer): Promise<ImportedRecord[]> {
		if (!layer.large) return layer.records;
		const records: ImportedRecord[] = [];
		for (let i = 0; i < layer.large.columns.length; i++) {
			const r = await largeRecord(layer.large, i);
			if (r) records.push(r);
		}
		return records;
	}

	private compile(layer: UserLayer): CompiledAtlas | null {
		const compiler = this.compiler;
		if (!compiler) return null;
		let hit = this.cache.get(layer.records);
		if (hit?.name !== layer.name) this.cache.set(layer.records, (hit = { name: layer.name, compiled: compiler.compileRecords(layer) }));
		return compiler.withLook(hit.compiled, layer);
	}

	private async loadCompiler(): Promise<void> {
		this.compiler ??= await import('../import/compileLayer');
	}

	/** Reads the layers kept in this browser (once). */
	async load(): Promise<void> {
		try {
			const stored = await this.store.all();
			if (stored.some((l) => !l.large)) await this.loadCompiler();
			const here = this.layers.map((l) => l.id);
			this.layers = [...stored.filter((l) => !here.includes(l.id)), ...this.layers];
		} catch (e) {
			this.storage = (e as Error).message;
		}
	}

	/**
	 * Adds a layer; resolves once it is part of what the explorer shows. It is kept in the browser
	 * meanwhile ({@link saved}), and shown even when the browser refuses to keep it.
	 */
	async add(layer: UserLayer): Promise<void> {
		if (!layer.large) await this.loadCompiler();
		this.layers = [...this.layers, layer];
		// A large layer's records are kept by the import worker while the map draws; its look once they are.
		this.saved = Promise.resolve(layer.large?.kept).then(async () => {
			await this.keep(layer);
			if (!this.storage) await this.store.persist();
		});
	}

	/** Keeps a layer (`whole`: with its records), or says why the browser would not. */
	private async keep(layer: UserLayer, whole = true): Promise<void> {
		try {
			await (whole ? this.store.put(layer) : this.store.update(layer));
			this.storage = layer.large?.storage ?? '';
		} catch (e) {
			this.storage = (e as Error).message;
		}
	}

	/** Changes a layer's name, colour or visibility, and keeps the change. */
	async update(id: string, change: Partial<Pick<UserLayer, 'name' | 'color' | 'visible'>>): Promise<void> {
		const old = this.layers.find((l) => l.id === id);
		if (!old) return;
		const layer = { ...old, ...change };
		this.layers = this.layers.map((l) => (l.id === id ? layer : l));
		await this.keep(layer, false);
	}

	/** Removes a layer; {@link undo} brings it back for {@link UNDO_MS}. */
	async remove(id: string): Promise<void> {
		const layer = this.layers.find((l) => l.id === id);
		if (!layer) return;
		this.layers = this.layers.filter((l) => l.id !== id);
		this.removed = layer;
		clearTimeout(this.undoTimer);
		this.undoTimer = setTimeout(() => {
			this.removed = null;
			// A large layer's records are kept apart: forgotten once the layer can no longer come back.
			if (layer.large) forgetLarge(layer.large.key).catch((e: Error) => (this.storage = e.message));
		}, UNDO_MS);
		try {
			await this.store.remove(id);
		} catch (e) {
			this.storage = (e as Error).message;
		}
	}

	/** Brings back the layer last removed, where it was in the list. */
	async undo(): Promise<void> {
		const layer = this.removed;
		if (!layer) return;
		clearTimeout(this.undoTimer);
		this.removed = null;
		this.layers = [...this.layers, layer].sort((a, b) => a.created - b.created);
		await this.keep(layer);
	}
}
