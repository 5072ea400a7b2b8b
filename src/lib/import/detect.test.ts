import { describe, expect, it } from 'vitest';
import { columnKey, detectContent, guessMapping, isLinkedPlacesTable, mappingProblems } from './detect';

describe('detectContent', () => {
	it.each([
		['{"type":"FeatureCollection"}', 'json'],
		['  \n[{"type":"Feature"}]', 'json'],
		['\uFEFF{"type":"Feature"}', 'json'],
		['title,lat,lon\nWaterloo,50.68,4.41', 'table'],
		['', 'empty'],
		['\uFEFF \n ', 'empty']
	])('%j holds %s', (text, kind) => {
		expect(detectContent(text).kind).toBe(kind);
	});

	it.each([
		['title,lat,lon\nA,1,2', ','],
		['title\tlat\tlon\nA\t1\t2', '\t'],
		['title\tplace, country\tlon\nA\tB\t2', '\t'],
		['title, place\tlat, lon\nA\t1\t2', ','],
		['title;lat;lon\nA;1;2', ';'],
		['title\r\nA', ','],
		['\uFEFFtitle\tlat\tlon\r\nA\t1\t2', '\t']
	])('reads %j as delimited by %j', (text, delimiter) => {
		const content = detectContent(text);
		expect(content).toMatchObject({ kind: 'table', delimiter });
	});

	it('drops the byte order mark from the text it returns', () => {
		const content = detectContent('\uFEFFtitle,lat\nA,1');
		expect(content.kind === 'table' && content.text).toBe('title,lat\nA,1');
	});
});

describe('columnKey', () => {
	it.each([
		[' Start Date ', 'start_date'],
		['End-Year', 'end_year'],
		['LAT', 'lat'],
		['pickup  latitude', 'pickup_latitude']
	])('compares %j as %j', (name, key) => {
		expect(columnKey(name)).toBe(key);
	});
});

describe('guessMapping', () => {
	const guess = (...headers: string[]) => guessMapping(headers);

	it.each([
		[['lat', 'lon'], 'lat', 'lon'],
		[['Latitude', 'Longitude'], 'Latitude', 'Longitude'],
		[['lat', 'lng'], 'lat', 'lng'],
		[['LAT', 'LONG'], 'LAT', 'LONG'],
		[['y', 'x'], 'y', 'x'],
		[['X', 'Y'], 'Y', 'X'],
		[['pickup_lat', 'pickup_lng'], 'pickup_lat', 'pickup_lng'],
		[['start_latitude', 'start_longitude'], 'start_latitude', 'start_longitude'],
		[[' lat ', ' lon '], ' lat ', ' lon ']
	])('finds coordinates in %j', (coordinates, lat, lon) => {
		const { mapping, doubts } = guess('title', 'date', ...coordinates);
		expect(mapping).toMatchObject({ lat, lon });
		expect(doubts).toEqual([]);
	});

	it.each(['geometry', 'WKT', 'geowkt', '_geojson'])('finds a geometry column named %s', (name) => {
		const { mapping, doubts } = guess('title', 'date', name);
		expect(mapping.geometry).toBe(name);
		expect(doubts).toEqual([]);
	});

	it.each([
		['start', 'end', { start: 'start', end: 'end' }],
		['Start_Date', 'End_Date', { start: 'Start_Date', end: 'End_Date' }],
		['Start Date', 'End Date', { start: 'Start Date', end: 'End Date' }],
		['date', 'other', { start: 'date' }],
		['Year', 'other', { start: 'Year' }]
	])('finds dates in %s and %s', (a, b, expected) => {
		const { mapping, doubts } = guess('title', 'lat', 'lon', a, b);
		expect(mapping).toMatchObject(expected);
		expect(doubts).toEqual([]);
	});

	it("reads TimelineJS's split date columns, leaving Time and End Time aside", () => {
		const headers = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Headline', 'Text', 'lat', 'lon'];
		const { mapping, doubts } = guessMapping(headers);
		expect(mapping).toEqual({
			year: 'Year',
			month: 'Month',
			day: 'Day',
			endYear: 'End Year',
			endMonth: 'End Month',
			endDay: 'End Day',
			title: 'Headline',
			text: 'Text',
			lat: 'lat',
			lon: 'lon'
		});
		expect(doubts).toEqual([]);
	});

	it.each([
		['title', 'title'],
		['Name', 'title'],
		['HEADLINE', 'title'],
		['description', 'text'],
		['Summary', 'text'],
		['text', 'text'],
		['category', 'category'],
		['Type', 'category'],
		['group', 'category'],
		['tags', 'tags'],
		['Hashtags', 'tags'],
		['source', 'source'],
		['sources', 'source'],
		['URL', 'source'],
		['link', 'source'],
		['id', 'id'],
		['@id', 'id']
	])('reads a column named %s as the %s', (name, field) => {
		const { mapping } = guess('date', 'lat', 'lon', name);
		expect(mapping[field as 'title']).toBe(name);
	});

	it('prefers the first alias when several are present', () => {
		expect(guess('name', 'title', 'lat', 'lon', 'date', 'start').mapping).toMatchObject({ title: 'title', start: 'start' });
	});

	it.each([
		[['title', 'date', 'lat', 'latitude', 'lon'], /Several columns could hold the latitude \("lat", "latitude"\)/],
		[['title', 'date', 'pickup_lat', 'pickup_lng', 'dropoff_lat', 'dropoff_lng'], /latitude \("pickup_lat", "dropoff_lat"\)/],
		[['title', 'date', 'lat', 'lon', 'lng'], /Several columns could hold the longitude/],
		[['title', 'date', 'wkt', 'geometry'], /Several columns could hold the geometry/],
		[['title', 'date', 'lat'], /has no partner/],
		[['title', 'date', 'place'], /No columns look like coordinates/],
		[['title', 'lat', 'lon'], /No column looks like a date/],
		[['place', 'date', 'lat', 'lon'], /No column looks like a title/]
	])('doubts %j', (headers, why) => {
		const { doubts } = guessMapping(headers);
		expect(doubts.join(' ')).toMatch(why);
	});

	it('guesses the first pair of coordinates when there are two', () => {
		const { mapping } = guess('title', 'date', 'pickup_lat', 'pickup_lng', 'dropoff_lat', 'dropoff_lng');
		expect(mapping).toMatchObject({ lat: 'pickup_lat', lon: 'pickup_lng' });
	});
});

describe('isLinkedPlacesTable', () => {
	const v05 = 'id title title_source title_uri ccodes matches variants types aat_types parent_name parent_id start end lon lat geowkt geo_source geo_id description';

	it.each([
		[v05.split(' '), true],
		[['@id', 'Title', 'Start', 'lat', 'lon'], true],
		[['id', 'title', 'title_source', 'start'], true],
		[['id', 'title', 'start', 'lat', 'lon'], false],
		[['@id', 'title', 'date'], false]
	])('%j: %s', (headers, expected) => {
		expect(isLinkedPlacesTable(headers)).toBe(expected);
	});

	it("maps Linked Places TSV's columns without doubts", () => {
		const { mapping, doubts } = guessMapping(v05.split(' '));
		expect(mapping).toMatchObject({ id: 'id', title: 'title', start: 'start', end: 'end', lat: 'lat', lon: 'lon', geometry: 'geowkt', text: 'description' });
		expect(doubts).toEqual([]);
	});
});

describe('mappingProblems', () => {
	const headers = ['Name', 'When', 'Y', 'X', 'Shape'];

	it('accepts a reader’s complete choice', () => {
		expect(mappingProblems(headers, { title: 'Name', start: 'When', lat: 'Y', lon: 'X' })).toEqual([]);
		expect(mappingProblems(headers, { title: 'Name', start: 'When', geometry: 'Shape' })).toEqual([]);
	});

	it.each([
		[{ title: 'Name', start: 'When', lat: 'Y', lon: 'Nowhere' }, 'The column "Nowhere" chosen for lon is not in the file.'],
		[{ title: 'Name', start: 'When', lat: 'Y', geometry: 'Shape' }, 'Choose both a latitude and a longitude column, or neither.'],
		[{ title: 'Name', start: 'When' }, 'Choose the latitude and longitude columns, or a geometry column.'],
		[{ title: 'Name', lat: 'Y', lon: 'X' }, 'Choose a date column (or a year column).'],
		[{ title: 'Name', start: 'When', year: 'When', lat: 'Y', lon: 'X' }, 'Choose either a date column or the year, month and day columns, not both.'],
		[{ start: 'When', lat: 'Y', lon: 'X' }, 'Choose a title column.']
	])('%j: %s', (mapping, problem) => {
		expect(mappingProblems(headers, mapping)).toEqual([problem]);
	});
});
