// Writes `.br` and `.gz` beside the files of a static build that SvelteKit's own precompression
// leaves out (data and tiles), so that a static host can send them compressed.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

/**
 * What SvelteKit's `precompress` skips but that compresses well: GeoJSON, tables, vector tiles, a large
 * atlas's columns. Fonts (woff2 is brotli inside), images and PMTiles archives (read by byte range)
 * are left alone.
 */
export const EXTRA_EXTENSIONS = ['.geojson', '.csv', '.tsv', '.pbf', '.mvt', '.bin'];

/**
 * Every file under `dir`, as paths.
 * @param {string} dir
 */
async function filesUnder(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Compresses each file of `extensions` under `dir` with brotli (its best quality) and gzip (level 9),
 * as SvelteKit does, and keeps a compressed copy only where it is smaller than the file: a tile that
 * is already compressed gets none, and is sent as it is. Returns how many copies it wrote.
 * @param {string} dir
 * @param {string[]} [extensions]
 */
export async function precompress(dir, extensions = EXTRA_EXTENSIONS) {
	const files = (await filesUnder(dir)).filter((f) => extensions.includes(extname(f)));
	const written = await Promise.all(
		files.map(async (file) => {
			const bytes = await readFile(file);
			const params = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
			const copies = [
				{ suffix: 'br', packed: await brotli(bytes, { params }) },
				{ suffix: 'gz', packed: await deflate(bytes, { level: constants.Z_BEST_COMPRESSION }) }
			].filter(({ packed }) => packed.length < bytes.length);
			await Promise.all(copies.map(({ suffix, packed }) => writeFile(`${file}.${suffix}`, packed)));
			return copies.length;
		})
	);
	return written.reduce((a, b) => a + b, 0);
}
