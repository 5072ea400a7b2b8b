/**
 * Turns the features under a click or the pointer into what they open: every drawn part carries its
 * feature's ref key, label and kind in words, so a pick needs no knowledge of layers or kinds.
 */
import { REF_KINDS, refKey, type Ref, type RefKind } from '../domain/feature';
import type { Pick } from './mapView';

/** One feature under the pointer: what opening it selects, and a one-line name. */
export interface Choice {
	selection: Ref;
	label: string;
	/** What it is, in words ("front, inferred"). */
	detail: string;
}

/** The layer of zones, which cover everything under them. */
const AREA_LAYER = 'zone-fill';

/** What one picked feature opens (null for a feature that carries no ref). */
export function choiceOf(pick: Pick): Choice | null {
	const ref = String(pick.properties['ref'] ?? '');
	const colon = ref.indexOf(':');
	const kind = ref.slice(0, colon);
	if (colon < 0 || !(REF_KINDS as readonly string[]).includes(kind)) return null;
	return { selection: { kind: kind as RefKind, id: ref.slice(colon + 1) }, label: String(pick.properties['label'] ?? ''), detail: String(pick.properties['what'] ?? '') };
}

/** What a click opens: a zone answers only where nothing else does; one choice per feature. */
export function choicesAt(picks: readonly Pick[]): Choice[] {
	const specific = picks.filter((p) => p.layer !== AREA_LAYER);
	const seen = new Set<string>();
	return (specific.length ? specific : picks)
		.map(choiceOf)
		.filter((c) => c !== null)
		.filter((c) => {
			const key = refKey(c.selection);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}
