/** A small static map, as drawn at build time: SVG paths of the land and of the subject. */
export interface MiniMap {
	width: number;
	height: number;
	/** The land, as one SVG path. */
	land: string;
	/** The subject's shapes (regions) as SVG paths. */
	areas: string[];
	/** The subject's points, in SVG coordinates, with labels. */
	points: { x: number; y: number; label: string }[];
}
