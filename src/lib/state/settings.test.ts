import { describe, expect, it } from 'vitest';
import type { AtlasSettings } from '../domain/atlasSettings';
import type { ListItem } from '../domain/summaries';
import { defaultsWith, explorerDefaults, hashLimits, limitsWith, type Additions, type ExplorerData } from './settings';

const settings = {
	title: 'T',
	description: 'D',
	extent: [0, 0, 10, 10],
	camera: { zoom: 5, lat: 5, lon: 5 },
	period: { from: 0, to: 1000 },
	presets: [
		{ label: 'early', range: { from: 0, to: 100 } },
		{ label: 'late', range: { from: 500, to: 600 } },
		{ label: 'all', range: { from: 0, to: 1000 } }
	],
	start: 550,
	categories: [{ id: 'battle', label: 'Battle', color: '#aa0000' }],
	styles: {},
	labels: [],
	legend: [],
	labelledPlaceKinds: ['city']
} satisfies AtlasSettings;

const item = (kind: ListItem['kind'], id: string, from: number, tags: string[] = []): ListItem => ({
	ref: { kind: kind === 'event' ? 'event' : 'feature', id }, kind, label: id, kindName: kind, from, to: from + 1, hold: true, when: '', category: 'battle', tags, place: ''
});

const data: ExplorerData = {
	settings,
	items: [item('event', 'a', 550, ['#One']), item('event', 'b', 20, ['#Two']), item('zone', 'z', 0)],
	ids: { event: ['a', 'b'], place: ['p'], front: [], feature: ['z'] },
	spans: [{ key: 'feature:z', from: 0, to: 1000, hold: false }],
	gpuEvents: 0
};

describe('explorerDefaults', () => {
	const defaults = explorerDefaults(data, false);

	it('opens on the atlas start, in the first preset that holds it', () => {
		expect(defaults.date).toBe(550);
		expect(defaults.range).toEqual({ from: 500, to: 600 });
		expect(defaults.extent).toEqual(settings.period);
	});

	it('steps between event days, and knows when each event and feature is', () => {
		expect(defaults.eventStarts.get('b')).toBe(20);
		expect(defaults.spans.get('feature:z')).toEqual({ from: 0, to: 1000, hold: false });
	});

	it('plays more gently when the reader asks for reduced motion', () => {
		expect(explorerDefaults(data, true).speed).toBeLessThan(defaults.speed);
	});
});

describe('hashLimits', () => {
	const limits = hashLimits(data);

	it("accepts the atlas's own ids, categories and tags only", () => {
		expect([...limits.ids.event]).toEqual(['a', 'b']);
		expect(limits.ids.place.has('p')).toBe(true);
		expect(limits.categories.has('battle')).toBe(true);
		expect(limits.categories.has('military')).toBe(false);
		expect([...limits.tags].sort()).toEqual(['#One', '#Two']);
		expect(limits.extent).toEqual(settings.period);
	});
});

describe('the atlas widened by a reader\'s layers', () => {
	const defaults = explorerDefaults(data, false);
	const limits = hashLimits(data);
	const more: Additions = {
		period: { from: 900, to: 1500 },
		items: [item('event', 'mine-1', 1200, ['#Mine']), item('zone', 'mine-2', 950)],
		spans: [{ key: 'event:mine-1', from: 1200, to: 1201, hold: true }],
		refs: [{ kind: 'event', id: 'mine-1' }, { kind: 'feature', id: 'mine-2' }],
		categories: ['voyage']
	};

	it('reaches their dates, offering the grown span as one more period', () => {
		const d = defaultsWith(defaults, more);
		expect(d.extent).toEqual({ from: 0, to: 1500 });
		expect(d.presets.at(-1)?.range).toEqual({ from: 0, to: 1500 });
		expect(d.presets).toHaveLength(defaults.presets.length + 1);
		expect(d.eventStarts.get('mine-1')).toBe(1200);
		expect(d.spans.get('event:mine-1')).toEqual({ from: 1200, to: 1201, hold: true });
	});

	it('offers no new period when their dates lie within the atlas', () => {
		expect(defaultsWith(defaults, { ...more, period: { from: 100, to: 200 } }).presets).toEqual(defaults.presets);
	});

	it('lets a link name their features, categories, tags and dates', () => {
		const l = limitsWith(limits, more);
		expect(l.ids.event.has('mine-1') && l.ids.event.has('a')).toBe(true);
		expect(l.ids.feature.has('mine-2')).toBe(true);
		expect(l.categories.has('voyage') && l.categories.has('battle')).toBe(true);
		expect(l.tags.has('#Mine')).toBe(true);
		expect(l.extent).toEqual({ from: 0, to: 1500 });
	});
});
