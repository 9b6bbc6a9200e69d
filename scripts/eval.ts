/**
 * Measures extraction against the hand-labelled truth:
 *
 *   npm run eval                      totals and a row per filing
 *   npm run eval -- --verbose         … and every miss and wrong value
 *   npm run eval -- --update-levels   raise the committed ratchet to today's figures
 *
 * Every filing with a truth file in tests/fixtures/truth/ is ingested in memory from
 * tests/fixtures/samples/ and tests/fixtures/seed/ and scored field by field
 * (scripts/lib/eval/: matching rules in matching.ts, fields in score.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { levelDrops, levelsOf, raisedLevels, type Levels } from './lib/eval/levels.ts';
import { missList, perFilingTable, totalsTable } from './lib/eval/report.ts';
import { runEval } from './lib/eval/run-eval.ts';
import { totalTallies } from './lib/eval/score.ts';

const USAGE = `Usage: npm run eval -- [--verbose] [--update-levels]

  --verbose        list every miss and wrong value, by filing
  --update-levels  raise tests/unit/extraction-eval.levels.json to today's figures`;

const repoRoot = path.resolve(import.meta.dirname, '..');
const LEVELS_FILE = path.join(repoRoot, 'tests/unit/extraction-eval.levels.json');

let values: { verbose?: boolean; 'update-levels'?: boolean; help?: boolean };
try {
	({ values } = parseArgs({
		options: {
			verbose: { type: 'boolean', short: 'v' },
			'update-levels': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' },
		},
	}));
} catch (error) {
	console.error(`eval: ${(error as Error).message}\n${USAGE}`);
	process.exit(2);
}
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

const started = performance.now();
const { scores, failures } = await runEval({
	truthDir: path.join(repoRoot, 'tests/fixtures/truth'),
	sampleDirs: [path.join(repoRoot, 'tests/fixtures/samples'), path.join(repoRoot, 'tests/fixtures/seed')],
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(perFilingTable(scores));
console.log();
console.log(totalsTable(scores));
if (values.verbose) console.log(missList(scores));
for (const failure of failures) console.error(`eval: ${failure.file}: could not be ingested: ${failure.message}`);

const reached = levelsOf(totalTallies(scores));
const committed = JSON.parse(await readFile(LEVELS_FILE, 'utf8').catch(() => '{}')) as Partial<Levels>;
if (values['update-levels']) {
	// Two spaces: the JSON style .prettierrc sets, so `npm run lint` passes on the file written.
	await writeFile(LEVELS_FILE, `${JSON.stringify(raisedLevels(committed, reached), null, 2)}\n`);
	console.log(`\neval: levels raised in ${path.relative(repoRoot, LEVELS_FILE)}`);
}
const drops = levelDrops(committed, reached);
for (const drop of drops) console.error(`eval: below the committed level: ${drop}`);
console.log(`\neval: ${scores.length} filings scored in ${seconds} s; ${failures.length} failed to ingest`);
process.exitCode = failures.length > 0 || drops.length > 0 ? 1 : 0;
