// The index of every event, in date order.
import { eventSummaries } from '$lib/domain/summaries';
import { loadAtlas } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ events: eventSummaries(loadAtlas()) });
