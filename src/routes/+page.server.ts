// The explorer's data, built at build time: the events and front movements the slider, the list
// and the announcements use (the map loads its own GeoJSON from /atlas/*.geojson).
import { eventSummaries, frontDays } from '$lib/domain/summaries';
import { loadAtlas } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const atlas = loadAtlas();
	return { events: eventSummaries(atlas), fronts: frontDays(atlas) };
};
