// The app's TypeScript modules, for the plain Node scripts that reuse them (check-data, import): Vite
// compiles them with the data's tsconfig, so no `svelte-kit sync` is needed first, and its caches stay
// in the app's node_modules whatever folder a script works on.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** The app's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** Vite's options for a script (`name` keeps its cache apart). */
export const viteOptions = (name) => ({
	configFile: false,
	logLevel: 'error',
	root,
	cacheDir: join(root, `node_modules/.vite/${name}`),
	tsconfig: join(root, 'src/lib/data/tsconfig.check.json')
});

/** A loader of the app's modules by their path from the root ("src/lib/…/x.ts"). */
export function loader(name) {
	const options = viteOptions(name);
	return async (path) => (await runnerImport(join(root, path), options)).module;
}
