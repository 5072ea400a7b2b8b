/**
 * Turns a large layer's columns (a reader's file, or a large atlas's events) into what the explorer asks
 * of any layer without its records: the period its dates cover, which row a selection names, its rows
 * for the list, and where the search reads them.
 */
import type { DayRange } from '../domain/atlasSettings';
import { spanDaysInWords } from '../domain/change';
import { addMonths, civilFromDay, dayFromCivil, type Day } from '../domain/day';
import { KIND_NAMES, type Ref } from '../domain/feature';
import { inCategories, type EventFilters } from '../domain/filters';
import type { ListRows } from '../domain/onDate';
import { OPEN_END } from '../domain/timeline';
import { rowIndex, taggedRows, type LargeLayer, type LayerColumns } from '../import/columns';
import type { UserLayer } from '../import/layers';
import type { LargeSearchLayer } from '../search/types';

/** A reader's large layer as a {@link LargeLayer}: its rows' ids are `${layer id}-${key}`. */
export function readerLarge(l: UserLayer): LargeLayer {
	return { id: l.id, name: l.name, prefix: `${l.id}-`, color: l.color, visible: l.visible, columns: l.large!.columns };
}

const monthStart = (d: Day) => dayFromCivil({ ...civilFromDay(d), day: 1 });

/** From the first day of the month of the earliest date to the end of the month of the latest one, as the domain's dataPeriod. */
export function largePeriod(c: LayerColumns): DayRange | null {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < c.length; i++) {
		const [from, to] = [c.from[i]!, c.to[i]!];
		if (from < first) first = from;
		const end = to < OPEN_END ? to - 1 : from;
		if (end > last) last = end;
	}
	if (first === Infinity) return null;
	return { from: monthStart(first), to: addMonths(monthStart(last), 1) };
}

/** The layer and row a selection names (`event:my-data-1-<key>`: every row of a large layer is drawn as an event), or null. */
export function largeRow(layers: readonly UserLayer[], ref: Ref): { layer: UserLayer; index: number; key: string } | null {
	if (ref.kind !== 'event') return null;
	for (const layer of layers) {
		if (!layer.large) continue;
		const index = rowIndex(readerLarge(layer), ref.id);
		if (index >= 0) return { layer, index, key: layer.large.columns.keys[index]! };
	}
	return null;
}

/** The day a large layer's row begins, if `id` names one (as an event's start, for the explorer's eventStarts). */
export function largeStart(layers: readonly LargeLayer[], id: string): Day | undefined {
	for (const layer of layers) {
		const index = rowIndex(layer, id);
		if (index >= 0) return layer.columns.from[index];
	}
	return undefined;
}

/**
 * A large layer's rows for the list, those the filters show: of the categories ticked (as the map draws
 * them: a row without a category has the layer's name as its category) and with the hashtag chosen, if
 * one is; each row is written when shown.
 */
export function largeRows(layer: Pick<LargeLayer, 'name' | 'prefix' | 'columns'>, filters: EventFilters): ListRows {
	const c = layer.columns;
	const shown = c.categories.map((name) => inCategories(name || layer.name, filters));
	const tagged = taggedRows(c, filters.tag);
	const rows = new Int32Array(c.length);
	const [from, to] = [new Float64Array(c.length), new Float64Array(c.length)];
	let count = 0;
	// One plain loop: Float64Array.from with a mapping function takes a second for a million rows.
	for (let i = 0; i < c.length; i++) {
		if (!shown[c.category[i]!] || (tagged && !tagged[i])) continue;
		rows[count] = i;
		from[count] = c.from[i]!;
		to[count++] = c.to[i]!;
	}
	const kept = rows.subarray(0, count);
	return {
		columns: { from: from.subarray(0, count), to: to.subarray(0, count) },
		row(i) {
			const r = kept[i]!;
			return {
				ref: { kind: 'event', id: layer.prefix + c.keys[r]! },
				label: c.titles[r]!,
				when: c.words?.[r] ?? spanDaysInWords(c.from[r]!, c.to[r]!),
				category: c.categories[c.category[r]!] || null,
				kindName: KIND_NAMES.event
			};
		}
	};
}

/**
 * The large layers as the search worker reads their rows, once the import worker has kept them: their
 * records' texts and the columns the entries need go along only when the browser would not keep them.
 */
export async function searchLayers(layers: readonly UserLayer[]): Promise<LargeSearchLayer[]> {
	await Promise.all(layers.map((l) => l.large!.kept));
	return layers.map(({ id, name, visible, large }) => {
		const { key, chunks, texts, columns } = large!;
		if (!texts) return { id, name, visible, large: { key, chunks } };
		return { id, name, visible, large: { key, chunks, texts }, columns: { keys: columns.keys, positions: columns.positions } };
	});
}
