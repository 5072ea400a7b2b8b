/**
 * What an atlas says about itself in its `atlas.json`: only a title and a description are required;
 * every other setting is optional and, when absent, derived from the data (see `settings.ts`).
 */
import type { HistoricalDate } from './historicalDate';

/** A declared category of events: how the legend and the filters name it, and its colour. */
export interface CategoryStyle {
	id: string;
	label: string;
	/** `#rrggbb`. */
	color?: string;
}

/** The look of zones and lines whose `style` property names this key. */
export interface ShapeStyle {
	/** What the legend says of this style ("Prussian territory"). */
	label: string;
	/** `#rrggbb`. */
	color: string;
}

/** A name printed on the basemap (a sea, a land), not tied to any dated feature. */
export interface MapLabel {
	name: string;
	kind: 'ocean' | 'sea' | 'strait' | 'land';
	coordinates: [number, number];
	minzoom: number;
}

/** A period offered on the time axis: from the first day of `from` to the last day of `to`. */
export interface PresetSetting {
	label: string;
	from: HistoricalDate;
	to: HistoricalDate;
}

export interface AtlasManifest {
	title: string;
	description: string;
	/** West, south, east, north: where the map may go and where the detailed basemap is drawn. */
	extent?: [number, number, number, number];
	camera?: { zoom: number; lat: number; lon: number };
	/** The whole period of the time axis. */
	period?: { from: HistoricalDate; to: HistoricalDate };
	/** Periods offered on the time axis, the first one the default. */
	presets?: PresetSetting[];
	/** The day the explorer opens on; place labels show the names in use on it. */
	start?: HistoricalDate;
	/** Categories in legend order, with labels and colours; categories the data uses but this omits still work. */
	categories?: CategoryStyle[];
	/** Styles of zones and lines, by the value of their `style` property. */
	styles?: Record<string, ShapeStyle>;
	/** Names printed on the basemap. */
	labels?: MapLabel[];
	/** Texts of legend entries the data cannot name by itself. */
	legend?: { places?: string; borders?: string };
	/** Which kinds of place get a dot and a label (default: city and port). */
	labelledPlaceKinds?: string[];
}
