import { describe, expect, it } from 'vitest';
import { historicalDate } from './historicalDate';
import { describeChange } from './change';
import { featureSummaries, spanInWords, type EventSummary, type FrontDay } from './summaries';
import { readAtlas } from '../server/atlas';
import { parseIsoDay } from './day';
import { OPEN_END } from './timeline';

const span = (start: string, end?: string) => ({ start: historicalDate(start), end: end ? historicalDate(end) : null });
const day = (text: string) => historicalDate(text).start;

describe('spanInWords', () => {
	it.each([
		[span('1945-08-21'), '21 August 1945'],
		[span('1945-08-21', '1945-08-22'), '21–22 August 1945'],
		[span('1945-08-09', '1945-09-02'), '9 August to 2 September 1945'],
		[span('1945-12-16', '1946-01-02'), '16 December 1945 to 2 January 1946'],
		[span('1945-08-18?', '1945-08-20'), '18 August 1945 (uncertain) to 20 August 1945'],
		[span('1948-10-19', '1948-12'), '19 October 1948 to December 1948'],
		[span('1945-08-1X'), 'between 10 and 19 August 1945']
	])('%j reads %s', (s, words) => expect(spanInWords(s)).toBe(words));
});

describe('describeChange', () => {
	const events = [
		{ id: 'a', title: 'Event A', from: day('1945-08-21') },
		{ id: 'b', title: 'Event B', from: day('1945-08-21') },
		{ id: 'c', title: 'Event C', from: day('1945-08-25') }
	] as EventSummary[];
	const fronts = [
		{ front: 'f1', name: 'Front One', day: day('1945-08-20'), kind: 'inferred', movedKm: 30 },
		{ front: 'f1', name: 'Front One', day: day('1945-08-21'), kind: 'keyframe', movedKm: 40 }
	] as FrontDay[];

	it('says which events began and how far each front moved', () => {
		expect(describeChange(events, fronts, day('1945-08-20'), day('1945-08-21'))).toBe(
			'21 August 1945: 2 events began: Event A; Event B; Front One moved 40 km.'
		);
	});

	it('adds up several days at once', () => {
		expect(describeChange(events, fronts, day('1945-08-19'), day('1945-08-25'))).toBe(
			'25 August 1945: 3 events began: Event A; Event B; Event C; Front One moved 70 km.'
		);
	});

	it('says so when nothing began, and going back announces only the date', () => {
		expect(describeChange(events, fronts, day('1945-08-22'), day('1945-08-23'))).toBe('23 August 1945: nothing began.');
		expect(describeChange(events, fronts, day('1945-08-25'), day('1945-08-21'))).toBe('Back to 21 August 1945.');
	});
});

describe('featureSummaries of the shipped atlas', () => {
	const { atlas } = readAtlas();
	it('lists each front once, from its first to its last position, held on the map after it', () => {
		const list = featureSummaries(atlas);
		const front = list.find((f) => f.kind === 'front' && f.id === '25th-army')!;
		expect(front).toMatchObject({ type: 'front', name: '25th Army (1st Far Eastern Front), in Korea', from: parseIsoDay('1945-08-16'), to: parseIsoDay('1945-08-29'), hold: true, when: '16–28 August 1945' });
		expect(list.filter((f) => f.type === 'keyframe' && f.id.startsWith('25th-army-'))).toHaveLength(5);
		expect(list.find((f) => f.id === 'rok-1948')).toMatchObject({ type: 'zone', to: OPEN_END, hold: false, when: 'from 15 August 1948' });
	});

});
