// The explorer's data, built at build time from the compiled atlas: its settings, what the list
// names, the days of every dated feature, the ids a link may name and each front's movements (the
// map loads its own GeoJSON from /atlas/*.geojson, the panels their texts a chunk at a time from
// /atlas/details/<n>.json, the search its index from /atlas/search.json). A large atlas's events are
// left out of it: the explorer reads them from their columns (/atlas/large/).
import { REF_KINDS } from '$lib/domain/feature';
import { frontDays, listItems, spans } from '$lib/domain/summaries';
import { built } from '$lib/server/compiled';
import type { ExplorerData } from '$lib/state/settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { mapped: compiled, settings, large } = built();
	const data: ExplorerData = {
		settings,
		items: listItems(compiled),
		spans: spans(compiled),
		ids: Object.fromEntries(REF_KINDS.map((k) => [k, [...new Set(compiled.features.filter((f) => f.ref.kind === k).map((f) => f.ref.id))]])) as ExplorerData['ids'],
		gpuEvents: large?.length ?? 0
	};
	return { ...data, fronts: frontDays(compiled) };
};
