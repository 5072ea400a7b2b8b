import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers of src/lib and what each may not import (see ../shared/ARCHITECTURE.md):
 * domain knows nothing of the app; only map touches MapLibre and deck.gl; components never do.
 */
const LAYERS = ['domain', 'data', 'server', 'map', 'state', 'components', 'theme'];
const DECK = '@deck.gl';
/** deck.gl's own GPU library, which a deck.gl layer of our own draws with. */
const LUMA = '@luma.gl';
const FORBIDDEN = {
	domain: { layers: ['data', 'server', 'map', 'state', 'components'], packages: ['maplibre-gl', DECK, LUMA, 'zod', 'svelte', '$app'] },
	data: { layers: ['server', 'map', 'state', 'components'], packages: ['maplibre-gl', DECK, LUMA, 'svelte', '$app'] },
	server: { layers: ['map', 'state', 'components'], packages: ['maplibre-gl', DECK, LUMA, 'svelte'] },
	map: { layers: ['data', 'server', 'state', 'components'], packages: ['zod', 'svelte'] },
	state: { layers: ['data', 'server', 'map', 'components'], packages: ['maplibre-gl', DECK, LUMA, 'zod'] },
	components: { layers: ['data', 'server', 'map'], packages: ['maplibre-gl', DECK, LUMA, 'zod'] },
	// The colours shared by the map's style and the legend: constants, importing nothing.
	theme: { layers: ['domain', 'data', 'server', 'map', 'state', 'components'], packages: ['maplibre-gl', DECK, LUMA, 'zod', 'svelte'] }
};

/** deck.gl and luma.gl outside src/lib's layers (the routes, the import workers): only src/lib/map may draw with them. */
const deckElsewhere = {
	files: ['src/**/*.{ts,svelte}'],
	ignores: ['**/*.test.ts', ...LAYERS.map((l) => `src/lib/${l}/**`)],
	rules: {
		'no-restricted-imports': ['error', { patterns: [{ group: [DECK, `${DECK}/**`, LUMA, `${LUMA}/**`], message: 'Only src/lib/map may import deck.gl and luma.gl.' }] }]
	}
};

const layerRules = LAYERS.map((layer) => {
	const { layers, packages } = FORBIDDEN[layer];
	return {
		files: [`src/lib/${layer}/**/*.{ts,svelte}`],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...layers.map((l) => ({
							group: [`$lib/${l}`, `$lib/${l}/**`, `../${l}`, `../${l}/**`, `../../${l}/**`],
							message: `src/lib/${layer} may not import src/lib/${l}.`
						})),
						...packages.map((p) => ({
							group: [p, `${p}/**`],
							message: `src/lib/${layer} may not import ${p}.`
						}))
					]
				}
			]
		}
	};
});

export default ts.config(
	{ ignores: ['build/', '.e2e/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'lighthouse-reports/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
			// The explorer's shallow routing only ever changes the hash, which resolve() does not apply to.
			'svelte/no-navigation-without-resolve': ['error', { ignorePushState: true, ignoreReplaceState: true }]
		}
	},
	...layerRules,
	deckElsewhere
);
