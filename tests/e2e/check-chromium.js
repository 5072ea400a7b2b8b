// Stops the browser tests early, with the fix in words, when Debian's Chromium is not installed or
// when something already listens on the tests' port (they never reuse a server they did not start).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	console.error(
		`Chromium was not found at ${path}.\n` +
			'Install Debian\'s Chromium with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
			'or point CHROMIUM_PATH at a Chromium binary. (npx playwright install cannot download here.)'
	);
	process.exit(1);
}

// The same ports as playwright.config.ts: the shipped atlas's, then the second atlas's and its large build's.
const port = Number(process.env.E2E_PORT ?? 4183);
for (const taken of [port, port + 1, port + 2]) {
	const probe = createServer();
	probe.once('error', (e) => {
		console.error(
			e.code === 'EADDRINUSE'
				? `Port ${taken} is already in use: another browser test run, or a server left running, holds it.\n` +
						'Stop it, or run the tests on other ports with E2E_PORT=<port> (it and the next two).'
				: `Port ${taken} cannot be used: ${e.message}`
		);
		process.exit(1);
	});
	probe.listen(taken, '127.0.0.1', () => probe.close());
}
