/**
 * Turns a manifest and the atlas it describes into the problems between them: a category or a style
 * the manifest declares but nothing uses (a warning), and a zone or line style it does not declare
 * (an error), and a front, advance, zone or line whose category is neither declared nor any event's (an
 * error: the category filters would offer a box for it alone). An event's category needs no declaration.
 */
import type { Atlas } from '../domain/atlas';
import { MOVING_CATEGORY } from '../domain/compileMoving';
import type { AtlasManifest } from '../domain/manifest';
import { ATLAS_FILE_NAMES, MANIFEST_FILE } from './files';
import type { Problem } from './problem';
import { didYouMean } from './suggest';

/**
 * Checks what the manifest declares against what the features use. `incomplete` names the files some
 * of whose features did not decode: what looks unused there may be used by those, so it is not said.
 */
export function checkDeclarations(atlas: Atlas, manifest: AtlasManifest, incomplete: ReadonlySet<string> = new Set()): Problem[] {
	const problems: Problem[] = [];
	const used = new Set(atlas.events.map((e) => e.category));
	const categorised = [
		...atlas.frontlines.map((k) => ({ file: ATLAS_FILE_NAMES.frontlines, id: k.id, category: k.category })),
		...atlas.advances.map((a) => ({ file: ATLAS_FILE_NAMES.advances, id: a.id, category: a.category })),
		...atlas.zones.map((z) => ({ file: ATLAS_FILE_NAMES.zones, id: z.id, category: z.category })),
		...atlas.lines.map((l) => ({ file: ATLAS_FILE_NAMES.lines, id: l.id, category: l.category }))
	];
	// Fronts and advances that give no category are in the default one.
	const moving = atlas.frontlines.length + atlas.advances.length > 0 ? [MOVING_CATEGORY] : [];
	const usedAtAll = new Set([...used, ...moving, ...categorised.flatMap((c) => c.category ?? [])]);
	(manifest.categories ?? []).forEach(({ id }, i) => {
		if (!usedAtAll.has(id) && !incomplete.has(ATLAS_FILE_NAMES.events)) {
			problems.push({ file: MANIFEST_FILE, id: null, path: `categories[${i}].id`, message: `no feature has category "${id}"`, severity: 'warning' });
		}
	});
	const categories = new Set([...used, ...(manifest.categories ?? []).map((c) => c.id)]);
	for (const { file, id, category } of categorised) {
		if (category !== undefined && !categories.has(category) && !incomplete.has(ATLAS_FILE_NAMES.events)) {
			problems.push({ file, id, path: 'properties.category', message: `no event has category "${category}" and ${MANIFEST_FILE} does not declare it${didYouMean(category, categories)}` });
		}
	}

	const styles = Object.keys(manifest.styles ?? {});
	const shapes = [
		...atlas.zones.map((z) => ({ file: ATLAS_FILE_NAMES.zones, id: z.id, style: z.style })),
		...atlas.lines.map((l) => ({ file: ATLAS_FILE_NAMES.lines, id: l.id, style: l.style }))
	];
	for (const { file, id, style } of shapes) {
		if (style !== undefined && !styles.includes(style)) {
			const declared = styles.length ? didYouMean(style, styles) : ' (it declares no styles)';
			problems.push({ file, id, path: 'properties.style', message: `no style "${style}" in ${MANIFEST_FILE}${declared}` });
		}
	}
	const usedStyles = new Set(shapes.map((s) => s.style));
	const shapesComplete = !incomplete.has(ATLAS_FILE_NAMES.zones) && !incomplete.has(ATLAS_FILE_NAMES.lines);
	for (const style of styles) {
		if (!usedStyles.has(style) && shapesComplete) {
			problems.push({ file: MANIFEST_FILE, id: null, path: `styles.${style}`, message: `no zone or line has style "${style}"`, severity: 'warning' });
		}
	}
	return problems;
}
