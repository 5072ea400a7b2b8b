import { describe, expect, it } from 'vitest';
import type { AtlasSettings } from '../domain/atlasSettings';
import { historicalDate } from '../domain/historicalDate';
import type { ListItem } from '../domain/summaries';
import { toColumns } from '../import/columns';
import type { ImportedRecord } from '../import/types';
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

/** A row of a reader's large file, its id and dates given by each test. */
const record: ImportedRecord = {
	id: '',
	row: 2,
	title: 'Stop',
	text: '',
	category: '',
	tags: [],
	sources: [],
	written: { start: '', end: null },
	when: { start: historicalDate('1769'), end: null },
	geometry: { type: 'Point', coordinates: [-149.5, -17.5] }
};

describe('the atlas widened by a reader\'s layers', () => {
	const defaults = explorerDefaults(data, false);
	const limits = hashLimits(data);
	const more: Additions = {
		period: { from: 900, to: 1500 },
		items: [item('event', 'mine-1', 1200, ['#Mine']), item('zone', 'mine-2', 950)],
		spans: [{ key: 'event:mine-1', from: 1200, to: 1201, hold: true }],
		refs: [{ kind: 'event', id: 'mine-1' }, { kind: 'feature', id: 'mine-2' }],
		categories: ['voyage'],
		large: []
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

	it("lets a link name a large layer's rows and their hashtags, and finds when each begins", () => {
		const c = toColumns([
			{ ...record, id: 'stop-1', tags: ['#Voyage'], when: { start: historicalDate('1769-04-13'), end: null } },
			{ ...record, id: 'stop-2', tags: [], when: { start: historicalDate('1769-06-03'), end: null } }
		]);
		const reader = { id: 'my-data-1', name: 'Cook', prefix: 'my-data-1-', color: '#d6336c', visible: true, columns: c };
		const atlasOwn = { ...reader, id: 'atlas-events', prefix: '' };
		const withLarge = { ...more, large: [reader, atlasOwn] };
		const l = limitsWith(limits, withLarge);
		expect(['my-data-1-stop-1', 'my-data-1-stop-2', 'stop-1', 'stop-2', 'a', 'mine-1'].every((id) => l.ids.event.has(id))).toBe(true);
		expect(l.tags.has('#Voyage') && l.tags.has('#Mine')).toBe(true);
		const d = defaultsWith(defaults, withLarge);
		expect(d.eventStarts.get('my-data-1-stop-2')).toBe(historicalDate('1769-06-03').start);
		expect(d.eventStarts.get('stop-1')).toBe(historicalDate('1769-04-13').start);
		expect(d.eventStarts.get('mine-1')).toBe(1200);
		expect(d.eventStarts.get('a')).toBe(550);
		expect(d.eventStarts.get('nowhere')).toBeUndefined();
	});
});
