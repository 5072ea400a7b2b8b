/**
 * Turns a place's names through time into the names it had on a given day or period, so a label or a
 * panel can say "Oslo (Christiania)" for 1900 and a search for Christiania finds what happened there.
 */
import type { PlaceName } from './atlas';
import type { Day } from './day';

/** Whether a name was in use on `day` (its dates are inclusive periods; a missing bound is open). */
export function nameInUse(name: PlaceName, day: Day): boolean {
	return (name.start === undefined || name.start.start <= day) && (name.end === undefined || day < name.end.end);
}

/**
 * The name a place went by on `day`, where it differs from its usual name: the conventional name of
 * the time if one is marked and in use, else the newest dated name in use, the one given last where
 * two overlap (a state proclaimed within the year its forerunner ended); an undated name is timeless,
 * so it says nothing about that day. Null when the usual name is the one to show.
 */
export function periodName(usual: string, names: readonly PlaceName[], day: Day): string | null {
	const conventional = names.find((n) => n.conventional && nameInUse(n, day));
	const dated = names.filter((n) => (n.start !== undefined || n.end !== undefined) && nameInUse(n, day));
	const newest = dated.reduce<PlaceName | undefined>((a, n) => (!a || (n.start?.start ?? -Infinity) > (a.start?.start ?? -Infinity) ? n : a), undefined);
	const chosen = conventional ?? newest;
	return chosen && chosen.name !== usual ? chosen.name : null;
}

/** Whether a name was in use on any day of the half-open interval [from, to). */
export function nameInUseDuring(name: PlaceName, from: Day, to: Day): boolean {
	return (name.start === undefined || name.start.start < to) && (name.end === undefined || from < name.end.end);
}

/** A name and its other romanisations: every way a reader may write it. */
export const spellings = (name: PlaceName): string[] => [name.name, ...(name.variants ?? [])];

/**
 * Every way to write the names a place had during [from, to): its usual name, and each name in use
 * then (an undated name is timeless) with its variants, once each.
 */
export function namesDuring(place: { name: string; names: readonly PlaceName[] }, from: Day, to: Day): string[] {
	return [...new Set([place.name, ...place.names.filter((n) => nameInUseDuring(n, from, to)).flatMap(spellings)])];
}
