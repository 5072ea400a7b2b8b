/** Draws the arrowhead of axes of advance as an SDF image (the style has no sprite), pointing north. */
export function arrowheadImage(size = 48): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	// Read back once: a canvas kept in memory avoids a slow readback from the GPU.
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('No 2D canvas to draw the arrowhead');
	ctx.fillStyle = '#000';
	ctx.beginPath();
	ctx.moveTo(size / 2, size * 0.08);
	ctx.lineTo(size * 0.88, size * 0.86);
	ctx.lineTo(size / 2, size * 0.68);
	ctx.lineTo(size * 0.12, size * 0.86);
	ctx.closePath();
	ctx.fill();
	return ctx.getImageData(0, 0, size, size);
}
