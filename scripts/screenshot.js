// Takes the README's screenshot from the real production build: serves build/ with Vite's
// preview server, opens it in Debian's Chromium, waits for the map to be drawn, and saves a PNG.
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const out = process.argv[2] ?? 'docs/screenshot.png';
const path = process.argv[3] ?? '/';
const server = await preview({ preview: { host: '127.0.0.1', port: 4180, strictPort: true } });
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
	await server.close();
}
