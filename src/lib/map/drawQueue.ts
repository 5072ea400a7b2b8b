/**
 * Turns the dates and atlases the page hands the map, as fast as it likes, into one drawing at a
 * time: while one is drawn the latest date and the latest atlas wait, and whatever was superseded
 * meanwhile is never drawn.
 */
import type { TimeSettings } from '../domain/timeline';

/** What draws for the queue; each call ends by calling `done` once the map shows it. */
export interface Drawer<A> {
	/** Shows another date, view or window. */
	drawTime(time: TimeSettings, done: () => void): void;
	/** Replaces the atlas, then shows `time` with it. */
	drawAtlas(atlas: A, time: TimeSettings, done: () => void): void;
	/** Called once each drawing is on screen. */
	drawn(time: TimeSettings): void;
}

const same = (a: TimeSettings, b: TimeSettings) => a.date === b.date && a.view === b.view && a.windowDays === b.windowDays;

/** One drawing in flight, the latest date and atlas waiting; closed until the first date is drawn. */
export class DrawQueue<A> {
	private shownTime: TimeSettings;
	private isOpen = false;
	private inFlight = false;
	private waitingTime: TimeSettings | null = null;
	private waitingAtlas: { atlas: A; number: number } | null = null;
	// Atlases are numbered as handed over; each caller waits until its own, or a later one, is drawn.
	private asked = 0;
	private readonly waiting: { number: number; resolve: () => void; reject: (e: Error) => void }[] = [];

	constructor(
		first: TimeSettings,
		private readonly drawer: Drawer<A>
	) {
		this.shownTime = first;
	}

	/** The time last sent to be drawn (the first one until the queue opens). */
	get shown(): TimeSettings {
		return this.shownTime;
	}

	/** Opens the queue once the map has drawn its first date, and starts what waited meanwhile. */
	open(): void {
		this.isOpen = true;
		if (!this.inFlight) this.next();
	}

	/** Asks for a date: drawn now if nothing is in flight, else once it is (unless a later one came). */
	setTime(time: TimeSettings): void {
		this.waitingTime = time;
		if (this.isOpen && !this.inFlight) this.next();
	}

	/** Asks for an atlas; resolves once it, or an atlas handed over after it, is drawn. */
	setAtlas(atlas: A): Promise<void> {
		const number = ++this.asked;
		const drawn = new Promise<void>((resolve, reject) => this.waiting.push({ number, resolve, reject }));
		this.waitingAtlas = { atlas, number };
		if (this.isOpen && !this.inFlight) this.next();
		return drawn;
	}

	/** Rejects every atlas still waiting to be drawn: the map will not draw them. */
	fail(error: Error): void {
		this.waitingAtlas = null;
		for (const w of this.waiting.splice(0)) w.reject(error);
	}

	private next(): void {
		const time = this.waitingTime ?? this.shownTime;
		this.waitingTime = null;
		const atlas = this.waitingAtlas;
		this.waitingAtlas = null;
		if (!atlas && same(time, this.shownTime)) return;
		this.inFlight = true;
		this.shownTime = time;
		const done = () => {
			this.inFlight = false;
			this.drawer.drawn(time);
			if (atlas) {
				for (let i = this.waiting.length - 1; i >= 0; i--) if (this.waiting[i]!.number <= atlas.number) this.waiting.splice(i, 1)[0]!.resolve();
			}
			this.next();
		};
		if (atlas) this.drawer.drawAtlas(atlas.atlas, time, done);
		else this.drawer.drawTime(time, done);
	}
}
