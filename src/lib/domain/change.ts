/**
 * Turns a move from one date to another into words for screen readers: which events began, and
 * how far each front moved ("2 events began: …; 1st Far Eastern Front moved 40 km").
 */
import type { Day } from './day';
import { dayInWords } from './day';
import type { FrontDay, ListItem } from './summaries';

/** What changed between `from` and `to` (either direction), in one or two sentences. */
export function describeChange(events: readonly ListItem[], fronts: readonly FrontDay[], from: Day, to: Day): string {
	if (to < from) return `Back to ${dayInWords(to)}.`;
	const parts: string[] = [];
	const began = events.filter((e) => e.from > from && e.from <= to);
	if (began.length === 1) parts.push(`1 event began: ${began[0]!.label}`);
	else if (began.length > 1) {
		const shown = began.slice(0, 3).map((e) => e.label).join('; ');
		parts.push(`${began.length} events began: ${shown}${began.length > 3 ? `; and ${began.length - 3} more` : ''}`);
	}
	const moved = new Map<string, { name: string; km: number }>();
	for (const f of fronts) {
		if (f.day <= from || f.day > to || f.movedKm === 0) continue;
		const m = moved.get(f.front) ?? { name: f.name, km: 0 };
		m.km += f.movedKm;
		moved.set(f.front, m);
	}
	for (const { name, km } of moved.values()) parts.push(`${name} moved ${km} km`);
	const body = parts.length ? parts.join('; ') : 'nothing began';
	return `${dayInWords(to)}: ${body}.`;
}
