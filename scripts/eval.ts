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
import type { ParseArgsOptionsConfig } from 'node:util';
import { levelDrops, levelsOf, raisedLevels, type Levels } from './lib/eval/levels.ts';
import { missList, perFilingTable, totalsTable } from './lib/eval/report.ts';
import { runEval } from './lib/eval/run-eval.ts';
import { totalTallies } from './lib/eval/score.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine } from './lib/cli-args.ts';

const evalCommandLine = {
	script: 'scripts/eval.ts',
	usage: 'Usage: npm run eval -- [--verbose] [--update-levels]',
	help: `Ingests every filing with a hand-labelled truth file (tests/fixtures/truth/) in memory and scores
what ingest read, field by field; exits 1 when a total falls below the committed levels.

  --verbose, -v    list every miss and wrong value, by filing
  --update-levels  raise tests/unit/extraction-eval.levels.json to today's figures
  --help, -h       print this help`,
	examples: ['npm run eval', 'npm run eval -- --verbose', 'npm run eval -- --update-levels'],
	options: {
		verbose: { type: 'boolean', short: 'v', default: false },
		'update-levels': { type: 'boolean', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

const repoRoot = path.resolve(import.meta.dirname, '..');
const LEVELS_FILE = path.join(repoRoot, 'tests/unit/extraction-eval.levels.json');

const values = readCommandLine(evalCommandLine, () => {
	const parsed = parseCommandLine(process.argv.slice(2), evalCommandLine);
	return parsed === HELP ? HELP : parsed.values;
});

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
