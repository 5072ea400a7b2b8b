import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, type Source } from './atlas';
import { citation, isWebAddress, mergeSources, SOURCE_KIND_LABELS } from './citation';

describe('citation', () => {
	it.each([
		[
			'a book with author, publisher and year and no address',
			{ title: 'The Hundred Days', kind: 'scholarly', author: 'A. Writer', publisher: 'Test Press', year: '1999' },
			{ before: 'A. Writer, ', title: 'The Hundred Days', href: null, after: ' (Test Press, 1999)', kind: 'scholarly work' }
		],
		[
			'a web page with its address only',
			{ title: 'Waterloo', kind: 'reference', url: 'https://example.org/waterloo' },
			{ before: '', title: 'Waterloo', href: 'https://example.org/waterloo', after: '', kind: 'reference work' }
		],
		['a year alone', { title: 'Report', kind: 'official history', year: '1816' }, { before: '', title: 'Report', href: null, after: ' (1816)', kind: 'official history' }],
		['an imported source with no kind', { title: 'https://example.org', url: 'https://example.org' }, { before: '', title: 'https://example.org', href: 'https://example.org', after: '', kind: '' }],
		['an address that is not http(s): text, not a link', { title: 'Local', kind: 'web', url: 'javascript:alert(1)' }, { before: '', title: 'Local', href: null, after: '', kind: 'web page' }]
	] as [string, Source, ReturnType<typeof citation>][])('cites %s', (_what, source, parts) => {
		expect(citation(source)).toEqual(parts);
	});

	it('has words for every kind of source', () => {
		expect(Object.keys(SOURCE_KIND_LABELS)).toEqual([...SOURCE_KINDS]);
		expect(Object.values(SOURCE_KIND_LABELS).every((label) => /^[a-z ]+$/.test(label))).toBe(true);
	});

	it.each([
		['https://example.org', true],
		['HTTP://example.org/a?b=c', true],
		['ftp://example.org', false],
		['data:text/html,x', false],
		['https://exa mple.org', false],
		[undefined, false]
	])('%s is a web address: %s', (url, is) => expect(isWebAddress(url)).toBe(is));
});

describe('mergeSources', () => {
	const book: Source = { title: 'A Book', kind: 'scholarly' };
	const other: Source = { title: 'Another Book', kind: 'scholarly' };
	const page: Source = { title: 'A Page', kind: 'web', url: 'https://example.org' };

	it('keeps the first list and adds what it lacks, telling books with no address apart by title', () => {
		expect(mergeSources([book, page], [page, other, book])).toEqual([book, page, other]);
	});
});
