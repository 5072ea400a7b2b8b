/**
 * Turns the atlas folder that `npm run check:data` checks (ATLAS_DIR, else the folder above this
 * one) into the decoded atlas its data tests examine, with helpers to find features by id.
 */
import { fileURLToPath } from 'node:url';
import { readAtlas } from '$lib/server/atlas';
import type { Place, Zone } from '$lib/domain/atlas';

/** The folder under test. */
export const dir = process.env['ATLAS_DIR'] ?? fileURLToPath(new URL('..', import.meta.url));

export const { atlas, manifest, problems } = readAtlas(dir);

/** The feature of `list` with this id; throws when there is none, so a renamed id fails loudly. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T {
	const found = list.find((f) => f.id === id);
	if (!found) throw new Error(`no feature "${id}" in ${dir}`);
	return found;
}

/** The outline of a zone or a region. */
export function outline(feature: Zone | Place): NonNullable<Zone['geometry']> {
	const { geometry } = feature;
	if (!geometry || geometry.type === 'Point') throw new Error(`${feature.id} has no outline`);
	return geometry;
}

/** Where a place stands. */
export function point(place: Place): [number, number] {
	if (place.geometry?.type !== 'Point') throw new Error(`${place.id} is not a point`);
	const [lon, lat] = place.geometry.coordinates;
	return [lon!, lat!];
}

/** Cities by id, with their usual name and the name they went by on 9 August 1945. */
export const NAMES_ON_9_AUGUST: [string, string, string][] = [
	['wonsan', 'Wonsan', 'Genzan'],
	['chongjin', 'Chongjin', 'Seishin'],
	['shenyang', 'Shenyang', 'Mukden'],
	['changchun', 'Changchun', 'Hsinking'],
	['lushun', 'Lüshun', 'Port Arthur'],
	['dalian', 'Dalian', 'Dairen'],
	['pyongyang', 'Pyongyang', 'Heijō'],
	['seoul', 'Seoul', 'Keijō']
];
