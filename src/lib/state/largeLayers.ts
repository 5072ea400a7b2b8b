/**
 * Turns a large layer's columns into what the explorer asks of any layer without its records: the
 * period its dates cover, and which row a selection names.
 */
import type { DayRange } from '../domain/atlasSettings';
import { addMonths, civilFromDay, dayFromCivil, type Day } from '../domain/day';
import type { Ref } from '../domain/feature';
import { OPEN_END } from '../domain/timeline';
import type { LayerColumns } from '../import/columns';
import type { UserLayer } from '../import/layers';

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
		if (!layer.large || !ref.id.startsWith(`${layer.id}-`)) continue;
		const key = ref.id.slice(layer.id.length + 1);
		const index = layer.large.columns.keys.indexOf(key);
		if (index >= 0) return { layer, index, key };
	}
	return null;
}
