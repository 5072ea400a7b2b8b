// `npm run check:data [folder]`: decodes and checks every atlas file (geodata/ by default) and prints
// each problem as `file > feature id > path: message`; exits 1 if there is any.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const dir = resolve(process.argv[2] ?? 'geodata');
const { module: server } = await runnerImport('./src/lib/server/atlas.ts', { configFile: false, logLevel: 'error' });
const { module: problem } = await runnerImport('./src/lib/data/problem.ts', { configFile: false, logLevel: 'error' });

const { atlas, problems } = server.readAtlas(dir);
if (problems.length) {
	for (const p of problems) console.error(problem.formatProblem(p));
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
	process.exit(1);
}
const counts = Object.entries(atlas).map(([kind, list]) => `${list.length} ${kind}`).join(', ');
console.log(`${dir}: ${counts}; no problems.`);
