/**
 * Turns the atlas's dated sources and its colours into style layers: zones, lines, axes of advance
 * with arrowheads, frontlines (sourced, inferred, ghost) and event points, each drawn as strongly as
 * its feature-state says for the date.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { DATED_SOURCES } from '../domain/feature';
import { PALETTE } from '../theme/palette';
import { isSelected } from './filterExpressions';
import { STATE } from './timeExpressions';

export { DATED_SOURCES };

/** The atlas's own colours: of event categories, and of zones and lines by their `style`. */
export interface AtlasColors {
	categories: readonly { id: string; color: string }[];
	styles: Readonly<Record<string, string>>;
}

export function atlasSources(url: (name: string) => string): Record<string, SourceSpecification> {
	return Object.fromEntries(DATED_SOURCES.map((n) => [n, { type: 'geojson', data: url(n) } as SourceSpecification]));
}

/**
 * How strongly the date says a feature is drawn: its feature-state `s` (see featureStates.ts), 0 when
 * hidden. Opacities are multiplied by it, so a new date repaints without re-parsing any tile.
 */
const S: ExpressionSpecification = ['coalesce', ['feature-state', 's'], 0];
const times = (full: number): ExpressionSpecification => ['*', full, S];
const active: ExpressionSpecification = ['==', S, 1];
/** `now` while the feature happens on the date, `past` once it is over (then also times its strength). */
const nowOr = (now: number, past: number): ExpressionSpecification => ['case', active, now, ['*', past, S]];
/** A width by zoom, thinner once the feature is over: what happens on the date stands out. */
const widthByZoom = (stops: [zoom: number, now: number, past: number][]): ExpressionSpecification =>
	['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, now, past]) => [z, ['case', active, now, past]])] as unknown as ExpressionSpecification;

/** The icon of advance arrowheads, drawn by the map view (a style without sprites). */
export const ARROWHEAD = 'arrowhead';

const kindIs = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

/**
 * Whether a part of a front or an advance, drawn day by day, shows in the view: in "everything" only
 * its last day does (the one that holds), as every day at once would stack a front's positions into
 * hatching and string an advance's arrowheads along its route. The view changes rarely: reading it
 * from global state costs a re-parse then, never on a date step.
 */
export const lastDayInAll: ExpressionSpecification = ['any', ['!=', ['global-state', STATE.view], 'all'], ['to-boolean', ['get', 'hold']]];

/**
 * A feature's own colour (`color`: a reader's layer has one), else one chosen by a property's value
 * from `colors`, else `fallback` (a `match` needs at least one case).
 */
function colorBy(property: string, colors: Readonly<Record<string, string>>, fallback: string): ExpressionSpecification {
	const cases = Object.entries(colors).flatMap(([value, color]) => [value, color]);
	const atlas: ExpressionSpecification = cases.length ? (['match', ['get', property], ...cases, fallback] as unknown as ExpressionSpecification) : ['literal', fallback];
	return ['case', ['has', 'color'], ['to-color', ['get', 'color']], atlas];
}

const advanceColor: ExpressionSpecification = ['match', ['get', 'kind'], 'sea', PALETTE.seaRoute, PALETTE.route];

/** The layers that answer a click or a hover, top first. */
export const INTERACTIVE_LAYERS = ['event-point', 'place-dot', 'place-label', 'front-keyframe', 'front-inferred', 'advance-route', 'line', 'zone-fill'];

/** The dated layers, bottom to top, in the atlas's colours. */
export function atlasLayers({ categories, styles }: AtlasColors): LayerSpecification[] {
	const zoneColor = colorBy('style', styles, PALETTE.zone);
	const lineColor = colorBy('style', styles, PALETTE.line);
	const categoryColor = colorBy('category', Object.fromEntries(categories.map((c) => [c.id, c.color])), PALETTE.context);
	return [
		{
			id: 'zone-fill',
			type: 'fill',
			source: 'zones',
			paint: { 'fill-color': zoneColor, 'fill-opacity': times(0.13) }
		},
		{
			id: 'zone-outline',
			type: 'line',
			source: 'zones',
			paint: { 'line-color': zoneColor, 'line-opacity': times(0.45), 'line-width': 1 }
		},
		{
			id: 'zone-selected',
			type: 'line',
			source: 'zones',
			filter: isSelected(),
			paint: { 'line-color': PALETTE.selected, 'line-width': 3, 'line-opacity': S }
		},
		{
			id: 'line',
			type: 'line',
			source: 'lines',
			layout: { 'line-cap': 'round' },
			paint: { 'line-opacity': S, 'line-color': lineColor, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.6, 8, 3], 'line-dasharray': [4, 2] }
		},
		{
			id: 'advance-selected',
			type: 'line',
			source: 'advances',
			filter: ['all', ['==', ['get', 'part'], 'route'], lastDayInAll, isSelected()],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': PALETTE.selected, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 7, 7, 12], 'line-opacity': times(0.5) }
		},
		{
			id: 'advance-route',
			type: 'line',
			source: 'advances',
			filter: ['all', ['==', ['get', 'part'], 'route'], lastDayInAll],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': advanceColor,
				'line-opacity': nowOr(0.75, 0.5),
				'line-width': widthByZoom([
					[3, 2.5, 1.5],
					[7, 6, 3.5]
				]),
				'line-dasharray': ['match', ['get', 'kind'], 'airborne', ['literal', [1, 1.5]], 'sea', ['literal', [3, 1.5]], ['literal', [1, 0]]]
			}
		},
		{
			id: 'advance-tip',
			type: 'symbol',
			source: 'advances',
			filter: ['all', ['==', ['get', 'part'], 'tip'], lastDayInAll],
			layout: {
				'icon-image': ARROWHEAD,
				'icon-rotate': ['get', 'bearing'],
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 0.9]
			},
			paint: { 'icon-color': advanceColor, 'icon-opacity': nowOr(0.95, 0.6) }
		},
		{
			id: 'front-selected',
			type: 'line',
			source: 'fronts',
			filter: ['all', ['!=', ['get', 'kind'], 'ghost'], lastDayInAll, isSelected()],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PALETTE.selected, 'line-width': 9, 'line-opacity': times(0.45) }
		},
		{
			id: 'front-ghost',
			type: 'line',
			source: 'fronts',
			filter: ['all', kindIs('ghost'), lastDayInAll],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': PALETTE.front, 'line-opacity': times(0.25), 'line-width': 2.5 }
		},
		{
			id: 'front-inferred',
			type: 'line',
			source: 'fronts',
			filter: ['all', kindIs('inferred'), lastDayInAll],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': PALETTE.front, 'line-opacity': times(0.9), 'line-width': 3, 'line-dasharray': [1.5, 1.2] }
		},
		{
			id: 'front-keyframe',
			type: 'line',
			source: 'fronts',
			filter: ['all', kindIs('keyframe'), lastDayInAll],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': PALETTE.front, 'line-opacity': S, 'line-width': ['case', active, 3.5, 2] }
		},
		{
			id: 'event-selected',
			type: 'circle',
			source: 'events',
			// Drawn even on a date when the event is not shown: a selected event stays findable.
			filter: isSelected(),
			paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': PALETTE.selected, 'circle-stroke-width': 3 }
		},
		{
			id: 'event-point',
			type: 'circle',
			source: 'events',
			paint: {
				'circle-color': categoryColor,
				'circle-radius': ['case', active, 7, 4.5],
				'circle-opacity': times(0.95),
				'circle-stroke-color': PALETTE.labelHalo,
				'circle-stroke-width': ['case', active, 2, 1],
				'circle-stroke-opacity': S
			}
		}
	];
}
