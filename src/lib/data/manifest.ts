/**
 * Turns the text of an atlas's `atlas.json` into its manifest, reporting every problem as
 * `atlas.json > path: message` (an unknown key names the nearest known one).
 */
import { z } from 'zod';
import { PLACE_KINDS } from '../domain/atlas';
import type { HistoricalDate } from '../domain/historicalDate';
import type { AtlasManifest } from '../domain/manifest';
import { MANIFEST_FILE } from './files';
import { formatPath, type Problem } from './problem';
import { checkMercator, closedObject, dateText, latitude, longitude, pointPosition, requiredString, text } from './schema';

const color = requiredString().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is # followed by six hexadecimal digits, such as "#c0392b"');
const zoom = z.number().min(0, 'zoom below 0').max(22, 'zoom above 22');

/** Adds an issue at `to` when the period ends before it starts. */
function checkRange(r: { from: HistoricalDate; to: HistoricalDate }, ctx: z.RefinementCtx): void {
	if (r.to.end <= r.from.start || r.to.start < r.from.start) {
		ctx.addIssue({ code: 'custom', path: ['to'], message: `ends (${r.to.text}) before it starts (${r.from.text})` });
	}
}

const extent = z.tuple([longitude, latitude, longitude, latitude]).superRefine(([west, south, east, north], ctx) => {
	if (east <= west) ctx.addIssue({ code: 'custom', path: [2], message: `the east edge (${east}) must lie east of the west edge (${west})` });
	if (north <= south) ctx.addIssue({ code: 'custom', path: [3], message: `the north edge (${north}) must lie north of the south edge (${south})` });
});

const camera = closedObject({ zoom, lat: latitude, lon: longitude }).superRefine((c, ctx) => checkMercator(c.lat, ctx, ['lat']));

const categories = z
	.array(closedObject({ id: text, label: text, color: color.optional() }))
	.superRefine((list, ctx) => {
		const first = new Map<string, number>();
		list.forEach(({ id }, i) => {
			const at = first.get(id);
			if (at === undefined) first.set(id, i);
			else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate category: also declared at categories[${at}]` });
		});
	});

const manifestSchema = closedObject({
	title: text,
	description: text,
	extent: extent.optional(),
	camera: camera.optional(),
	period: closedObject({ from: dateText, to: dateText }).superRefine(checkRange).optional(),
	presets: z
		.array(closedObject({ label: text, from: dateText, to: dateText }).superRefine(checkRange))
		.min(1, 'list at least one preset, or leave presets out to derive them')
		.optional(),
	start: dateText.optional(),
	categories: categories.optional(),
	styles: z.record(text, closedObject({ label: text, color })).optional(),
	labels: z
		.array(closedObject({ name: text, kind: z.enum(['ocean', 'sea', 'strait', 'land']), coordinates: pointPosition, minzoom: zoom }))
		.optional(),
	legend: closedObject({ places: text.optional(), borders: text.optional() }).optional(),
	labelledPlaceKinds: z.array(z.enum(PLACE_KINDS)).optional()
});

const fileProblem = (message: string): Problem => ({ file: MANIFEST_FILE, id: null, path: '', message });

/**
 * Decodes the text of `atlas.json` (a leading byte-order mark is skipped). The manifest is null when
 * there is any problem; every problem is listed.
 */
export function decodeManifest(source: string): { manifest: AtlasManifest | null; problems: Problem[] } {
	let json: unknown;
	try {
		json = JSON.parse(source.replace(/^\uFEFF/, ''));
	} catch (e) {
		return { manifest: null, problems: [fileProblem(`not valid JSON: ${(e as Error).message}`)] };
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return { manifest: null, problems: [fileProblem('expected an object with at least a title and a description')] };
	}
	const result = manifestSchema.safeParse(json);
	if (result.success) return { manifest: result.data, problems: [] };
	return {
		manifest: null,
		problems: result.error.issues.map((issue) => ({ file: MANIFEST_FILE, id: null, path: formatPath(issue.path), message: issue.message }))
	};
}
