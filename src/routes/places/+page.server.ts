// The index of every place, regions first.
import { placeIndex } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ places: placeIndex() });
