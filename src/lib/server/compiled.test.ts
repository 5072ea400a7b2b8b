import { describe, expect, it } from 'vitest';
import { GPU_THRESHOLD } from '../import/columns';
import { gpuEvents } from './compiled';

describe('gpuEvents: from how many events a built atlas draws them on the GPU', () => {
	it("is GPU_EVENTS when set, else the threshold of a reader's files", () => {
		expect(gpuEvents(undefined)).toBe(GPU_THRESHOLD);
		expect(gpuEvents('')).toBe(GPU_THRESHOLD);
		expect(gpuEvents('1')).toBe(1);
		expect(gpuEvents('200000')).toBe(200_000);
	});

	it('refuses what is not a whole number of events, naming it', () => {
		for (const bad of ['0', '-5', '1.5', 'many']) expect(() => gpuEvents(bad)).toThrow(`GPU_EVENTS is "${bad}"`);
	});
});
