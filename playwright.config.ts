import { defineConfig } from '@playwright/test';

/** Debian's Chromium (downloading a browser is impossible here); override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * A port of the browser tests' own (`npm start` serves on 4173), so they never test another server;
 * E2E_PORT moves it, for a second checkout's tests running beside these.
 */
const port = Number(process.env.E2E_PORT ?? 4183);
/** The second atlas's explorer, on the next port; the same atlas built as a large one, on the one after. */
const otherPort = port + 1;
const largePort = port + 2;

/**
 * Serves a build of the test script's own (`npm run build:e2e`) as a plain static host does: a build
 * in this tree beside the tests (`npm run build`) writes elsewhere and never pulls files from under them.
 */
const serve = (folder: string, at: number) => ({
	command: `node tests/e2e/static-server.js ${folder} ${at}`,
	url: `http://127.0.0.1:${at}`,
	// Fails if the port is taken rather than testing whatever answers there.
	reuseExistingServer: false,
	timeout: 60_000
});

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--enable-unsafe-swiftshader',
				'--use-angle=swiftshader',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{ name: 'chromium', use: { browserName: 'chromium' }, testIgnore: ['other-atlas/**', 'large-atlas/**'] },
		// A second atlas, built from tests/fixtures/punic-war with GEODATA_DIR.
		{ name: 'other-atlas', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${otherPort}` }, testMatch: 'other-atlas/**/*.test.ts' },
		// The same folder built with GPU_EVENTS=1: its events drawn on the GPU from their columns, as a large atlas's are.
		{ name: 'large-atlas', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${largePort}` }, testMatch: 'large-atlas/**/*.test.ts' }
	],
	webServer: [serve('.e2e/explorer', port), serve('.e2e/punic-war', otherPort), serve('.e2e/punic-large', largePort)]
});
