// The index of every event, in date order.
import { eventIndex } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ events: eventIndex() });
