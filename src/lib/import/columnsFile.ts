/**
 * A large layer's columns as two files a build writes and the explorer fetches: its typed arrays one
 * after the other in one binary file (read without parsing), and its texts as JSON. Reading checks
 * that the two fit together and says what does not. Only points are written: a built atlas's events
 * are points (its schema says so), so the columns have no lines or areas.
 */
import { noShapes, type LayerColumns } from './columns';

/** The columns' texts, and the counts that say where each typed array sits in the binary file. */
export interface ColumnsTexts {
	length: number;
	/** How many hashtag ids the rows hold in all (the length of tagIds). */
	tagCount: number;
	categories: string[];
	tags: string[];
	titles: string[];
	keys: string[];
	words: Record<number, string>;
}

type Typed = Float32Array | Uint32Array | Uint16Array | Uint8Array;
type ArrayName = 'positions' | 'from' | 'to' | 'tagStarts' | 'tagIds' | 'category';

/** The typed arrays in the file's order: widest first, so that each starts at a multiple of its own width. */
const LAYOUT: { name: ArrayName; make: new (b: ArrayBuffer, offset: number, length: number) => Typed; count: (n: number, tags: number) => number }[] = [
	{ name: 'positions', make: Float32Array, count: (n) => 2 * n },
	{ name: 'from', make: Float32Array, count: (n) => n },
	{ name: 'to', make: Float32Array, count: (n) => n },
	{ name: 'tagStarts', make: Uint32Array, count: (n) => n + 1 },
	{ name: 'tagIds', make: Uint32Array, count: (_, tags) => tags },
	{ name: 'category', make: Uint16Array, count: (n) => n }
];

const width = (make: (typeof LAYOUT)[number]['make']) => (make as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;

/** How many bytes the binary file of `n` rows holding `tags` hashtag ids in all takes. */
const byteLength = (n: number, tags: number) => LAYOUT.reduce((sum, a) => sum + a.count(n, tags) * width(a.make), 0);

/** The columns as a binary file and its texts. */
export function encodeColumns(c: LayerColumns): { bytes: Uint8Array; texts: ColumnsTexts } {
	if (c.shapes.lineRows.length || c.shapes.polygonRows.length) throw new Error('Only columns of points are written to a file; these hold lines or areas.');
	const bytes = new Uint8Array(byteLength(c.length, c.tagIds.length));
	let offset = 0;
	for (const { name } of LAYOUT) {
		const array = c[name];
		bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
		offset += array.byteLength;
	}
	const { length, categories, tags, titles, keys, words = {} } = c;
	return { bytes, texts: { length, tagCount: c.tagIds.length, categories, tags, titles, keys, words } };
}

const isStrings = (x: unknown, length?: number): x is string[] => Array.isArray(x) && (length === undefined || x.length === length) && x.every((s) => typeof s === 'string');
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/**
 * The columns of a binary file and its texts, as {@link encodeColumns} wrote them; throws an Error
 * naming `where` and what does not fit. The typed arrays are views of `bytes`, not copies.
 */
export function decodeColumns(bytes: ArrayBuffer, texts: unknown, where: string): LayerColumns {
	const fail = (what: string): never => {
		throw new Error(`${where}: ${what}`);
	};
	if (typeof texts !== 'object' || texts === null) return fail('the texts are not an object');
	const t = texts as Partial<ColumnsTexts>;
	if (!isCount(t.length)) return fail('"length" is not a count of rows');
	if (!isCount(t.tagCount)) return fail('"tagCount" is not a count');
	const n = t.length;
	for (const name of ['titles', 'keys'] as const) if (!isStrings(t[name], n)) fail(`"${name}" is not a list of ${n} texts`);
	for (const name of ['categories', 'tags'] as const) if (!isStrings(t[name])) fail(`"${name}" is not a list of texts`);
	if (typeof t.words !== 'object' || t.words === null || Object.values(t.words).some((w) => typeof w !== 'string')) fail('"words" is not a set of texts by row');
	const expected = byteLength(n, t.tagCount);
	if (bytes.byteLength !== expected) fail(`the binary file holds ${bytes.byteLength} bytes where ${n} rows need ${expected}`);
	const arrays = {} as Record<ArrayName, Typed>;
	let offset = 0;
	for (const { name, make, count } of LAYOUT) {
		arrays[name] = new make(bytes, offset, count(n, t.tagCount));
		offset += arrays[name].byteLength;
	}
	const columns = { ...(arrays as unknown as Pick<LayerColumns, ArrayName>), length: n, categories: t.categories!, tags: t.tags!, titles: t.titles!, keys: t.keys!, words: t.words!, shapes: noShapes() };
	if (columns.tagStarts[n] !== t.tagCount) fail(`the rows' hashtags end at ${columns.tagStarts[n]}, not at ${t.tagCount}`);
	if (columns.category.some((c) => c >= columns.categories.length)) fail(`a row's category is not one of the ${columns.categories.length} listed`);
	if (columns.tagIds.some((id) => id >= columns.tags.length)) fail(`a row's hashtag is not one of the ${columns.tags.length} listed`);
	return columns;
}
