// The explorer's data, built at build time: the events and front movements the slider, the list
// and the announcements use (the map loads its own GeoJSON from /atlas/*.geojson).
import { EVENT_CATEGORIES, spanDays, type Atlas } from '$lib/domain/atlas';
import { eventSummaries, frontDays } from '$lib/domain/summaries';
import { loadAtlas } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

/** The days each front and other feature is drawn, as [from, to) by `front:<id>` or `feature:<id>`. */
function featureSpans(atlas: Atlas): Record<string, [number, number]> {
	const spans: Record<string, [number, number]> = {};
	for (const f of [...atlas.advances, ...atlas.zones, ...atlas.lines]) {
		const { from, to } = spanDays(f.when);
		spans[`feature:${f.id}`] = [from, to];
	}
	for (const k of atlas.frontlines) {
		spans[`feature:${k.id}`] = [k.date.start, k.date.start + 1];
		const front = spans[`front:${k.front}`];
		spans[`front:${k.front}`] = front ? [Math.min(front[0], k.date.start), Math.max(front[1], k.date.start + 1)] : [k.date.start, k.date.start + 1];
	}
	return spans;
}

export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	return {
		events: eventSummaries(atlas),
		fronts: frontDays(atlas),
		spans: featureSpans(atlas),
		// The ids a link may name, so that a malformed one falls back to the default.
		ids: {
			events: atlas.events.map((e) => e.id),
			places: atlas.places.map((p) => p.id),
			fronts: [...new Set(atlas.frontlines.map((k) => k.front))],
			features: [...atlas.advances, ...atlas.zones, ...atlas.lines, ...atlas.frontlines].map((f) => f.id),
			categories: [...EVENT_CATEGORIES],
			tags: [...new Set(atlas.events.flatMap((e) => e.tags))]
		}
	};
};
