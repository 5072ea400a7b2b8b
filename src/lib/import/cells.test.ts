import { describe, expect, it } from 'vitest';
import { toIsoDay } from '../domain/day';
import { composeDate, normaliseDate, readDates, readLatLon, readNumber, readSourceCell, readTagCell } from './cells';

const columns = { lat: 'Lat', lon: 'Lon' };

describe('readNumber', () => {
	it.each([
		['50.68', 50.68],
		['-4.41', -4.41],
		['+3', 3],
		['.5', 0.5],
		['1e1', 10]
	])('reads %j as %d', (cell, value) => {
		expect(readNumber(cell, 'latitude')).toBe(value);
	});

	it.each([
		['', 'latitude is empty'],
		['abc', 'latitude "abc" is not a number'],
		['0x10', 'latitude "0x10" is not a number'],
		['50,68', 'latitude "50,68" is not a number: write decimals with a point ("50.68")'],
		['Infinity', 'latitude "Infinity" is not a number']
	])('refuses %j: %s', (cell, reason) => {
		expect(readNumber(cell, 'latitude')).toBe(reason);
	});
});

describe('readLatLon', () => {
	it('reads a point', () => {
		expect(readLatLon('50.68', '4.41', columns)).toEqual({ lat: 50.68, lon: 4.41 });
	});

	it.each([
		['abc', '4.41', [{ column: 'Lat', reason: 'latitude "abc" is not a number' }]],
		['', '', [{ column: 'Lat', reason: 'latitude is empty' }, { column: 'Lon', reason: 'longitude is empty' }]],
		['50.68', 'east', [{ column: 'Lon', reason: 'longitude "east" is not a number' }]],
		['91', '200', [{ column: 'Lat', reason: 'latitude 91 is out of range (-90 to 90)' }, { column: 'Lon', reason: 'longitude 200 is out of range (-180 to 180)' }]],
		['-120.5', '45', [{ column: 'Lat', reason: 'latitude -120.5 is out of range (-90 to 90): it looks swapped with the longitude (45)' }]],
		['50', '-180.5', [{ column: 'Lon', reason: 'longitude -180.5 is out of range (-180 to 180)' }]],
		['85.06', '10', [{ column: 'Lat', reason: 'latitude 85.06 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it' }]],
		['-89', '10', [{ column: 'Lat', reason: 'latitude -89 lies beyond ±85.0511°, where the Web Mercator map ends: the map cannot draw it' }]]
	])('refuses (%j, %j)', (lat, lon, problems) => {
		expect(readLatLon(lat, lon, columns)).toEqual(problems);
	});

	it('accepts the edges of the map', () => {
		expect(readLatLon('85.0511', '-180', columns)).toEqual({ lat: 85.0511, lon: -180 });
	});
});

describe('normaliseDate', () => {
	it.each([
		['1815', '1815'],
		['-218', '-0218'],
		['218', '0218'],
		['+1815', '1815'],
		['1815-6-8', '1815-06-08'],
		['-218-3', '-0218-03'],
		['1815~', '1815~'],
		['12000', 'Y12000'],
		['-12000', 'Y-12000'],
		['-218/-201', '-0218/-0201'],
		['1985/..', '1985/..'],
		['/1800', '/1800'],
		['1815-XX', '1815-XX'],
		['18/06/1815', '18/06/1815'],
		['June 1815', 'June 1815']
	])('%j → %j', (text, normalised) => {
		expect(normaliseDate(text)).toBe(normalised);
	});
});

describe('composeDate', () => {
	const split = (year: string, month = '', day = '') => composeDate({ year, month, day, columns: { year: 'Year', month: 'Month', day: 'Day' } });

	it.each([
		[['1815', '6', '18'], '1815-06-18'],
		[['1815', '06'], '1815-06'],
		[['1815'], '1815'],
		[['-218'], '-0218'],
		[['-218', '8', '2'], '-0218-08-02'],
		[[''], '']
	])('composes %j as %j', (cells, text) => {
		expect(split(...(cells as [string]))).toBe(text);
	});

	it.each([
		[['', '6'], 'Year', 'missing year: a month or day is given without one'],
		[['1815 AD'], 'Year', 'year "1815 AD" is not a whole number'],
		[['1815', 'June'], 'Month', 'month "June" is not a number from 1 to 12'],
		[['1815', '13'], 'Month', 'month "13" is not a number from 1 to 12'],
		[['1815', '', '18'], 'Month', 'missing month: a day is given without one'],
		[['1815', '6', '0'], 'Day', 'day "0" is not a number from 1 to 31']
	])('refuses %j in %s: %s', (cells, column, reason) => {
		expect(split(...(cells as [string]))).toEqual({ column, reason });
	});
});

describe('readDates', () => {
	const start = (text: string) => ({ text, column: 'Start' });
	const end = (text: string) => ({ text, column: 'End' });
	const days = (read: ReturnType<typeof readDates>) => {
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		return [toIsoDay(read.when.start.start), read.when.end === null ? null : toIsoDay(read.when.end.end - 1)];
	};

	it.each([
		['1815', '', ['1815-01-01', null]],
		['1815-06', '', ['1815-06-01', null]],
		['1815-06-18', '', ['1815-06-18', null]],
		['1815-06-18', '1815-06-19', ['1815-06-18', '1815-06-19']],
		['-218', '-201', ['-0218-01-01', '-0201-12-31']],
		['-218/-201', '', ['-0218-01-01', '-0201-12-31']],
		['1906/1908', '', ['1906-01-01', '1908-12-31']],
		['1815-06~', '', ['1815-06-01', null]],
		['1815?', '1816%', ['1815-01-01', '1816-12-31']]
	])('reads %j to %j', (a, b, expected) => {
		expect(days(readDates(start(a), end(b)))).toEqual(expected);
	});

	it('keeps the cells as written and the dates in EDTF form', () => {
		const read = readDates(start('-218'), end('-201'));
		expect(read).toMatchObject({ ok: true, written: { start: '-218', end: '-201' } });
		expect(read.ok && [read.when.start.text, read.when.end?.text]).toEqual(['-0218', '-0201']);
	});

	it('keeps qualifiers', () => {
		const read = readDates(start('1815-06~'), null);
		expect(read.ok && read.when.start).toMatchObject({ approximate: true, uncertain: false });
	});

	it.each([
		['1985/..', null, /open/],
		['1985', '..', /open/],
		['1985/', null, /unknown/]
	])('leaves an open or unknown end (%j, %j) without an end, said in words', (a, b, note) => {
		const read = readDates(start(a), b === null ? null : end(b));
		expect(read).toMatchObject({ ok: true, when: { end: null } });
		expect(read.ok && read.dateNote).toMatch(note);
		expect(read.ok && read.written).toEqual({ start: a, end: b });
	});

	it.each([
		['', '', 'Start', /missing date|empty/],
		['abc', '', 'Start', /"abc" is not a valid date/],
		['1815-13-01', '', 'Start', /month 13 does not exist/],
		['1815', '1814', 'End', /ends \(1814\) before it starts \(1815\)/],
		['1815', 'soon', 'End', /"soon"/]
	])('refuses (%j, %j) in %s', (a, b, column, reason) => {
		const read = readDates(start(a), end(b));
		expect(read.ok).toBe(false);
		expect(!read.ok && read.problems[0]).toMatchObject({ column, reason: expect.stringMatching(reason) });
	});
});

describe('readTagCell', () => {
	it.each([
		['war, battle', ['#War', '#Battle']],
		['war;battle', ['#War', '#Battle']],
		['#war #battle', ['#War', '#Battle']],
		['war  war', ['#War']],
		['', []]
	])('%j → %j', (cell, tags) => {
		expect(readTagCell(cell)).toEqual(tags);
	});
});

describe('readSourceCell', () => {
	it('reads http and https addresses separated by spaces, semicolons or bars', () => {
		const { sources, left } = readSourceCell('https://example.org/a; http://example.org/b | https://example.org/a', 'Source');
		expect(sources).toEqual([
			{ title: 'https://example.org/a', url: 'https://example.org/a' },
			{ title: 'http://example.org/b', url: 'http://example.org/b' }
		]);
		expect(left).toEqual([]);
	});

	it('leaves out what is not an http(s) address, and says so', () => {
		expect(readSourceCell('ftp://example.org/file https://example.org/a', 'Source')).toEqual({
			sources: [{ title: 'https://example.org/a', url: 'https://example.org/a' }],
			left: [{ column: 'Source', reason: 'source "ftp://example.org/file" is not an http or https address: left out' }]
		});
		expect(readSourceCell('Chandler, The Campaigns of Napoleon', 'Source')).toEqual({
			sources: [],
			left: [{ column: 'Source', reason: 'source "Chandler, The Campaigns of Napoleon" is not a web address (http or https): left out' }]
		});
		expect(readSourceCell('javascript:alert(1)', 'Source').sources).toEqual([]);
		expect(readSourceCell('', 'Source')).toEqual({ sources: [], left: [] });
	});
});
