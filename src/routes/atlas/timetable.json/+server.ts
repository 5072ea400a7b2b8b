// Serves when each dated map feature is shown ([id, from, to, hold] per source), built at build
// time: the map view turns a date into feature-states from it, with no work in the worker.
import { json } from '@sveltejs/kit';
import { built } from '$lib/server/compiled';

export const prerender = true;

export const GET = () => json(built().map.timetable);
