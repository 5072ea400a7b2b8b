// `npm run check:data [folder]`: decodes and checks an atlas folder (geodata/ by default), prints each
// warning and error as `file > feature id > path: message` and a summary, then runs the folder's own
// data tests (`tests/*.test.ts` in it, with ATLAS_DIR naming the folder); exits 1 on any error or
// failed test. It compiles TypeScript with its own tsconfig, so it needs no `svelte-kit sync` first.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loader, root, viteOptions } from './typescript.js';

const vite = viteOptions('check-data');
const dir = resolve(process.argv[2] ?? 'geodata');

const load = loader('check-data');
const { readAtlas } = await load('src/lib/server/atlas.ts');
const { formatProblem, isError } = await load('src/lib/data/problem.ts');

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const { atlas, manifest, problems } = readAtlas(dir);
const errors = problems.filter(isError);
const warnings = problems.filter((p) => !isError(p));
for (const p of warnings) console.warn(formatProblem(p));
for (const p of errors) console.error(formatProblem(p));

const counts = Object.entries(atlas).map(([kind, list]) => plural(list.length, kind.replace(/s$/, '')));
const found = manifest || counts.some((c) => !c.startsWith('0 ')) ? `${counts.join(', ')}; ` : '';
const verdict =
	problems.length === 0 ? 'no problems' : [errors.length ? plural(errors.length, 'error') : 'no errors', warnings.length ? plural(warnings.length, 'warning') : ''].filter(Boolean).join(', ');
(errors.length ? console.error : console.log)(`${problems.length ? '\n' : ''}${dir}: ${found}${verdict}.`);
if (errors.length) process.exit(1);

// The folder's own tests check facts of this atlas (its fronts, which city lies in which zone). They
// may import `$lib/...` and the app's packages (vitest, @turf/turf) wherever the folder lies.
const fromApp = {
	name: 'atlas-tests-import-from-app',
	enforce: 'pre',
	resolveId(id, importer, options) {
		const bare = /^[@a-z]/i.test(id) && !id.startsWith('$lib') && !id.includes(':');
		return bare && importer && !importer.startsWith(root) ? this.resolve(id, join(root, 'package.json'), { ...options, skipSelf: true }) : null;
	}
};
const tests = join(dir, 'tests');
if (existsSync(tests) && readdirSync(tests).some((f) => /\.test\.[jt]s$/.test(f))) {
	console.log(`\nData tests of ${dir}:`);
	const { startVitest } = await import('vitest/node');
	const vitest = await startVitest(
		'test',
		[],
		{ config: false, root: tests, include: ['**/*.test.{ts,js}'], env: { ATLAS_DIR: dir }, watch: false, run: true },
		{ ...vite, root: tests, plugins: [fromApp], resolve: { alias: { $lib: join(root, 'src/lib') } }, server: { fs: { allow: [root, dir] } } }
	);
	const failed = !vitest || vitest.state.getCountOfFailedTests() > 0 || vitest.state.getUnhandledErrors().length > 0 || process.exitCode;
	await vitest?.close();
	if (failed) process.exit(1);
}
