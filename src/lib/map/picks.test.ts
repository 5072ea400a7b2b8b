import { describe, expect, it } from 'vitest';
import { choiceOf, choicesAt } from './picks';

const pick = (layer: string, ref: string, label = 'A', what = 'event') => ({ layer, properties: { ref, label, what } });

describe('choiceOf', () => {
	it.each([
		['event:a-b', { kind: 'event', id: 'a-b' }],
		['front:north-front', { kind: 'front', id: 'north-front' }],
		['feature:zone-1', { kind: 'feature', id: 'zone-1' }],
		['place:town', { kind: 'place', id: 'town' }]
	])('reads %s as a selection', (ref, selection) => {
		expect(choiceOf(pick('event-point', ref))?.selection).toEqual(selection);
	});

	it.each(['', 'town', 'city:town'])('refuses a part without a known ref (%j)', (ref) => {
		expect(choiceOf(pick('event-point', ref))).toBeNull();
	});

	it('carries the label and what the feature is', () => {
		expect(choiceOf(pick('front-inferred', 'front:f', 'First Front', 'front, inferred'))).toMatchObject({ label: 'First Front', detail: 'front, inferred' });
	});
});

describe('choicesAt', () => {
	it('lets a zone answer only where nothing else does', () => {
		expect(choicesAt([pick('zone-fill', 'feature:z'), pick('event-point', 'event:e')]).map((c) => c.selection.id)).toEqual(['e']);
		expect(choicesAt([pick('zone-fill', 'feature:z')]).map((c) => c.selection.id)).toEqual(['z']);
	});

	it('gives one choice per feature, whichever layers drew it', () => {
		expect(choicesAt([pick('place-dot', 'place:p'), pick('place-label', 'place:p'), pick('event-point', 'event:e')])).toHaveLength(2);
	});
});
