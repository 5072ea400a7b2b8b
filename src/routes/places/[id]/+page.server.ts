// A place's article page, prerendered for every place of the atlas.
import { ARTICLES, details, placePage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => (ARTICLES ? Object.keys(details().places).map((id) => ({ id })) : []);

export const load: PageServerLoad = ({ params }) => placePage(params.id);
