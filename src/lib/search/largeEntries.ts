/**
 * Makes the search entries of a large layer's rows, a chunk of records at a time: each row is found as
 * the event its panel opens, by the same words as a small layer's event.
 */
import { spanDays, type DateSpan } from '../domain/atlas';
import { searchEntry, type SearchEntry } from '../domain/search';
import { spanInWords } from '../domain/spanWords';
import type { ImportedRecord } from '../import/types';
import type { RowColumns } from './types';

/** A span in words, from `words` when a row with the same dates has been put in words already. */
function inWords(words: Map<string, string>, span: DateSpan): string {
	const key = `${span.start.text}/${span.end?.text ?? ''}`;
	let said = words.get(key);
	if (said === undefined) words.set(key, (said = spanInWords(span)));
	return said;
}

/**
 * The entries of `records`, rows `first` on of the layer `layerId` whose columns are `columns`, added
 * to `into`: each an event, labelled by its title, described by its dates in words, shown at the point
 * the map draws, found by its title, its text and its hashtags (an imported file names no places).
 */
export function addLargeEntries(into: SearchEntry[], layerId: string, columns: RowColumns, records: readonly ImportedRecord[], first: number): void {
	// Rows share their dates: each span is put in words once, and its words kept once.
	const words = new Map<string, string>();
	records.forEach((r, k) => {
		const i = first + k;
		const key = columns.keys[i];
		if (key === undefined) throw new Error(`Row ${i + 1} of the layer ${layerId} has no key: its records and columns disagree`);
		into.push(
			searchEntry({
				kind: 'event',
				id: `${layerId}-${key}`,
				label: r.title,
				detail: inWords(words, r.when),
				from: spanDays(r.when).from,
				at: [columns.positions[2 * i]!, columns.positions[2 * i + 1]!],
				names: [],
				texts: [r.text, ...r.tags]
			})
		);
	});
}
