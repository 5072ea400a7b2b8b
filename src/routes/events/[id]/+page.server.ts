// An event's article page, prerendered for every event of the atlas.
import { details, eventPage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(details().events).map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => eventPage(params.id);
