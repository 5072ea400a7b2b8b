/**
 * Turns a place's names through time into the names it had on a given day, so a label or a panel
 * can say "Oslo (Christiania)" for 1900.
 */
import type { PlaceName } from './atlas';
import type { Day } from './day';

/** Whether a name was in use on `day` (its dates are inclusive periods; a missing bound is open). */
export function nameInUse(name: PlaceName, day: Day): boolean {
	return (name.start === undefined || name.start.start <= day) && (name.end === undefined || day < name.end.end);
}

/**
 * The name a place went by on `day`, where it differs from its usual name: the conventional name of
 * the time if one is marked and in use, else the first dated name in use (an undated name is
 * timeless, so it says nothing about that day). Null when the usual name is the one to show.
 */
export function periodName(usual: string, names: readonly PlaceName[], day: Day): string | null {
	const conventional = names.find((n) => n.conventional && nameInUse(n, day));
	const chosen = conventional ?? names.find((n) => (n.start !== undefined || n.end !== undefined) && nameInUse(n, day));
	return chosen && chosen.name !== usual ? chosen.name : null;
}
