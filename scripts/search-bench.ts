/**
 * Search bench: bytes fetched and time to first results for a few queries, in Chromium, on the
 * default site (content/) and on a synthetic corpus (scripts/lib/synthetic-corpus.ts).
 *
 *   npm run bench:search                              # default site + 10,000 synthetic exhibits
 *   npm run bench:search -- --exhibits 2000 --query 'trustee -warrant' --query indenture
 *   npm run bench:search -- --reuse                   # skip builds whose output exists
 *
 * By default it measures four kinds of query a reader types: words on nearly every page with
 * a phrase (the worst case), a selective phrase beside a common word, a party's name, and a
 * prefix.
 *
 * Each site is built like a user builds it (scripts/lib/build-site.ts) and measured by
 * scripts/lib/bench-search.ts (shared with `npm run bench`). Targets:
 * under 300 kB transferred and under 300 ms to first results.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { buildSite, repoRoot } from './lib/build-site.ts';
import { measureSearch } from './lib/bench-search.ts';
import { type Cell, formatTable } from './lib/bench-table.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.ts';

const TARGET_BYTES = 300 * 1024;
const TARGET_MS = 300;

const searchBenchCommandLine = {
	script: 'scripts/search-bench.ts',
	usage: 'Usage: node scripts/search-bench.ts [--exhibits 10000] [--query TEXT]… [--reuse]',
	help: `Measures bytes fetched and time to first results of a few queries in Chromium, on the default site
(content/) and on a synthetic corpus.
Targets: under ${TARGET_BYTES / 1024} kB to first results, under ${TARGET_MS} ms warm.

  --exhibits N   exhibits in the synthetic corpus (default 10000)
  --query TEXT   a query to measure; repeat for several (default: four kinds of query a reader types)
  --reuse        skip builds whose output exists under .cache/bench-search/
  --help, -h     print this help`,
	examples: [
		'npm run bench:search',
		"npm run bench:search -- --exhibits 2000 --query 'trustee -warrant' --query indenture",
		'npm run bench:search -- --reuse',
	],
	options: {
		exhibits: { type: 'string', default: '10000' },
		query: {
			type: 'string',
			multiple: true,
			default: ['"senior subordinated" trustee', '"Harbor Energy" indenture', 'Summit Financial', 'subordinat*'],
		},
		reuse: { type: 'boolean', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

/** The options, with --exhibits as a number; a count that is not one throws a UsageError. */
function parseSearchBenchOptions(argv: string[]) {
	const parsed = parseCommandLine(argv, searchBenchCommandLine);
	if (parsed === HELP) return HELP;
	const exhibits = Number(parsed.values.exhibits);
	if (!Number.isInteger(exhibits) || exhibits < 1) {
		throw new UsageError(
			`--exhibits must be a whole number above zero, got "${parsed.values.exhibits}". Example: --exhibits 10000.`,
		);
	}
	return { ...parsed.values, exhibits };
}

const args = readCommandLine(searchBenchCommandLine, () => parseSearchBenchOptions(process.argv.slice(2)));
const { exhibits } = args;
const benchDir = path.join(repoRoot, '.cache', 'bench-search');

async function build(name: string, contentDir: string): Promise<string> {
	const outDir = path.join(benchDir, `${name}-dist`);
	if (args.reuse && existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))) {
		console.log(`${name}: reusing ${path.relative(repoRoot, outDir)}`);
		return outDir;
	}
	const started = performance.now();
	const result = await buildSite({ contentDir, outDir, cacheDir: path.join(benchDir, `astro-${name}`) });
	if (result.code !== 0) {
		throw new Error(`Building ${name} from ${contentDir} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
	}
	const pages = /Pagefind indexed (\d+) pages/.exec(result.output)?.[1] ?? '?';
	console.log(`${name}: built ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return outDir;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const defaultDist = await build('default', path.join(repoRoot, 'content'));
const syntheticContent = path.join(benchDir, `synthetic-${exhibits}-content`);
if (!(args.reuse && existsSync(syntheticContent))) {
	const stats = await writeSyntheticCorpus(syntheticContent, { exhibits });
	console.log(
		`synthetic-${exhibits}: wrote ${stats.filings} filings, ${stats.exhibits} exhibits, ` +
			`${stats.parties} parties, ${stats.instruments} instruments`,
	);
}
const syntheticDist = await build(`synthetic-${exhibits}`, syntheticContent);

const browser = await launchChromium();
try {
	for (const [name, dist] of [
		['default site', defaultDist],
		[`synthetic, ${exhibits} exhibits`, syntheticDist],
	] as const) {
		const rows: [string, ...Cell[]][] = [];
		for (const query of args.query) {
			const { cold, warm } = await measureSearch(browser, dist, query);
			rows.push([
				query,
				cold.results,
				`${kB(cold.firstResultBytes)} ${cold.firstResultBytes < TARGET_BYTES ? 'ok' : 'OVER'}`,
				kB(cold.searchBytes),
				`${cold.firstResultMs.toFixed(0)} ms`,
				`${warm.firstResultMs.toFixed(0)} ms ${warm.firstResultMs < TARGET_MS ? 'ok' : 'OVER'}`,
			]);
		}
		console.log(`\n${name} (targets: under ${TARGET_BYTES / 1024} kB to first results, under ${TARGET_MS} ms warm)\n`);
		console.log(
			formatTable(
				['results', 'kB to first results', 'kB with filter counts', 'first results, cold', 'first results, warm'],
				rows,
			),
		);
	}
} finally {
	await browser.close();
}
