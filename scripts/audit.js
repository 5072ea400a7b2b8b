// `npm run audit`: builds, serves the production build as a static host does (scripts/static-host.js,
// with its .br and .gz files), and runs Lighthouse (12.2.3) on the explorer and on one event page in
// Debian's Chromium. Prints the four scores of each and writes the full reports to lighthouse-reports/.
// Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './static-host.js';

const PORT = 4184;
const PAGES = { explorer: '/', 'event-page': '/events/wonsan-landing' };

if (!process.argv.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serveStatic('build', PORT);
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
mkdirSync('lighthouse-reports', { recursive: true });
const rows = [];
try {
	for (const [name, path] of Object.entries(PAGES)) {
		const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
			port: chrome.port,
			output: 'html',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		writeFileSync(`lighthouse-reports/${name}.html`, result.report);
		const c = result.lhr.categories;
		const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
		rows.push({ name, path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
		const failed = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
		for (const a of failed.slice(0, 12)) console.log(`  ${name}: ${a.id} (${a.score}): ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`);
	}
} finally {
	await chrome.kill();
	server.close();
}
console.log('\n| page | performance | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.name} (${r.path}) | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`);
writeFileSync('lighthouse-reports/scores.json', `${JSON.stringify(rows, null, 2)}\n`);
console.log('\nReports in lighthouse-reports/');
