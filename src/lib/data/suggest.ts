/** Turns a misspelt name into the nearest known one, so an error can say "did you mean ...?". */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`, ignoring case. */
export function editDistance(a: string, b: string): number {
	const s = a.toLowerCase();
	const t = b.toLowerCase();
	const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= s.length; i++) {
		for (let j = 1; j <= t.length; j++) {
			const row = rows[i]!;
			const above = rows[i - 1]!;
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
		}
	}
	return rows[s.length]![t.length]!;
}

/**
 * The known name closest to `name`, or null when none is close: at most a third of the longer
 * name's letters may differ (at least one), so "datenote" finds "dateNote" and "xyz" finds nothing.
 */
export function nearestName(name: string, known: readonly string[]): string | null {
	let best: { name: string; distance: number } | null = null;
	for (const candidate of known) {
		const distance = editDistance(name, candidate);
		const allowed = Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3));
		if (distance <= allowed && (best === null || distance < best.distance)) best = { name: candidate, distance };
	}
	return best?.name ?? null;
}

/** `; did you mean "x"?` when a known name is close to `name`, else nothing: the tail of a message. */
export function didYouMean(name: string, known: Iterable<string>): string {
	const nearest = nearestName(name, [...known]);
	return nearest === null ? '' : `; did you mean "${nearest}"?`;
}

/** `unknown property; did you mean "dateNote"?`, or the list of known names when none is close. */
export function unknownPropertyMessage(name: string, known: readonly string[]): string {
	return `unknown property${didYouMean(name, known) || `; expected one of ${known.map((k) => `"${k}"`).join(', ')}`}`;
}
