/**
 * Turns a large layer's columns, colour and filters into what deck.gl draws from: one binary attribute
 * per value (made once per columns and hashtag chosen), colours as stable arrays, and a category mask.
 */
import { inCategories, type EventFilters } from '../domain/filters';
import { taggedRows } from '../import/columns';
import type { GpuLayer } from './mapView';

/** A layer's columns as deck.gl's binary data: [lon, lat], [from, to, category] and, if each row has its own, [r, g, b, a] per row. */
export interface Binary {
	length: number;
	attributes: { getPosition: { value: Float32Array; size: 2 }; getFilterValue: { value: Float32Array; size: 3 }; getFillColor?: { value: Uint8Array; size: 4; normalized: true } };
}

/** Each columns' filter values for the hashtag last chosen. */
const rowValueCache = new WeakMap<GpuLayer['columns'], { tag: string; values: Float32Array }>();

/**
 * Each row's [from, to, category] as the GPU filters it, under the hashtag `tag` ('' for none), made
 * once per columns and hashtag: a row without the hashtag has the category -1, which the filter's
 * range leaves out.
 */
export function rowValues(c: GpuLayer['columns'], tag = ''): Float32Array {
	const made = rowValueCache.get(c);
	if (made?.tag === tag) return made.values;
	const tagged = taggedRows(c, tag);
	const values = new Float32Array(3 * c.length);
	for (let i = 0; i < c.length; i++) {
		values[3 * i] = c.from[i]!;
		values[3 * i + 1] = c.to[i]!;
		values[3 * i + 2] = !tagged || tagged[i] ? c.category[i]! : -1;
	}
	rowValueCache.set(c, { tag, values });
	return values;
}

/** Each columns' dots for the hashtag last chosen. */
const binaries = new WeakMap<GpuLayer['columns'], { tag: string; colors?: Uint8Array; binary: Binary }>();

/**
 * The dots of a layer's columns (and of its rows' own colours, if it has them) under the hashtag `tag`
 * ('' for none) as binary data, made once per columns, hashtag and colours (the same object keeps
 * deck.gl from uploading it again). A line's or an area's row is drawn as its shape, not as a dot: its
 * category is -1 here, as a row without the hashtag's is.
 */
export function binary(c: GpuLayer['columns'], tag = '', colors?: Uint8Array): Binary {
	const made = binaries.get(c);
	if (made?.tag === tag && made.colors === colors) return made.binary;
	let values = rowValues(c, tag);
	const { lineRows, polygonRows } = c.shapes;
	if (lineRows.length || polygonRows.length) {
		values = values.slice();
		for (const rows of [lineRows, polygonRows]) for (const r of rows) values[3 * r + 2] = -1;
	}
	const b: Binary = {
		length: c.length,
		attributes: { getPosition: { value: c.positions, size: 2 }, getFilterValue: { value: values, size: 3 }, ...(colors ? { getFillColor: { value: colors, size: 4, normalized: true as const } } : {}) }
	};
	binaries.set(c, { tag, colors, binary: b });
	return b;
}

/** Paths as deck.gl's PathLayer takes them in binary: path k runs through vertices startIndices[k] up to startIndices[k + 1]. */
export interface BinaryPaths {
	length: number;
	startIndices: Uint32Array;
	attributes: { getPath: { value: Float32Array; size: 2 } };
}

/** Polygons as deck.gl's SolidPolygonLayer takes them in binary (with `_normalize: false`), their triangles made. */
export interface BinaryPolygons {
	length: number;
	startIndices: Uint32Array;
	attributes: { getPolygon: { value: Float32Array; size: 2 }; indices: Uint32Array };
}

/** A layer's lines, its areas' surfaces and their outlines, and which row each of them draws. */
export interface ShapeData {
	lines: BinaryPaths;
	lineRows: Uint32Array;
	surfaces: BinaryPolygons;
	surfaceRows: Uint32Array;
	outlines: BinaryPaths;
	outlineRows: Uint32Array;
}

const shapeCache = new WeakMap<GpuLayer['columns'], ShapeData | null>();

/** The lines and areas of a layer's columns as deck.gl's binary data (made once per columns), or null when it has none. */
export function shapeData(c: GpuLayer['columns']): ShapeData | null {
	let made = shapeCache.get(c);
	if (made !== undefined) return made;
	const s = c.shapes;
	const paths = (startIndices: Uint32Array, value: Float32Array): BinaryPaths => ({ length: startIndices.length - 1, startIndices, attributes: { getPath: { value, size: 2 } } });
	made =
		s.lineRows.length || s.polygonRows.length
			? {
					lines: paths(s.lineStarts, s.lineCoords),
					lineRows: s.lineRows,
					surfaces: { length: s.polygonRows.length, startIndices: s.polygonStarts, attributes: { getPolygon: { value: s.polygonCoords, size: 2 }, indices: s.triangles } },
					surfaceRows: s.polygonRows,
					outlines: paths(s.ringStarts, s.polygonCoords),
					outlineRows: s.ringRows
				}
			: null;
	shapeCache.set(c, made);
	return made;
}

const colors = new Map<string, [number, number, number, number]>();
/** A colour as deck.gl takes it, the same array for the same colour: a new one would count as a changed prop. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
	const key = `${hex}/${alpha}`;
	let c = colors.get(key);
	if (!c) colors.set(key, (c = [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16), alpha]));
	return c;
}

/**
 * Each row's colour from its category's: `colors` by category name (a row of a category it does not
 * name gets `fallback`), four bytes a row.
 */
export function categoryColors(c: Pick<GpuLayer['columns'], 'length' | 'category' | 'categories'>, colors: ReadonlyMap<string, string>, fallback: string): Uint8Array {
	const byCategory = c.categories.map((name) => rgba(colors.get(name) ?? fallback, 242));
	const out = new Uint8Array(4 * c.length);
	for (let i = 0; i < c.length; i++) out.set(byCategory[c.category[i]!]!, 4 * i);
	return out;
}

/** The categories of a layer the filters show, as a 128-bit mask (a row with no category has the layer's name as its category). */
export function categoryMask(layer: { name: string; columns: GpuLayer['columns'] }, filters: EventFilters): [number, number, number, number] {
	const mask: [number, number, number, number] = [0, 0, 0, 0];
	layer.columns.categories.forEach((c: string, i: number) => {
		if (inCategories(c || layer.name, filters)) mask[i >> 5] = (mask[i >> 5]! | (1 << (i & 31))) >>> 0;
	});
	return mask;
}

