// A place's article page, prerendered for every place of the atlas.
import { ARTICLES, pageIds, placePage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => (ARTICLES ? pageIds('place').map((id) => ({ id })) : []);

export const load: PageServerLoad = ({ params }) => placePage(params.id);
