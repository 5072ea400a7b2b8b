/**
 * Turns the compiled atlas into the small, flat records the explorer uses on every date: what the
 * list names (events, fronts, advances, zones, lines) with the days each is drawn, and each front's
 * movement day by day for the announcements.
 */
import type { Day } from './day';
import { KIND_NAMES, refKey, type AtlasFeature, type CompiledAtlas, type FeatureKind, type Ref } from './feature';

/** A listed feature: when the map draws it and how the list names it. */
export interface ListItem {
	ref: Ref;
	kind: FeatureKind;
	label: string;
	/** What it is, in words ("axis of advance"). */
	kindName: string;
	from: Day;
	/** Exclusive. */
	to: Day;
	/** Whether it stays on the map, faded, after `to`. */
	hold: boolean;
	/** "16–18 June 1815", "from 9 June 1815". */
	when: string;
	category: string | null;
	tags: string[];
	/** Name of the primary reference place ('' when it has none). */
	place: string;
}

export interface FrontDay {
	front: string;
	name: string;
	day: Day;
	movedKm: number;
}

const dated = (f: AtlasFeature): f is AtlasFeature & { from: Day; to: Day } => f.from !== null && f.to !== null;

/** The features the list names, events first in date order, then the others in the atlas's order. */
export function listItems(atlas: CompiledAtlas): ListItem[] {
	return atlas.features.filter((f) => f.listed && dated(f)).map((f) => ({
		ref: f.ref,
		kind: f.kind,
		label: f.label,
		kindName: KIND_NAMES[f.kind],
		from: f.from!,
		to: f.to!,
		hold: f.hold,
		when: f.when,
		category: f.category,
		tags: f.tags,
		place: f.place
	}));
}

/** Every dated feature's days, by ref key: opening one from a link or the search goes to the nearest. */
export function spans(atlas: CompiledAtlas): { key: string; from: Day; to: Day; hold: boolean }[] {
	return atlas.features.filter(dated).map((f) => ({ key: refKey(f.ref), from: f.from, to: f.to, hold: f.hold }));
}

/** Every front's movement on each day it is drawn (its own days, not its ghosts'), for announcing how far it moved. */
export function frontDays(atlas: CompiledAtlas): FrontDay[] {
	return atlas.features
		.filter((f) => f.kind === 'front')
		.flatMap((f) =>
			f.parts
				.filter((p) => p.props['kind'] !== 'ghost')
				.map((p) => ({ front: f.id, name: f.label, day: p.from, movedKm: Number(p.props['movedKm'] ?? 0) }))
		);
}
