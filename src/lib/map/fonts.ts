/**
 * Turns the bundled Noto Sans files into the style's `font-faces`, so MapLibre draws labels from
 * files served with the app (no glyph server).
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExtItalic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExtBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';

/** The `text-font` names the style's layers use. */
export const FONT = {
	regular: 'Noto Sans Regular',
	italic: 'Noto Sans Italic',
	bold: 'Noto Sans Bold'
} as const;

// The ranges @fontsource declares for its latin and latin-ext subsets (latin-ext brings the
// macrons of romanised names: Kōnan, Ōsaka).
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'];
const LATIN_EXT = ['U+0100-0130', 'U+0132-0151', 'U+0154-02BA', 'U+1E00-1E9F', 'U+1EF2-1EFF'];

/** The `font-faces` of the style, with absolute URLs resolved against `base` (the page's URL). */
export function fontFaces(base: string): FontFacesSpecification {
	const face = (latin: string, ext: string) => [
		{ url: new URL(latin, base).href, 'unicode-range': LATIN },
		{ url: new URL(ext, base).href, 'unicode-range': LATIN_EXT }
	];
	return {
		[FONT.regular]: face(latinRegular, latinExtRegular),
		[FONT.italic]: face(latinItalic, latinExtItalic),
		[FONT.bold]: face(latinBold, latinExtBold)
	};
}
