import { describe, expect, it } from 'vitest';
import { failureMessage, shownPath } from './failures';

const PAGE = 'http://127.0.0.1:4173/?bench#date=1945-08-09';
const urls = new Map([
	['events', 'http://127.0.0.1:4173/atlas/events.geojson'],
	['world-110m', 'http://127.0.0.1:4173/basemap/world-110m.json']
]);

describe('failureMessage', () => {
	it.each([
		['an HTTP error names the file and its status', { url: 'http://127.0.0.1:4173/atlas/events.geojson', status: 404, message: 'Not Found' }, 'events', 'The map could not load /atlas/events.geojson: HTTP 404'],
		['a parse error names the source’s file', new SyntaxError('Unexpected token < in JSON'), 'world-110m', 'The map could not load /basemap/world-110m.json: Unexpected token < in JSON'],
		['a failed request without an answer gives its message', { url: 'http://127.0.0.1:4173/atlas/events.geojson', status: 0, message: 'Failed to fetch' }, 'events', 'The map could not load /atlas/events.geojson: Failed to fetch'],
		['a source given by value has no file', new Error('bad geometry'), 'places', 'The map could not draw its places: bad geometry'],
		['an error of no source', new Error('context lost'), undefined, 'The map failed: context lost'],
		['something that is not an Error', 'oops', undefined, 'The map failed: oops']
	])('%s', (_, error, sourceId, message) => {
		expect(failureMessage(error, sourceId, urls, PAGE)).toBe(message);
	});
});

describe('shownPath', () => {
	it('shortens this site’s addresses to their path and keeps others whole', () => {
		expect(shownPath('http://127.0.0.1:4173/base/atlas/timetable.json', PAGE)).toBe('/base/atlas/timetable.json');
		expect(shownPath('https://example.org/x.json', PAGE)).toBe('https://example.org/x.json');
	});
});
