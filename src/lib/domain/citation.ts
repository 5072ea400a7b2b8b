/**
 * Turns a source into the parts of its citation as a reader sees it: "Author, Title (Publisher,
 * Year)", the title linked only to a web address, and what kind of work it is in words.
 */
import type { Source, SourceKind } from './atlas';

/** Each kind of source as a reader names it. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	primary: 'primary source',
	'official history': 'official history',
	scholarly: 'scholarly work',
	reference: 'reference work',
	press: 'press',
	web: 'web page'
};

export interface Citation {
	/** "Author, " or ''. */
	before: string;
	title: string;
	/** The address to link the title to, or null: only http(s) addresses are links. */
	href: string | null;
	/** " (Publisher, Year)", " (Publisher)", " (Year)" or ''. */
	after: string;
	/** The kind in words, or '' when the source gives none. */
	kind: string;
}

/** Whether `url` is an http(s) address, the only kind a citation links to. */
export function isWebAddress(url: string | undefined): url is string {
	return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/** The parts of a source's citation, as text to render (never HTML). */
export function citation(source: Source): Citation {
	const imprint = [source.publisher, source.year].filter(Boolean).join(', ');
	return {
		before: source.author ? `${source.author}, ` : '',
		title: source.title,
		href: isWebAddress(source.url) ? source.url.trim() : null,
		after: imprint ? ` (${imprint})` : '',
		kind: source.kind ? SOURCE_KIND_LABELS[source.kind] : ''
	};
}

/** Whether two sources cite the same work (the same title and address, and the same author). */
export function sameSource(a: Source, b: Source): boolean {
	return a.title === b.title && a.url === b.url && a.author === b.author;
}

/** The sources of `a`, then those of `b` that `a` does not cite already. */
export function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
	return [...a, ...b.filter((s) => !a.some((t) => sameSource(s, t)))];
}
