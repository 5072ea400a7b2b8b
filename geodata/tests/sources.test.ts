/**
 * Every feature cites works, not copies of them: a kind on each source, no link to a copy site or a
 * mirror, and weak web pages only rarely and never alone.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/domain/atlas';
import { atlas } from './atlas';

/** Sites that hold copies of books or mirror encyclopaedia articles: the work is cited, the copy named only in `editorial`. */
const COPY_SITES = new RegExp(
	[
		...['loveread', 'mybooks.club', 'deepbiglib', 'libcat', 'litmir', 'bibliboba', 'militera', 'thelib.ru', 'rulit.me', 'knigochet', 'fb2book'],
		...['wikisum', 'wiki-org', 'perceptiode', 'biang.ru', 'zab-news', 'sovsakh', 'piglix', 'wikimili', 'blogen.wiki', 'liquisearch'],
		...['thefreedictionary', 'wiki.gravy.cc', 'kiwix', 'osmarks', 'history-maps.com', 'wikiwand', 'dbpedia', 'everybodywiki']
	]
		.map((host) => host.replaceAll('.', '\\.'))
		.join('|')
);

const features: { id: string; sources: readonly Source[] }[] = Object.values(atlas).flat();

describe('the sources of every feature', () => {
	it('cite each work with a kind, and never a copy site', () => {
		for (const f of features) {
			for (const s of f.sources) {
				expect(s.kind, `${f.id}: ${s.title}`).toBeDefined();
				expect(s.url ?? '', `${f.id}: ${s.title}`).not.toMatch(COPY_SITES);
			}
		}
	});

	it('rest on a weak web page in at most one feature in fifty, and then beside a stronger source', () => {
		const weak = features.filter((f) => f.sources.some((s) => s.kind === 'web'));
		expect(weak.length, weak.map((f) => f.id).join(', ')).toBeLessThanOrEqual(Math.floor(features.length / 50));
		for (const f of weak) expect(f.sources.some((s) => s.kind !== 'web'), f.id).toBe(true);
	});
});
