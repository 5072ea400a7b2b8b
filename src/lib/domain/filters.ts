/**
 * Turns the explorer's filters (categories, a hashtag) into a rule for events; the map's style
 * repeats it (src/lib/map/filterExpressions.ts) and a parity test keeps the two equal.
 */
export interface EventFilters {
	/** Categories to show; empty shows every category. */
	categories: readonly string[];
	/** A hashtag such as "#KoreanDivision"; empty shows every event. */
	tag: string;
}

export const NO_FILTERS: EventFilters = { categories: [], tag: '' };

/** Whether an event passes the filters. */
export function passesFilters(event: { category: string; tags: readonly string[] }, { categories, tag }: EventFilters): boolean {
	return (categories.length === 0 || categories.includes(event.category)) && (tag === '' || event.tags.includes(tag));
}

/** An event's tags as one string the style can search: "|#A|#B|". */
export function tagsText(tags: readonly string[]): string {
	return `|${tags.join('|')}|`;
}
