/**
 * Turns the explorer's filters (categories, a hashtag) into a rule for events, which the list, the
 * time axis and the map (through feature-state) all apply.
 */
export interface EventFilters {
	/** Categories to show; empty shows every category. */
	categories: readonly string[];
	/** A hashtag such as "#Waterloo"; empty shows every event. */
	tag: string;
}

export const NO_FILTERS: EventFilters = { categories: [], tag: '' };

/** Whether an event passes the filters. */
export function passesFilters(event: { category: string; tags: readonly string[] }, { categories, tag }: EventFilters): boolean {
	return (categories.length === 0 || categories.includes(event.category)) && (tag === '' || event.tags.includes(tag));
}
