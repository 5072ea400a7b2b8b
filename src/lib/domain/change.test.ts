import { describe, expect, it } from 'vitest';
import { daysInWords, describeChange, spanDaysInWords } from './change';
import { listRows } from './onDate';
import { historicalDate } from './historicalDate';
import type { FrontDay, ListItem } from './summaries';
import { OPEN_END } from './timeline';

const day = (text: string) => historicalDate(text).start;

describe('daysInWords', () => {
	it.each([
		['1815-06-18', '1815-06-18', '18 June 1815'],
		['1815-06-16', '1815-06-18', '16–18 June 1815'],
		['1815-05-30', '1815-06-02', '30 May to 2 June 1815'],
		['1815-12-30', '1816-01-02', '30 December 1815 to 2 January 1816'],
		['-0215-08-01', '-0215-08-03', '1–3 August 216 BCE']
	])('%s to %s reads %s', (first, last, words) => expect(daysInWords(day(first), day(last))).toBe(words));
});

describe('spanDaysInWords', () => {
	it('writes a span of days, its end exclusive, and one with no end from its first day', () => {
		expect(spanDaysInWords(day('1815-06-16'), day('1815-06-19'))).toBe('16–18 June 1815');
		expect(spanDaysInWords(day('-0215-08-02'), day('-0215-08-03'))).toBe('2 August 216 BCE');
		expect(spanDaysInWords(day('1815-06-18'), OPEN_END)).toBe('from 18 June 1815');
	});
});

describe('describeChange', () => {
	const item = (id: string, label: string, from: string) => ({ ref: { kind: 'event', id }, kind: 'event', label, from: day(from) }) as ListItem;
	const events = [item('c', 'Event C', '1815-06-25'), item('a', 'Event A', '1815-06-21'), item('b', 'Event B', '1815-06-21')];
	const fronts: FrontDay[] = [
		{ front: 'f1', name: 'Front One', day: day('1815-06-20'), movedKm: 30 },
		{ front: 'f1', name: 'Front One', day: day('1815-06-21'), movedKm: 40 }
	];

	it('says which events began on the day and how far each front moved', () => {
		expect(describeChange(listRows(events), fronts, day('1815-06-20'), day('1815-06-21'))).toBe('21 June 1815: 2 events began: Event A; Event B; Front One moved 40 km.');
	});

	it('over several days names them all, and each event with its own date, never the last day for all', () => {
		expect(describeChange(listRows(events), fronts, day('1815-06-19'), day('1815-06-25'))).toBe(
			'20–25 June 1815: 3 events began: Event A (21 June 1815); Event B (21 June 1815); Event C (25 June 1815); Front One moved 70 km.'
		);
		expect(describeChange(listRows(events), [], day('1815-06-21'), day('1815-07-02'))).toBe('22 June to 2 July 1815: 1 event began: Event C (25 June 1815).');
	});

	it('names three events at most, the earliest first, and one in the singular', () => {
		const many = [...events, item('d', 'Event D', '1815-06-24'), item('e', 'Event E', '1815-06-25')];
		expect(describeChange(listRows(many), [], day('1815-06-19'), day('1815-06-25'))).toBe(
			'20–25 June 1815: 5 events began: Event A (21 June 1815); Event B (21 June 1815); Event D (24 June 1815); and 2 more.'
		);
		expect(describeChange(listRows(events), [], day('1815-06-24'), day('1815-06-25'))).toBe('25 June 1815: 1 event began: Event C.');
	});

	it('counts every event of a long list read from its columns, and writes only those it names', () => {
		const written: number[] = [];
		const n = 10_000;
		const from = Float64Array.from({ length: n }, (_, i) => day('1815-06-21') + ((i * 7919) % 30));
		const rows = { columns: { from, to: from.map((d) => d + 1) }, row: (i: number) => (written.push(i), { ref: { kind: 'event' as const, id: `r${i}` }, label: `Row ${i}`, when: '', category: null, kindName: 'event' }) };
		const firsts = [...from.keys()].filter((i) => from[i] === day('1815-06-21')).slice(0, 3);
		expect(describeChange(rows, [], day('1815-06-20'), day('1815-07-31'))).toBe(
			`21 June to 31 July 1815: ${n} events began: ${firsts.map((i) => `Row ${i} (21 June 1815)`).join('; ')}; and ${n - 3} more.`
		);
		expect(written).toEqual(firsts);
	});

	it('says so when nothing began, and going back announces only the date', () => {
		expect(describeChange(listRows(events), fronts, day('1815-06-22'), day('1815-06-23'))).toBe('23 June 1815: nothing began.');
		expect(describeChange(listRows(events), fronts, day('1815-06-22'), day('1815-06-24'))).toBe('23–24 June 1815: nothing began.');
		expect(describeChange(listRows(events), fronts, day('1815-06-25'), day('1815-06-21'))).toBe('Back to 21 June 1815.');
	});
});
