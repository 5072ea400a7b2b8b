/**
 * Turns a date and the filters into the feature-state of every dated map feature (`s`: how strongly
 * it is drawn, 0 when hidden), and keeps only the changes: a step of the slider, or a new
 * filter, touches the features that appear, end or fade, and never makes the worker re-parse a tile.
 */
import { inCategories, NO_FILTERS, passesFilters, type EventFilters } from '../domain/filters';
import { strength, type TimeSettings } from '../domain/timeline';
import type { ShapeSource, Timetable } from '../domain/mapData';

/** One feature whose state changes: its source, id and new strength. */
export interface StateChange {
	source: string;
	id: number;
	s: number;
}

/** The strength each dated feature was last given, by source, so that a step sends only what changed. */
export class FeatureStates {
	// Float64, not Float32: a stored 0.55 must compare equal to the 0.55 that strength() computes again.
	private readonly current = new Map<string, Float64Array>();

	constructor(private readonly table: Timetable) {
		for (const [source, rows] of Object.entries(table.rows)) this.current.set(source, new Float64Array(rows.length).fill(-1));
	}

	/** The features whose strength differs under `time` and `filters` from what was last applied. */
	update(time: TimeSettings, filters: EventFilters = NO_FILTERS): StateChange[] {
		const changes: StateChange[] = [];
		for (const [source, rows] of Object.entries(this.table.rows) as [string, Timetable['rows'][keyof Timetable['rows']]][]) {
			const current = this.current.get(source)!;
			for (let i = 0; i < rows.length; i++) {
				const [id, from, to, hold] = rows[i]!;
				const filtered =
					source === 'events'
						? !passesFilters(this.table.events[id] ?? { category: '', tags: [] }, filters)
						: !inCategories(this.table.categories[source as ShapeSource][id] ?? '', filters);
				const s = filtered ? 0 : strength({ from, to, hold: hold === 1 }, time);
				if (current[i] !== s) {
					current[i] = s;
					changes.push({ source, id, s });
				}
			}
		}
		return changes;
	}

	/** Whether a feature is drawn now (a feature's id is its index in its source). */
	shown(source: string, id: number): boolean {
		return (this.current.get(source)?.[id] ?? 0) > 0;
	}
}
