// Serves the explorer's search index (every entry the search box can find), built at build time
// (prerendered) apart from the panels' texts, so that each is loaded only when it is needed.
import { json } from '@sveltejs/kit';
import { buildIndex } from '$lib/domain/search';
import { built } from '$lib/server/compiled';

export const prerender = true;

export const GET = () => json(buildIndex(built().compiled));
