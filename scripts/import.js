// `npm run import -- file.csv [--into folder] [--force]`: converts a reader's file (CSV, TSV, GeoJSON,
// Linked Places) with the explorer's own converter into an atlas folder: atlas.json, events.geojson,
// and zones.geojson and lines.geojson for its shapes. Prints each row left out as `file:row: column:
// reason` and a summary; exits 1 when nothing could be written. A folder that holds files is never
// overwritten without --force.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loader } from './typescript.js';

const USAGE = 'usage: npm run import -- file.csv [--into folder] [--force]';
const fail = (message) => {
	console.error(message);
	process.exit(1);
};

let args;
try {
	args = parseArgs({ allowPositionals: true, options: { into: { type: 'string' }, force: { type: 'boolean', default: false } } });
} catch (e) {
	fail(`${e.message}\n${USAGE}`);
}
if (args.positionals.length !== 1) fail(USAGE);
const [file] = args.positionals;
const name = basename(file);
if (!existsSync(file) || !statSync(file).isFile()) fail(`${file}: no such file`);
const into = resolve(args.values.into ?? name.replace(/\.[^.]+$/, ''));
if (existsSync(into) && (!statSync(into).isDirectory() || (readdirSync(into).length > 0 && !args.values.force))) {
	fail(`${into}: ${statSync(into).isDirectory() ? 'the folder is not empty: pass --force to write over its files' : 'not a folder'}`);
}

const load = loader('import');
const { importText } = await load('src/lib/import/importText.ts');
const { toAtlasFolder } = await load('src/lib/import/atlasFolder.ts');

const outcome = importText(readFileSync(file, 'utf8'), { name });
if (outcome.kind === 'error') fail(`${file}: ${outcome.message}`);
if (outcome.kind === 'needs-mapping') fail(`${file}: ${outcome.why}\nIts columns: ${outcome.headers.join(', ')}. Rename them in the file and run again.`);

const { result } = outcome;
const line = (p, prefix = '') => `${prefix}${file}:${p.row || ''}${p.row ? ': ' : ' '}${p.column ? `${p.column}: ` : ''}${p.reason}`;
for (const p of result.problems) console.error(line(p));
for (const p of result.warnings ?? []) console.error(line(p, 'warning: '));
const folder = toAtlasFolder(result.records, name, result.total);
for (const p of folder.notWritten) console.error(line(p));

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const { events, lines, zones } = folder.written;
const written = events + lines + zones;
const read = `${file}: ${plural(result.total, 'row')}, ${result.records.length} read, ${plural(result.problems.length, 'problem')}`;
if (written === 0) fail(`${read}; nothing could be written to an atlas folder.`);

mkdirSync(into, { recursive: true });
for (const [fileName, text] of Object.entries(folder.files)) writeFileSync(join(into, fileName), text);
const shapes = [lines ? plural(lines, 'line') : '', zones ? plural(zones, 'zone') : ''].filter(Boolean).join(', ');
const left = folder.notWritten.length ? `, ${folder.notWritten.length} not written` : '';
console.log(`${read}; wrote ${plural(events, 'event')}${shapes ? `, ${shapes}` : ''}${left} to ${into}.`);
console.log(`Check it with: npm run check:data ${into}`);
