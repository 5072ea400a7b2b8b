/**
 * Turns the decoded atlas into the problems of its reader text: a field a reader sees (a summary, a
 * note, a title) that holds a web address or a word of how the atlas was made (such notes belong in
 * the feature's `editorial` property and the work in its source list), or a date in another style
 * than the one the explorer writes.
 */
import type { Atlas } from '../domain/atlas';
import { ATLAS_FILE_NAMES } from './files';
import type { Problem } from './problem';

/** A web address in running text. */
const WEB_ADDRESS = /\bhttps?:\/\/\S*|\bwww\.\S*/i;

/**
 * Words that belong to the making of an atlas, not to its history: verification flags, the names of
 * copies, tools, files and packages, and talk of ids and versions. Each reads as research notes left
 * in reader text; a reader needs the work named in the source list instead.
 */
export const RESEARCH_MARKERS: readonly RegExp[] = [
	/UNVERIFIED/i,
	/MoofLife/i,
	/seed article/i,
	/\bplace id\b/i,
	/\bWikipedia\b/i,
	/\bTODO\b|\bFIXME\b/,
	/\bnpm\b/,
	/\.(?:js|ts|json|geojson)\b/,
	/\bTurf\b/,
	/echarts/i,
	/\ban older version\b/i,
	/\bmirror\b/i,
	/\bgeodata\b/i
];

/**
 * Dates written in another style than the explorer's "18 June 1815": as ISO digits ("1815-06-18",
 * "1815-06"), or with an abbreviated month ("18 Jun 1815", "Jun. 18").
 */
const OTHER_DATE_STYLES: readonly RegExp[] = [
	/\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b/,
	/\b\d{1,2} (?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{3,4}\b/,
	/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}\b/
];

/** What is wrong with a reader field `field` holding `text`, or null when it is clean. */
export function readerTextProblem(field: string, text: string): string | null {
	const address = WEB_ADDRESS.exec(text);
	if (address) {
		// The address without the punctuation of the sentence around it.
		const bare = address[0].replace(/[.,;:!?)\]]+$/, '');
		const shown = bare.length > 40 ? `${bare.slice(0, 40)}…` : bare;
		return `${field} holds a web address ("${shown}"): cite the work in the source list, and keep research notes in \`editorial\``;
	}
	for (const marker of RESEARCH_MARKERS) {
		const found = marker.exec(text);
		if (found) return `${field} mentions "${found[0]}": name the work in the source list, and keep research notes in \`editorial\``;
	}
	for (const style of OTHER_DATE_STYLES) {
		const found = style.exec(text);
		if (found) return `${field} writes a date as "${found[0]}": write dates as the explorer does, "18 June 1815"`;
	}
	return null;
}

/** One field a reader sees: where it is, and its text. */
export interface ReaderField {
	file: string;
	id: string;
	/** As problems write it: "properties.names[1].note". */
	path: string;
	text: string;
}

const field = (file: string, id: string, path: string, text: string | undefined): ReaderField[] => (text ? [{ file, id, path, text }] : []);

/**
 * Every field of the atlas a reader sees as prose: event and place texts and notes, keyframe notes and
 * front summaries, advance notes, zone and line summaries, and every derivation's method (shown as the
 * note on a shape).
 */
export function readerFields(atlas: Atlas): ReaderField[] {
	const F = ATLAS_FILE_NAMES;
	return [
		...atlas.events.flatMap((e) => [
			...field(F.events, e.id, 'properties.title', e.title),
			...field(F.events, e.id, 'properties.summary', e.summary),
			...field(F.events, e.id, 'properties.dateNote', e.dateNote),
			...field(F.events, e.id, 'properties.locationNote', e.locationNote)
		]),
		...atlas.places.flatMap((p) => [
			...field(F.places, p.id, 'properties.summary', p.summary),
			...field(F.places, p.id, 'properties.locationNote', p.locationNote),
			...p.names.flatMap((n, i) => field(F.places, p.id, `properties.names[${i}].note`, n.note)),
			...field(F.places, p.id, 'properties.derivation.method', p.derivation?.method)
		]),
		...atlas.frontlines.flatMap((k) => [
			...field(F.frontlines, k.id, 'properties.note', k.note),
			...field(F.frontlines, k.id, 'properties.frontSummary', k.frontSummary)
		]),
		...atlas.advances.flatMap((a) => field(F.advances, a.id, 'properties.note', a.note)),
		...[...atlas.zones.map((z) => ({ file: F.zones, s: z })), ...atlas.lines.map((l) => ({ file: F.lines, s: l }))].flatMap(({ file, s }) => [
			...field(file, s.id, 'properties.summary', s.summary),
			...field(file, s.id, 'properties.derivation.method', s.derivation.method)
		])
	];
}

/** An error for each reader field that holds a web address or a research marker. */
export function checkReaderText(atlas: Atlas): Problem[] {
	return readerFields(atlas).flatMap(({ file, id, path, text }) => {
		const message = readerTextProblem(path.replace(/^properties\./, ''), text);
		return message ? [{ file, id, path, message }] : [];
	});
}
