import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearestName, unknownPropertyMessage } from './suggest';

describe('editDistance', () => {
	it.each([
		['dateNote', 'dateNote', 0],
		['datenote', 'dateNote', 0],
		['sytle', 'style', 1],
		['colour', 'color', 1],
		['', 'abc', 3],
		['kitten', 'sitting', 3]
	])('from %s to %s is %i', (a, b, expected) => expect(editDistance(a, b)).toBe(expected));
});

describe('nearestName', () => {
	const known = ['title', 'start', 'end', 'dateNote', 'locationNote', 'places'];
	it.each([
		['datenote', 'dateNote'],
		['tilte', 'title'],
		['palces', 'places'],
		['locationnotes', 'locationNote'],
		['colour', null],
		['x', null]
	])('finds %s -> %s', (name, expected) => expect(nearestName(name, known)).toBe(expected));

	it('prefers the closest of two near names', () => expect(nearestName('stat', ['state', 'start', 'stat1'])).toBe('state'));
});

describe('unknownPropertyMessage', () => {
	it.each([
		['datenote', ['dateNote', 'title'], 'unknown property; did you mean "dateNote"?'],
		['colour', ['name', 'style'], 'unknown property; expected one of "name", "style"']
	])('says what %s should be', (name, known, expected) => expect(unknownPropertyMessage(name, known)).toBe(expected));
});

describe('didYouMean', () => {
	it.each([
		['frnt-a', ['front-a', 'front-b'], '; did you mean "front-a"?'],
		['pacific-fleet', ['front-a', 'front-b'], ''],
		['anything', [], '']
	])('ends a message about %s', (name, known, expected) => expect(didYouMean(name, known)).toBe(expected));
});
