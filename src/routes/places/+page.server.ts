// The index of every place, regions first.
import { details } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	places: Object.values(details().places)
		.map(({ id, headline, kind, moments }) => ({ id, headline, kind, moments: moments.length }))
		.sort((a, b) => Number(b.kind === 'region') - Number(a.kind === 'region') || a.headline.localeCompare(b.headline))
});
