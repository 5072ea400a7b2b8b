import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page and data file is prerendered: the explorer is a folder of static files that
		// works offline from any local server.
		// BUILD_DIR lets the benchmark build synthetic atlases beside the real one.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		// A strict Content Security Policy: nothing but this origin, with MapLibre's worker and the
		// fonts and images it makes from blobs and data URLs. Prerendered pages carry it as a <meta>.
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
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// ARTICLES=none (the benchmark's synthetic builds) prerenders the explorer without article pages.
			crawl: process.env.ARTICLES !== 'none',
			handleUnseenRoutes: process.env.ARTICLES === 'none' ? 'ignore' : 'fail',
			// Links into the explorer carry its state in the hash (#date=…&event=…), not an element id.
			handleMissingId: ({ id, message }) => {
				if (!id.includes('=')) throw new Error(message);
			}
		}
	}
};

export default config;
