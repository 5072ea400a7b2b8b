import { describe, expect, it } from 'vitest';
import { historicalDate } from '../domain/historicalDate';
import { readAtlas } from '../server/atlas';
import { placeLabels } from './atlasSources';

describe('placeLabels on the shipped atlas', () => {
	const { atlas, problems } = readAtlas();
	const labels = placeLabels(atlas.places, historicalDate('1945-08-09').start);
	const label = (id: string) => labels.features.find((f) => f.properties.id === id)?.properties;

	it('decodes without problems', () => expect(problems).toEqual([]));

	it.each([
		['wonsan', 'Wonsan', 'Genzan'],
		['chongjin', 'Chongjin', 'Seishin'],
		['shenyang', 'Shenyang', 'Mukden'],
		['changchun', 'Changchun', 'Hsinking'],
		['lushun', 'Lüshun', 'Port Arthur'],
		['dalian', 'Dalian', 'Dairen'],
		['pyongyang', 'Pyongyang', 'Heijō'],
		['seoul', 'Seoul', 'Keijō'],
		['tokyo', 'Tokyo', '']
	])('%s is labelled %s / %s in August 1945', (id, name, period) => {
		expect(label(id)).toMatchObject({ name, period });
	});

	it('labels only points: regions are not labels', () => {
		expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
		expect(label('north-korea')).toBeUndefined();
	});
});
