// Takes the README's screenshot from the real production build: serves build/ as a static host does
// (scripts/static-host.js), opens it in Debian's Chromium, waits for the map to be drawn, and saves a PNG.
import { chromium } from '@playwright/test';
import { serveStatic } from './static-host.js';

const out = process.argv[2] ?? 'docs/screenshot.png';
const path = process.argv[3] ?? '/';
const server = await serveStatic('build', 4180);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking']
});
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.goto(`http://127.0.0.1:4180${path}`);
	await page.waitForSelector('[data-state=ready]', { timeout: 60_000 });
	await page.screenshot({ path: out });
	console.log(`Saved ${out}`);
} finally {
	await browser.close();
	server.close();
}
