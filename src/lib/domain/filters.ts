/**
 * Turns the explorer's filters (categories, a hashtag) into a rule for every dated feature, which the
 * list, the time axis and the map (through feature-state) all apply: the categories pick among events,
 * fronts, advances, zones and lines alike; the hashtag picks among events, the only features that carry
 * hashtags, and leaves the rest of the map as it is.
 */
export interface EventFilters {
	/** Categories to show; empty shows every category. */
	categories: readonly string[];
	/** A hashtag such as "#Waterloo"; empty shows every event. */
	tag: string;
}

export const NO_FILTERS: EventFilters = { categories: [], tag: '' };

/**
 * Whether a feature of `category` passes the category filters: any does when no box is ticked; one
 * with no category ('' or null) passes only then, as it is in none of the ticked categories.
 */
export function inCategories(category: string | null, { categories }: EventFilters): boolean {
	return categories.length === 0 || (category !== null && categories.includes(category));
}

/** Whether an event passes the filters: its category, and its hashtags when one is chosen. */
export function passesFilters(event: { category: string; tags: readonly string[] }, filters: EventFilters): boolean {
	return inCategories(event.category, filters) && (filters.tag === '' || event.tags.includes(filters.tag));
}
