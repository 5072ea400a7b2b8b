// What every page says of the atlas: its title and description (the article frame names it).
import { built } from '$lib/server/compiled';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const { title, description } = built().settings;
	return { atlas: { title, description } };
};
