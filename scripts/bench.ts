/**
 * Build bench: a synthetic corpus of raw EDGAR submissions at chosen sizes, through ingest and
 * the full build (Astro + Pagefind), beside bare Astro builds of the same pages (Astro's default
 * Markdown processor, and the unified one our toolchain uses); one table of wall time per
 * stage, pages/s, peak RSS, output bytes, search bytes and page weight.
 *
 *   npm run bench -- --exhibits 1000,10000            # sizes, comma-separated
 *   npm run bench -- --exhibits 1000 --seed 7         # another corpus of the same size
 *   npm run bench -- --exhibits 1000 --incremental    # + add one filing, re-ingest, rebuild
 *   npm run bench -- --exhibits 10000 --baseline-runs 1   # one clean run of each baseline (default 2, fastest kept)
 *   npm run bench -- --exhibits 100000 --skip-baseline    # one build of 100,000 exhibits
 *   npm run bench -- --exhibits 100000 --content .cache/content-100000 --skip-baseline  # build an ingested folder
 *   npm run bench -- --exhibits 100000 --shards 8     # split by registrant, build each, merge
 *   npm run bench -- --keep                           # keep .cache/bench/ outputs for a look
 *   npm run bench -- --help                           # every option
 *
 * Everything is written under .cache/bench/ (raw-N, content-N, dist-N, baseline-{default,unified}-N)
 * and each run's numbers are also saved as .cache/bench/results-N.json. Progress goes to stderr,
 * the table to stdout. docs/scaling.md records the measured tables and what they mean.
 *
 * The options are read by scripts/lib/bench-options.ts, the runs made by scripts/lib/bench-run.ts
 * and the table drawn by scripts/lib/bench-report.ts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchCommandLine, parseBenchOptions } from './lib/bench-options.ts';
import { benchHeading, benchTable, resultsJson } from './lib/bench-report.ts';
import { benchDir, benchSize, type SizeResult } from './lib/bench-run.ts';
import { readCommandLine } from './lib/cli-args.ts';

const options = readCommandLine(benchCommandLine, () => parseBenchOptions(process.argv.slice(2)));
const results: SizeResult[] = [];
for (const size of options.sizes) {
	const result = await benchSize(options, size);
	results.push(result);
	await writeFile(path.join(benchDir, `results-${size}.json`), resultsJson(options, result));
}
console.log(benchHeading(options, results));
console.log(benchTable(results));
for (const { exhibits, baselineFailures = [] } of results) {
	for (const { processor, error } of baselineFailures) {
		// The cause, not the bench's own "failed (exit 1)" line: e.g. "RangeError: Invalid string length".
		const cause = error.split('\n').find((line) => /\w*Error\b/.test(line) && !line.includes('failed (exit')) ?? error;
		console.log(`\nBare Astro (${processor}) did not build ${exhibits} exhibits: ${cause.trim()}`);
	}
}
