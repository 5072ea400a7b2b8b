// A hashtag's page: every event that carries it, prerendered for every hashtag of the atlas.
import { ARTICLES, tagIds, tagPage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => (ARTICLES ? tagIds().map((tag) => ({ tag })) : []);

export const load: PageServerLoad = ({ params }) => tagPage(params.tag);
