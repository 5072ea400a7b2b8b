import { describe, expect, it } from 'vitest';
import { freePart } from './mapView';

describe('freePart', () => {
	it('keeps every panel clear when the rest of the view is roomy', () => {
		expect(freePart({ top: 100, right: 0, bottom: 200, left: 0 }, 400, 600)).toEqual({ top: 100, right: 0, bottom: 200, left: 0 });
	});

	it("keeps the panel's side clear and lets the list be crossed when both leave too little room", () => {
		expect(freePart({ top: 185, right: 0, bottom: 293, left: 0 }, 390, 586)).toEqual({ top: 0, right: 0, bottom: 293, left: 0 });
	});

	it('keeps nothing clear when even the panel alone leaves too little room', () => {
		expect(freePart({ top: 0, right: 0, bottom: 500, left: 0 }, 390, 586)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
		expect(freePart(undefined, 390, 586)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});
