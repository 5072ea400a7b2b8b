import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { timeFilter } from './timeExpressions';
import { benchHooks, withLiterals } from './benchHooks';

describe('the baseline filters (dates written in) select what the global-state filters select', () => {
	const filter = timeFilter as FilterSpecification;
	const state = { date: 105, view: 'window', windowDays: 3 };

	it('leaves no global-state reference behind', () => {
		expect(JSON.stringify(withLiterals(filter, state))).not.toContain('global-state');
	});

	it.each([
		[100, 101, true],
		[100, 106, false],
		[104, 106, true],
		[106, 110, true],
		[90, 101, true],
		[90, 101, false]
	])('[%i, %i) hold %s', (from, to, hold) => {
		const feature = { type: 1, properties: { from, to, hold } } as never;
		const byState = featureFilter(filter, 'filter', state).filter({ zoom: 5 }, feature);
		const byLiteral = featureFilter(withLiterals(filter, state) as FilterSpecification, 'filter').filter({ zoom: 5 }, feature);
		expect(byLiteral).toBe(byState);
	});
});

describe('the baseline hook draws a date by rewriting every dated layer’s filter', () => {
	/** A map with one dated layer with a filter of its own, one without, and one basemap layer. */
	function fakeMap() {
		const set = new Map<string, unknown>();
		const listeners: (() => void)[] = [];
		const map = {
			getStyle: () => ({
				layers: [
					{ id: 'sea', type: 'background' },
					{ id: 'event-point', type: 'circle', source: 'events' },
					{ id: 'zone-selected', type: 'line', source: 'zones', filter: ['==', ['get', 'id'], ['global-state', 'selected']] }
				]
			}),
			getGlobalState: () => ({ selected: 'zone-a', view: 'history' }),
			setFilter: (id: string, filter: unknown) => set.set(id, filter),
			once: (_: string, listener: () => void) => listeners.push(listener),
			triggerRepaint: () => listeners.splice(0).forEach((l) => l())
		};
		return { map: map as unknown as MapLibreMap, set };
	}

	it('writes the date and the global state in, and gives every feature full strength once', async () => {
		const { map, set } = fakeMap();
		let showAll = 0;
		const hooks = benchHooks({ map, time: () => ({ date: 100, view: 'history', windowDays: 7 }), showAll: () => showAll++, setAtlas: async () => {}, shown: () => true });
		await hooks.setFilter(105);
		await hooks.setFilter(106);
		expect(showAll).toBe(1);
		expect([...set.keys()]).toEqual(['event-point', 'zone-selected']);
		const text = JSON.stringify([...set.values()]);
		expect(text).not.toContain('global-state');
		expect(text).toContain('"zone-a"');
		const own = set.get('zone-selected') as unknown[];
		const feature = (id: string, from: number, to: number) => ({ type: 1, properties: { id, from, to, hold: false } }) as never;
		const test = (filter: unknown, f: never) => featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 5 }, f);
		// Drawn on day 106: a zone of [106, 110) if it is the selected one, not one that ended on day 106.
		expect(test(own, feature('zone-a', 106, 110))).toBe(true);
		expect(test(own, feature('zone-b', 106, 110))).toBe(false);
		expect(test(own, feature('zone-a', 100, 106))).toBe(false);
	});
});

describe('the drawn hook', () => {
	it('lists each feature a layer draws once, leaving out dated ones the date hides', () => {
		const rendered = [
			{ source: 'advances', id: 0, properties: { id: 'a', day: 1 } },
			{ source: 'advances', id: 1, properties: { id: 'a', day: 2 } },
			// A feature cut by a tile edge comes back once per tile.
			{ source: 'advances', id: 1, properties: { id: 'a', day: 2 } },
			{ source: 'places', id: 7, properties: { id: 'town' } }
		];
		const map = { queryRenderedFeatures: () => rendered } as unknown as MapLibreMap;
		const hooks = benchHooks({ map, time: () => ({ date: 100, view: 'all', windowDays: 7 }), showAll: () => {}, setAtlas: async () => {}, shown: (_, id) => id === 1 });
		expect(hooks.drawn('advance-tip')).toEqual([{ id: 'a', day: 2 }, { id: 'town' }]);
	});
});
