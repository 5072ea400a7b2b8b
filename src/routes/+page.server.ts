// The explorer's data, built at build time: the events and front movements the slider, the list
// and the announcements use (the map loads its own GeoJSON from /atlas/*.geojson).
import { EVENT_CATEGORIES } from '$lib/domain/atlas';
import { eventSummaries, featureSummaries, frontDays } from '$lib/domain/summaries';
import { loadAtlas } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	const features = featureSummaries(atlas);
	return {
		events: eventSummaries(atlas),
		fronts: frontDays(atlas),
		features,
		// The ids a link may name, so that a malformed one falls back to the default.
		ids: {
			events: atlas.events.map((e) => e.id),
			places: atlas.places.map((p) => p.id),
			fronts: features.filter((f) => f.kind === 'front').map((f) => f.id),
			features: features.filter((f) => f.kind === 'feature').map((f) => f.id),
			categories: [...EVENT_CATEGORIES],
			tags: [...new Set(atlas.events.flatMap((e) => e.tags))]
		}
	};
};
