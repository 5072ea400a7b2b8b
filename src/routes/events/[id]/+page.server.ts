// An event's article page, prerendered for every event of the atlas.
import { ARTICLES, eventPage, pageIds } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => (ARTICLES ? pageIds('event').map((id) => ({ id })) : []);

export const load: PageServerLoad = ({ params }) => eventPage(params.id);
