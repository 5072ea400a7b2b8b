/**
 * Turns a reader's imported records into the files of an atlas folder (a starter atlas.json,
 * events.geojson, and lines.geojson and zones.geojson when the file has shapes), keeping the
 * project's standard: a record the atlas decoder would refuse is left out and reported, not written.
 */
import type { Atlas, AtlasEvent, AtlasLine, DateSpan, Source, Zone } from '../domain/atlas';
import { parseHistoricalDate } from '../domain/historicalDate';
import { decodeAtlasFolder } from '../data/decode';
import { ATLAS_FILE_NAMES, MANIFEST_FILE } from '../data/files';
import { hashtag } from './geojsonInput';
import { featureIds, slug, toAtlas } from './toAtlas';
import type { ImportedRecord, RowProblem } from './types';

/** The files of the folder by name, what was written, and each record left out with why. */
export interface AtlasFolder {
	files: Record<string, string>;
	written: { events: number; lines: number; zones: number };
	notWritten: RowProblem[];
}

/** "Sample events" from "sample-events.csv": the file's name, without its extension, as a title. */
export function titleFromFileName(file: string): string {
	const base = (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[^.]+$/, '').replace(/[-_\s]+/g, ' ').trim();
	return base ? base[0]!.toUpperCase() + base.slice(1) : 'Imported atlas';
}

/** A span as the atlas files write it: `start`, and `end` when there is one. */
const dates = (w: DateSpan) => ({ start: w.start.text, ...(w.end ? { end: w.end.text } : {}) });

/** A reader's source as an atlas cites it: one with no kind is a web page, which is all a file's address says. */
const cited = (sources: readonly Source[]): Source[] => sources.map((s) => ({ ...s, kind: s.kind ?? 'web' }));

const event = (e: AtlasEvent) => ({
	type: 'Feature',
	id: e.id,
	properties: {
		title: e.title, ...dates(e.when), category: e.category, ...(e.summary ? { summary: e.summary } : {}), tags: e.tags,
		...(e.places.length ? { places: e.places } : {}), sources: cited(e.sources), ...(e.dateNote ? { dateNote: e.dateNote } : {})
	},
	geometry: e.geometry
});

const shape = (s: Zone | AtlasLine) => ({
	type: 'Feature',
	id: s.id,
	properties: {
		name: s.name, ...('kind' in s ? { kind: s.kind } : {}), ...dates(s.when), summary: s.summary, sources: cited(s.sources), derivation: s.derivation
	},
	geometry: s.geometry
});

const collection = (features: unknown[]) => `${JSON.stringify({ type: 'FeatureCollection', features }, null, '\t')}\n`;

/** The folder's files for an atlas: events always, lines and zones when there are any. */
function encode(atlas: Atlas, manifest: string): Record<string, string> {
	return {
		[MANIFEST_FILE]: manifest,
		[ATLAS_FILE_NAMES.events]: collection(atlas.events.map(event)),
		...(atlas.lines.length ? { [ATLAS_FILE_NAMES.lines]: collection(atlas.lines.map(shape)) } : {}),
		...(atlas.zones.length ? { [ATLAS_FILE_NAMES.zones]: collection(atlas.zones.map(shape)) } : {})
	};
}

/** Why a record cannot stand in an atlas folder, in the file's terms: no source, a shape with no description, a date the files cannot write. */
function standardProblem(r: ImportedRecord): RowProblem | null {
	const what = r.geometry.type === 'Point' ? 'event' : r.geometry.type.includes('Polygon') ? 'zone' : 'line';
	if (r.sources.length === 0) return { row: r.row, column: 'source', reason: `not written: an atlas ${what} cites at least one source` };
	if (what !== 'event' && r.text === '') return { row: r.row, column: 'description', reason: `not written: an atlas ${what} says what it is in a description` };
	const unwritable = [r.when.start, r.when.end].find((d) => d && !parseHistoricalDate(d.text).ok);
	if (unwritable) {
		return { row: r.row, column: 'start', reason: `not written: an atlas file writes dates as YYYY, YYYY-MM or YYYY-MM-DD, not "${unwritable.text}"` };
	}
	return null;
}

/**
 * The atlas folder of the records of `file` (a file of `total` rows or features). Points become
 * events, lines and polygons become lines and zones (drawn as given). Events with no tags are tagged
 * with the file's name, as an atlas event carries at least one. The files are decoded as
 * `npm run check:data` would; any record the decoder refuses is left out and reported with its reason.
 */
export function toAtlasFolder(records: readonly ImportedRecord[], file: string, total: number): AtlasFolder {
	const title = titleFromFileName(file);
	const fileTag = hashtag(title) ?? '#Imported';
	const notWritten: RowProblem[] = [];
	let kept = records.filter((r) => {
		const problem = standardProblem(r);
		if (problem) notWritten.push(problem);
		return problem === null;
	});
	const fileName = file.split(/[\\/]/).at(-1) ?? file;
	const layer = { id: slug(title) || 'imported', name: title };
	for (;;) {
		const tagged = kept.map((r) => (r.tags.length === 0 && r.geometry.type === 'Point' ? { ...r, tags: [fileTag] } : r));
		const atlas = toAtlas(tagged, layer);
		const ids = featureIds(tagged, layer.id);
		const rowOf = new Map(tagged.map((r, i) => [ids[i]!, r.row]));
		const written = { events: atlas.events.length, lines: atlas.lines.length, zones: atlas.zones.length };
		const count = written.events + written.lines + written.zones;
		const description = `An atlas imported from ${fileName}: ${count} of its ${total} ${total === 1 ? 'row' : 'rows'}.`;
		const files = encode(atlas, `${JSON.stringify({ title, description }, null, '\t')}\n`);
		const features = { events: files[ATLAS_FILE_NAMES.events], lines: files[ATLAS_FILE_NAMES.lines], zones: files[ATLAS_FILE_NAMES.zones] };
		const { problems } = decodeAtlasFolder({ manifest: files[MANIFEST_FILE], features });
		const refused = problems.filter((p) => p.id !== null && rowOf.has(p.id) && p.severity !== 'warning');
		if (refused.length === 0) return { files, written, notWritten: notWritten.sort((a, b) => a.row - b.row) };
		const rows = new Set(refused.map((p) => rowOf.get(p.id!)!));
		for (const p of refused) notWritten.push({ row: rowOf.get(p.id!)!, column: p.path, reason: `not written: ${p.message}` });
		kept = kept.filter((r) => !rows.has(r.row));
	}
}
