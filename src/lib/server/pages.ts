/**
 * Turns the compiled atlas into the data of its article pages (events, places, tags), with the
 * mini-map of each subject.
 */
import { error } from '@sveltejs/kit';
import { refKey, type Detail, type Ref } from '../domain/feature';
import { built } from './compiled';
import { miniMap } from './miniMap';

/** Whether to prerender article pages: the benchmark's builds of 100,000 synthetic events skip them. */
export const ARTICLES = process.env['ARTICLES'] !== 'none';

/** The detail of a feature, or a 404. */
function detailOf(ref: Ref): Detail {
	const detail = built().details[refKey(ref)];
	if (!detail) error(404, `No ${ref.kind} "${ref.id}" in the atlas`);
	return detail;
}

/** The ids of every feature of one kind that has a page. */
export function pageIds(kind: 'event' | 'place'): string[] {
	return built().compiled.features.filter((f) => f.kind === kind).map((f) => f.id);
}

/** An event or a place as a line of an index: its title, when, and what it is. */
const entry = (d: Detail) => ({ id: d.ref.id, title: d.title, headline: d.headline, when: d.when, from: d.from, category: d.category, kindLine: d.kindLine });

export function eventPage(id: string) {
	const event = detailOf({ kind: 'event', id });
	const places = event.places.map((p) => built().details[refKey({ kind: 'place', id: p })]).filter((p) => p !== undefined);
	const primary = places[0];
	// An event filed under a region is labelled by the first town it names.
	const named = primary?.coordinates ? primary : (places.find((p) => p.coordinates) ?? primary);
	return {
		event,
		places: places.map((p) => ({ id: p.ref.id, name: p.title, headline: p.headline })),
		map: miniMap({ points: [{ coordinates: event.coordinates!, label: named?.title ?? '' }] })
	};
}

export function placePage(id: string) {
	const place = detailOf({ kind: 'place', id });
	const moments = place.moments.map((m) => entry(built().details[refKey({ kind: 'event', id: m })]!));
	const shape = built().atlas.places.find((p) => p.id === id)?.geometry ?? null;
	const map =
		shape?.type === 'Point'
			? miniMap({ points: [{ coordinates: shape.coordinates as [number, number], label: place.title }] })
			: shape
				? miniMap({ areas: [shape] })
				: null;
	return { place, moments, map };
}

/** Every event in date order, as an index lists them. */
export function eventIndex() {
	return built().compiled.features.filter((f) => f.kind === 'event').map((f) => entry(f.detail));
}

/** Every place, regions first, with how many life moments each has. */
export function placeIndex() {
	const kinds = new Map(built().atlas.places.map((p) => [p.id, p.kind]));
	return built()
		.compiled.features.filter((f) => f.kind === 'place')
		.map((f) => ({ ...entry(f.detail), kind: kinds.get(f.id) ?? '', moments: f.detail.moments.length }))
		.sort((a, b) => Number(b.kind === 'region') - Number(a.kind === 'region') || a.headline.localeCompare(b.headline));
}

/** Every hashtag in the atlas, without its '#': the ids of the tag pages. */
export function tagIds(): string[] {
	return [...new Set(built().compiled.features.flatMap((f) => f.tags))].map((t) => t.slice(1)).sort();
}

export function tagPage(tag: string) {
	const tagged = built().compiled.features.filter((f) => f.kind === 'event' && f.tags.includes(`#${tag}`));
	if (!tagged.length) error(404, `No event carries the hashtag #${tag}`);
	const { period } = built().settings;
	return {
		tag: `#${tag}`,
		events: tagged.map((f) => entry(f.detail)),
		period,
		map: miniMap({ points: tagged.map((f) => ({ coordinates: f.at!, label: '' })) })
	};
}
