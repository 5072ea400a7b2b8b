/**
 * Which chunk of the panels' texts holds a feature's detail: the build writes each chunk as a file of
 * its own and the explorer fetches the one a panel needs, both by this one function of the ref key.
 */

/** Features a chunk holds on average: at about 2 KB of text a feature, a chunk is a few KB. */
export const FEATURES_PER_CHUNK = 4;

/** The most chunks an atlas is cut into: a very large one gets larger chunks rather than more files. */
export const MAX_CHUNKS = 4096;

/**
 * How many chunks an atlas of `features` distinct ref keys is cut into (at least one). The build
 * counts the details it writes, the explorer the ids a link may name: the same set of ref keys.
 */
export function chunkCount(features: number): number {
	if (!Number.isInteger(features) || features < 0) throw new RangeError(`chunkCount: ${features} is not a count of features`);
	return Math.min(MAX_CHUNKS, Math.max(1, Math.ceil(features / FEATURES_PER_CHUNK)));
}

/** The chunk, 0 to `count` - 1, that holds the detail of the ref key `key` (32-bit FNV-1a of its UTF-16 code units). */
export function chunkOf(key: string, count: number): number {
	if (!Number.isInteger(count) || count < 1) throw new RangeError(`chunkOf: ${count} is not a count of chunks`);
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % count;
}

/** Cuts details by ref key into `count` chunks, each keyed the same way; a chunk no key falls in is empty. */
export function chunkDetails<T>(details: Readonly<Record<string, T>>, count: number): Record<string, T>[] {
	const chunks: Record<string, T>[] = Array.from({ length: count }, () => ({}));
	for (const [key, detail] of Object.entries(details)) chunks[chunkOf(key, count)]![key] = detail;
	return chunks;
}
