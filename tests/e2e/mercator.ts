/** Turns a longitude/latitude into a pixel of a MapLibre viewport (Web Mercator, 512-px tiles). */
export function toPixel(
	[lon, lat]: [number, number],
	view: { center: [number, number]; zoom: number; width: number; height: number }
): { x: number; y: number } {
	const world = 512 * 2 ** view.zoom;
	const project = ([x, y]: [number, number]) => ({
		x: ((x + 180) / 360) * world,
		y: ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * world
	});
	const p = project([lon, lat]);
	const c = project(view.center);
	return { x: Math.round(view.width / 2 + p.x - c.x), y: Math.round(view.height / 2 + p.y - c.y) };
}

/** A camera as the map's `data-camera` and the hash's `map=` write it: `zoom/lat/lon`. */
export const CAMERA = /^(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

/** The centre and zoom of a `zoom/lat/lon` camera; throws on any other text. */
export function parseCamera(text: string | null): { center: [number, number]; zoom: number } {
	const match = CAMERA.exec(text ?? '');
	if (!match) throw new Error(`not a camera: ${text}`);
	const [, zoom, lat, lon] = match.map(Number) as [number, number, number, number];
	return { center: [lon, lat], zoom };
}
