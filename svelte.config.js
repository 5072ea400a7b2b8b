import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page and data file is prerendered: the explorer is a folder of static files that
		// works offline from any local server.
		adapter: adapter({ fallback: undefined, strict: true })
	}
};

export default config;
