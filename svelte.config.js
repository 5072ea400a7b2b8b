import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

/**
 * The one style attribute the site lets through: SvelteKit's route announcer writes it in its own
 * root component (kit/src/core/sync/write_root.js; sveltejs/kit#11993). Allowed by its hash alone,
 * so that any other style attribute is still refused; if SvelteKit changes the text, the browser
 * tests see the refusal as a console error.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}`;

// BUILD_DIR lets the benchmark build synthetic atlases beside the real one.
const out = process.env.BUILD_DIR ?? 'build';
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, strict: true, precompress: true });
/**
 * adapter-static, whose `precompress` writes `.br` and `.gz` beside the pages, scripts, styles and
 * JSON, followed by the same for the data and tiles it leaves out (scripts/precompress.js), so that a
 * static host can serve every compressible file compressed (README, "Deploy to a static host").
 */
const precompressingAdapter = {
	...staticAdapter,
	/** @param {import('@sveltejs/kit').Builder} builder */
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		await precompress(out);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page and data file is prerendered: the explorer is a folder of static files that
		// works offline from any local server.
		adapter: precompressingAdapter,
		// Absolute asset paths: build/404.html (the not-found page, src/routes/404.html) is served by
		// static hosts at any unknown address, where paths relative to /404.html would point nowhere.
		paths: { relative: false },
		// A strict Content Security Policy: nothing but this origin, with MapLibre's worker and the
		// fonts and images it makes from blobs and data URLs. Prerendered pages carry it as a <meta>.
		// Styles come only from this origin's files: no style attribute, no inline <style> (components
		// set positions through the CSSOM, src/lib/components/cssom.ts, as MapLibre does).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:', 'blob:'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerHash],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// ARTICLES=none (the benchmark's synthetic builds) prerenders the explorer without article pages.
			crawl: process.env.ARTICLES !== 'none',
			// An atlas whose events are drawn through GeoJSON has no columns for the GPU (/atlas/large/).
			handleUnseenRoutes: ({ routes, message }) => {
				if (process.env.ARTICLES !== 'none' && routes.some((r) => r !== '/atlas/large/[file]')) throw new Error(message);
			},
			// Links into the explorer carry its state in the hash (#date=…&event=…), not an element id.
			handleMissingId: ({ id, message }) => {
				if (!id.includes('=')) throw new Error(message);
			}
		}
	}
};

export default config;
