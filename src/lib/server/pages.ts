/**
 * Turns the atlas into the data of its article pages (events, places, tags), once per build, with
 * the mini-map of each subject.
 */
import { error } from '@sveltejs/kit';
import { buildDetails, type Details } from '../domain/details';
import { eventSummaries } from '../domain/summaries';
import { loadAtlas } from './atlas';
import { miniMap } from './miniMap';

let cached: Details | undefined;

/** Whether to prerender article pages: the benchmark's builds of 100,000 synthetic events skip them. */
export const ARTICLES = process.env['ARTICLES'] !== 'none';

/** The details of the shipped atlas, built once per build. */
export function details(): Details {
	cached ??= buildDetails(loadAtlas());
	return cached;
}

export function eventPage(id: string) {
	const d = details();
	const event = d.events[id];
	if (!event) error(404, `No event "${id}" in the atlas`);
	const places = event.places.map((p) => d.places[p]).filter((p) => p !== undefined);
	const primary = places[0];
	return {
		event,
		places: places.map(({ id, name, headline }) => ({ id, name, headline })),
		map: miniMap({ points: [{ coordinates: event.coordinates, label: primary?.kind === 'region' ? (places[1]?.name ?? '') : (primary?.name ?? '') }] })
	};
}

export function placePage(id: string) {
	const d = details();
	const place = d.places[id];
	if (!place) error(404, `No place "${id}" in the atlas`);
	const shape = loadAtlas().places.find((p) => p.id === id)?.geometry ?? null;
	const moments = place.moments.map((m) => d.events[m]!).map(({ id, title, when, from, category }) => ({ id, title, when, from, category }));
	const map =
		shape?.type === 'Point'
			? miniMap({ points: [{ coordinates: shape.coordinates as [number, number], label: place.name }] })
			: shape
				? miniMap({ areas: [shape] })
				: null;
	return { place, moments, map };
}

/** Every hashtag in the atlas, without its '#': the ids of the tag pages. */
export function tagIds(): string[] {
	return [...new Set(loadAtlas().events.flatMap((e) => e.tags))].map((t) => t.slice(1)).sort();
}

export function tagPage(tag: string) {
	const atlas = loadAtlas();
	const events = eventSummaries(atlas).filter((e) => e.tags.includes(`#${tag}`));
	if (!events.length) error(404, `No event carries the hashtag #${tag}`);
	const d = details();
	return {
		tag: `#${tag}`,
		events,
		map: miniMap({ points: events.map((e) => ({ coordinates: d.events[e.id]!.coordinates, label: '' })) })
	};
}
