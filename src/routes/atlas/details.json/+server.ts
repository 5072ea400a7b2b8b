// Serves what the explorer's panels and search say about each feature, by ref key, with the search
// index; built at build time (prerendered) and loaded by the page once the map is drawn.
import { json } from '@sveltejs/kit';
import { buildIndex } from '$lib/domain/search';
import { built } from '$lib/server/compiled';

export const prerender = true;

export const GET = () => json({ details: built().details, index: buildIndex(built().compiled) });
