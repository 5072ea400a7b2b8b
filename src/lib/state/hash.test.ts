import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../domain/day';
import { formatHash, parseHash, type HashLimits, type HashState } from './hash';

const day = (text: string) => parseIsoDay(text)!;
const limits: HashLimits = {
	minZoom: 1,
	maxZoom: 10,
	extent: { from: day('1945-08-01'), to: day('1949-01-01') },
	ids: {
		event: new Set(['wonsan-landing', 'dprk-founded']),
		place: new Set(['wonsan', 'north-korea']),
		front: new Set(['transbaikal-front']),
		feature: new Set(['parallel-38'])
	},
	categories: new Set(['military', 'political']),
	tags: new Set(['#KoreanDivision', '#RedArmyAdvance'])
};

describe('formatHash and parseHash', () => {
	it.each<[string, HashState]>([
		['everything', { camera: { zoom: 6.5, lat: 39.15, lon: 127.45 }, date: day('1945-08-21'), selection: { kind: 'event', id: 'wonsan-landing' }, view: 'date', windowDays: 7, range: { from: day('1945-08-01'), to: day('1945-09-30') }, categories: ['military', 'political'], tag: '#KoreanDivision' }],
		['a place', { selection: { kind: 'place', id: 'north-korea' } }],
		['a front', { selection: { kind: 'front', id: 'transbaikal-front' } }],
		['a feature', { selection: { kind: 'feature', id: 'parallel-38' } }],
		['only a date', { date: day('1948-09-09') }],
		['a view and a window', { view: 'window', windowDays: 30 }],
		['the whole atlas as the range', { range: { from: day('1945-08-01'), to: day('1949-01-01') } }],
		['nothing', {}]
	])('round-trips %s', (_name, state) => {
		expect(parseHash(formatHash(state), limits)).toEqual(state);
	});

	it('writes the documented form', () => {
		expect(formatHash({ camera: { zoom: 4, lat: 41, lon: 127 }, date: day('1945-08-21'), selection: { kind: 'event', id: 'wonsan-landing' }, view: 'history', range: { from: day('1945-08-01'), to: day('1945-09-01') }, tag: '#KoreanDivision' })).toBe(
			'#map=4.00/41.0000/127.0000&date=1945-08-21&event=wonsan-landing&view=history&range=1945-08-01..1945-09-01&tag=KoreanDivision'
		);
	});

	it.each([
		['map=abc/41/127', 'zoom=abc'],
		['map=4/41', 'two parts'],
		['map=40/41/127', 'zoom too large'],
		['map=4/91/127', 'latitude out of range'],
		['map=4/41/200', 'longitude out of range'],
		['map=4/41/1e2', 'exponent'],
		['date=1945-13-40', 'month 13'],
		['date=1945-02-29', 'no 29 February 1945'],
		['date=21-08-1945', 'wrong order'],
		['date=1900-01-01', 'before the atlas'],
		['date=', 'empty'],
		['event=atlantis', 'unknown event'],
		['event=', 'empty event'],
		['view=yesterday', 'unknown view'],
		['window=0', 'zero window'],
		['window=9999', 'window too long'],
		['window=7.5', 'fractional window'],
		['range=1945-09-01..1945-08-01', 'backwards range'],
		['range=1945-08-01', 'half a range'],
		['range=1945-08-01..1945-09-01..1945-10-01', 'three ends'],
		['range=1945-08-01..1955-01-01', 'range past the atlas'],
		['%E0%A4%A', 'broken escape'],
		['&&&==', 'only separators'],
		['place=atlantis', 'unknown place'],
		['front=wonsan', 'a place id as a front'],
		['cat=gossip', 'unknown category'],
		['tag=Nothing', 'unknown tag'],
		['tag=', 'empty tag']
	])('ignores %s (%s)', (hash) => {
		expect(() => parseHash(`#${hash}`, limits)).not.toThrow();
		expect(parseHash(`#${hash}`, limits)).toEqual({});
	});

	it('keeps the good values of a partly malformed link', () => {
		expect(parseHash('#map=abc&date=1945-08-21&view=bogus&event=dprk-founded&cat=military,gossip', limits)).toEqual({
			date: day('1945-08-21'),
			selection: { kind: 'event', id: 'dprk-founded' },
			categories: ['military']
		});
	});
});
