import { describe, expect, it } from 'vitest';
import type { TimeSettings } from '../domain/timeline';
import { DrawQueue } from './drawQueue';

const at = (date: number): TimeSettings => ({ date, view: 'history', windowDays: 7 });

/** A queue over a drawer that records every call and finishes a drawing only when told to. */
function setup() {
	const log: string[] = [];
	const finish: (() => void)[] = [];
	const queue = new DrawQueue<string>(at(1), {
		drawTime: (time, done) => {
			log.push(`time ${time.date}`);
			finish.push(done);
		},
		drawAtlas: (atlas, time, done) => {
			log.push(`atlas ${atlas} ${time.date}`);
			finish.push(done);
		},
		drawn: (time) => log.push(`drawn ${time.date}`)
	});
	/** Ends the drawing in flight. */
	const end = () => finish.shift()!();
	return { log, queue, end };
}

describe('DrawQueue', () => {
	it('draws nothing before it opens, then the latest date asked meanwhile', () => {
		const { log, queue } = setup();
		queue.setTime(at(2));
		queue.setTime(at(3));
		expect(log).toEqual([]);
		queue.open();
		expect(log).toEqual(['time 3']);
	});

	it('keeps one drawing in flight; the latest date wins, the ones between are skipped', () => {
		const { log, queue, end } = setup();
		queue.open();
		queue.setTime(at(2));
		queue.setTime(at(3));
		queue.setTime(at(4));
		expect(log).toEqual(['time 2']);
		end();
		expect(log).toEqual(['time 2', 'drawn 2', 'time 4']);
		end();
		expect(log.at(-1)).toBe('drawn 4');
		expect(queue.shown.date).toBe(4);
	});

	it('does not redraw the date already shown', () => {
		const { log, queue } = setup();
		queue.open();
		queue.setTime(at(1));
		expect(log).toEqual([]);
	});

	it('draws a new atlas with the latest date, before any later date', () => {
		const { log, queue, end } = setup();
		queue.open();
		queue.setTime(at(2));
		void queue.setAtlas('b');
		queue.setTime(at(5));
		end();
		expect(log).toEqual(['time 2', 'drawn 2', 'atlas b 5']);
		end();
		expect(log.at(-1)).toBe('drawn 5');
	});

	it('redraws the same date with a new atlas', () => {
		const { log, queue } = setup();
		queue.open();
		void queue.setAtlas('b');
		expect(log).toEqual(['atlas b 1']);
	});

	it('resolves an atlas once it, or one handed over after it, is drawn', async () => {
		const { log, queue, end } = setup();
		queue.open();
		const settled: string[] = [];
		const track = (name: string, p: Promise<void>) => p.then(() => settled.push(name));
		const a = track('a', queue.setAtlas('a'));
		const b = track('b', queue.setAtlas('b'));
		const c = track('c', queue.setAtlas('c'));
		await Promise.resolve();
		expect(settled).toEqual([]);
		end();
		await a;
		expect(settled).toEqual(['a']);
		expect(log).toEqual(['atlas a 1', 'drawn 1', 'atlas c 1']);
		end();
		await Promise.all([b, c]);
		expect(settled.sort()).toEqual(['a', 'b', 'c']);
	});

	it('rejects the atlases still waiting when the map fails, and draws them no more', async () => {
		const { log, queue, end } = setup();
		const waiting = queue.setAtlas('a');
		queue.fail(new Error('The map could not load /atlas/events.geojson: HTTP 404'));
		await expect(waiting).rejects.toThrow('HTTP 404');
		queue.open();
		expect(log).toEqual([]);
		queue.setTime(at(2));
		end();
		expect(log).toEqual(['time 2', 'drawn 2']);
	});
});
