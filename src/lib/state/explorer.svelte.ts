/**
 * The explorer's one state: the date, the view of time, the range of the time axis, the selected
 * event, the camera and playback. Components read it and call its methods; the page mirrors the
 * shareable part in the URL hash.
 */
import { addMonths, type Day } from '../domain/day';
import { DEFAULT_WINDOW_DAYS, isShown, type Timed, type TimeSettings, type View } from '../domain/timeline';
import { NO_FILTERS, type EventFilters } from '../domain/filters';
import type { Camera, HashState, Selection } from './hash';

export interface Range {
	from: Day;
	/** Exclusive. */
	to: Day;
}

export interface ExplorerDefaults {
	date: Day;
	range: Range;
	/** The whole atlas: where the range widens to for a date outside the default one. */
	extent: Range;
	/** Periods offered on the time axis. */
	presets: readonly { label: string; range: Range }[];
	camera: Camera;
	/** The day each event begins, by id: a lookup, which a large layer's rows answer from their columns. */
	eventStarts: Pick<ReadonlyMap<string, Day>, 'get'>;
	/**
	 * The days each front (`front:<id>`) and other feature (`feature:<id>`) is drawn: opening one
	 * from a link without a date, or from the search, goes to the nearest of them.
	 */
	spans: ReadonlyMap<string, Timed>;
	/** Days a second of playback moves by default (gentler when the user prefers reduced motion). */
	speed: number;
}

/** Playback speeds offered, in days per second. */
export const SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;

/** The shortest range the time axis shows: a drag across fewer days selects this many. */
export const MIN_RANGE_DAYS = 3;

const clamp = (d: Day, { from, to }: Range) => Math.min(to - 1, Math.max(from, d));

/** A range at least MIN_RANGE_DAYS long, grown about its middle and kept within `extent`. */
export function widenRange(range: Range, extent: Range): Range {
	const length = Math.min(MIN_RANGE_DAYS, extent.to - extent.from);
	if (range.to - range.from >= length) return range;
	const from = Math.max(extent.from, Math.min(extent.to - length, Math.floor((range.from + range.to - length) / 2)));
	return { from, to: from + length };
}
const spanKey = (s: Selection) => `${s.kind}:${s.id}`;

export class Explorer {
	date = $state<Day>(0);
	view = $state<View>('history');
	windowDays = $state(DEFAULT_WINDOW_DAYS);
	range = $state<Range>({ from: 0, to: 1 });
	selection = $state<Selection | null>(null);
	filters = $state<EventFilters>(NO_FILTERS);
	camera = $state<Camera>({ zoom: 4, lat: 41, lon: 127 });
	playing = $state(false);
	speed = $state(2);
	loop = $state(false);
	/** Counts changes worth a browser-history entry (not every slider tick). */
	checkpoint = $state(0);

	/** Replaced, not changed, when a reader's layers widen the atlas. */
	defaults: ExplorerDefaults;

	constructor(defaults: ExplorerDefaults, link: HashState = {}) {
		this.defaults = $state.raw(defaults);
		this.speed = defaults.speed;
		this.restore(link);
	}

	/** The time settings the map draws with. */
	time: TimeSettings = $derived({ date: this.date, view: this.view, windowDays: this.windowDays });

	/** What a link to this view must carry. */
	hash: HashState = $derived({
		camera: this.camera,
		date: this.date,
		...(this.selection ? { selection: this.selection } : {}),
		view: this.view,
		...(this.view === 'window' ? { windowDays: this.windowDays } : {}),
		range: this.range,
		...(this.filters.categories.length ? { categories: [...this.filters.categories] } : {}),
		...(this.filters.tag ? { tag: this.filters.tag } : {})
	});

	/** The selected event's id, if an event is selected. */
	eventId: string | null = $derived(this.selection?.kind === 'event' ? this.selection.id : null);

	/** Applies a parsed link; what it lacks falls back to the defaults. */
	restore(link: HashState): void {
		const d = this.defaults;
		this.range = link.range ? widenRange(link.range, d.extent) : d.range;
		const view = link.view ?? 'history';
		const windowDays = link.windowDays ?? DEFAULT_WINDOW_DAYS;
		const eventDate = link.selection?.kind === 'event' ? d.eventStarts.get(link.selection.id) : undefined;
		const span = link.selection ? d.spans.get(spanKey(link.selection)) : undefined;
		const spanDate = span && !isShown(span, { date: d.date, view, windowDays }) ? clamp(d.date, span) : undefined;
		const date = link.date ?? eventDate ?? spanDate ?? d.date;
		if (date < this.range.from || date >= this.range.to) this.range = this.rangeAround(date);
		this.date = clamp(date, this.range);
		this.view = view;
		this.windowDays = windowDays;
		this.selection = link.selection ?? null;
		this.filters = { categories: link.categories ?? [], tag: link.tag ?? '' };
		this.camera = link.camera ?? d.camera;
	}

	/** The default range if it holds `date`, else the whole atlas. */
	private rangeAround(date: Day): Range {
		const { range, extent } = this.defaults;
		return date >= range.from && date < range.to ? range : extent;
	}

	/** Moves to a day (kept within the range); `commit` marks it worth a history entry. */
	setDate(day: Day, commit = false): void {
		this.date = clamp(day, this.range);
		if (commit) this.checkpoint++;
	}

	step(days: number): void {
		this.setDate(this.date + days);
	}

	stepMonths(months: number): void {
		this.setDate(addMonths(this.date, months));
	}

	toStart(): void {
		this.setDate(this.range.from, true);
	}

	toEnd(): void {
		this.setDate(this.range.to - 1, true);
	}

	setView(view: View): void {
		this.view = view;
		this.checkpoint++;
	}

	setWindowDays(days: number): void {
		this.windowDays = Math.max(1, Math.min(365, Math.round(days)));
		this.checkpoint++;
	}

	setRange(range: Range): void {
		this.range = widenRange(range, this.defaults.extent);
		this.date = clamp(this.date, range);
		this.checkpoint++;
	}

	/** Selects an event (null to clear) and, when asked, moves to the day it began. */
	select(id: string | null, goToDate = true): void {
		this.choose(id ? { kind: 'event', id } : null);
		const start = id ? this.defaults.eventStarts.get(id) : undefined;
		if (goToDate && start !== undefined) this.goTo(start);
	}

	/** Selects a front or another feature and, if the map does not draw it on the date, moves to the nearest day it does. */
	open(selection: Selection): void {
		this.choose(selection);
		const span = this.defaults.spans.get(spanKey(selection));
		if (span && !isShown(span, this.time)) this.goTo(clamp(this.date, span));
	}

	/** Selects anything (null to clear) without moving the date. */
	choose(selection: Selection | null): void {
		this.selection = selection;
		this.checkpoint++;
	}

	/** Moves to a day, widening the range if it lies outside. */
	goTo(day: Day): void {
		if (day < this.range.from || day >= this.range.to) this.range = this.rangeAround(day);
		this.date = clamp(day, this.range);
		this.checkpoint++;
	}

	setFilters(filters: EventFilters): void {
		this.filters = filters;
		this.checkpoint++;
	}

	play(): void {
		if (this.date >= this.range.to - 1) this.date = this.range.from;
		this.playing = true;
	}

	pause(): void {
		if (!this.playing) return;
		this.playing = false;
		this.checkpoint++;
	}

	togglePlay(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** One step of playback: the next day, then a loop or a stop at the range's end. */
	tick(): void {
		if (this.date < this.range.to - 1) this.date += 1;
		else if (this.loop) this.date = this.range.from;
		else this.pause();
	}
}
