/**
 * Search bench: bytes fetched and time to first results for a few queries, in Chromium, on the
 * default site (content/) and on a synthetic corpus or on copies of the real submissions
 * (scripts/lib/real-text-copies.ts). The synthetic corpus is by default the build bench's:
 * submissions with exhibits as long as real ones (scripts/lib/synthetic-submissions.ts),
 * ingested; `--light` is the content folder of light exhibits (scripts/lib/synthetic-corpus.ts)
 * that this bench measured before 2026-12-03.
 *
 *   npm run bench:search                              # default site + 10,000 real-size synthetic exhibits
 *   npm run bench:search -- --light                   # … 10,000 light synthetic exhibits
 *   npm run bench:search -- --exhibits 2000 --query 'trustee -warrant' --query indenture
 *   npm run bench:search -- --real-copies 10          # default site + the real submissions ×10
 *   npm run bench:search -- --reuse                   # skip builds whose output exists
 *
 * By default it measures six kinds of query a reader types: words on nearly every page with
 * a phrase (the worst case), a phrase of common words with a stop word, a party's name that
 * the corpus holds (one of the synthetic corpus's trustees) and one it does not (no result, so
 * every part is searched), a prefix, and a query with an exclusion.
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
import { writeSyntheticSubmissions } from './lib/synthetic-submissions.ts';
import { MAX_COPIES, writeRealTextCopies } from './lib/real-text-copies.ts';
import { spawnSync } from 'node:child_process';

const TARGET_BYTES = 300 * 1024;
/** The target for the count and filter counts (issue 16, item 3). */
const COUNT_TARGET_BYTES = 1024 * 1024;
const TARGET_MS = 300;

const searchBenchCommandLine = {
	script: 'scripts/search-bench.ts',
	usage: 'Usage: node scripts/search-bench.ts [--exhibits 10000 [--light] | --real-copies N] [--query TEXT]… [--reuse]',
	help: `Measures bytes fetched and time to first results of a few queries in Chromium, on the default site
(content/) and on a synthetic corpus or on copies of the real submissions.
Targets: under ${TARGET_BYTES / 1024} kB to first results, under ${TARGET_MS} ms warm.

  --exhibits N      exhibits in the synthetic corpus (default 10000), as long as real ones
  --light           the light synthetic corpus instead (~7.5 kB of text per exhibit), written as content
  --real-copies N   instead of it, the real submissions of tests/fixtures (samples, seed) N times
                    under new accession numbers, ingested (N from 1 to 99)
  --query TEXT      a query to measure; repeat for several (default: six kinds of query a reader types)
  --reuse           skip builds (and ingests) whose output exists under .cache/bench-search/
  --help, -h        print this help`,
	examples: [
		'npm run bench:search',
		'npm run bench:search -- --light',
		"npm run bench:search -- --exhibits 2000 --query 'trustee -warrant' --query indenture",
		'npm run bench:search -- --real-copies 10',
		'npm run bench:search -- --reuse',
	],
	options: {
		exhibits: { type: 'string', default: '10000' },
		light: { type: 'boolean', default: false },
		'real-copies': { type: 'string' },
		query: {
			type: 'string',
			multiple: true,
			default: [
				'"senior subordinated" trustee',
				'"events of default"',
				'Lakeshore Trust',
				'Wilmington Trust',
				'subordinat*',
				'indenture -warrant',
			],
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
	const given = parsed.values['real-copies'];
	const realCopies = given === undefined ? undefined : Number(given);
	if (realCopies !== undefined && !(Number.isInteger(realCopies) && realCopies >= 1 && realCopies <= MAX_COPIES)) {
		throw new UsageError(
			`--real-copies must be a whole number from 1 to ${MAX_COPIES}, got "${given}". Example: --real-copies 10.`,
		);
	}
	if (realCopies !== undefined && parsed.values.light) {
		throw new UsageError(
			'--light is a kind of synthetic corpus; --real-copies measures the real submissions instead. Pass one of them.',
		);
	}
	return { ...parsed.values, exhibits, realCopies };
}

const args = readCommandLine(searchBenchCommandLine, () => parseSearchBenchOptions(process.argv.slice(2)));
const { exhibits, realCopies } = args;
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
// Not `synthetic-N`: that folder held the light corpus until 2026-12-03, and --reuse would take it as real-size.
const corpusName =
	realCopies !== undefined ? `real-${realCopies}` : `${args.light ? 'light' : 'real-size'}-${exhibits}`;
const corpusLabel =
	realCopies !== undefined
		? `real submissions ×${realCopies}`
		: `synthetic, ${exhibits} ${args.light ? 'light' : 'real-size'} exhibits`;

/** Ingest the raw submissions in `raw` into the content folder `content`, as a user does (`npm run ingest`). */
function ingestInto(raw: string, content: string, label: string) {
	const started = performance.now();
	const ingest = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'ingest.ts'), '-q', raw], {
		cwd: repoRoot,
		env: { ...process.env, CONTENT_DIR: content },
		encoding: 'utf8',
	});
	if (ingest.status !== 0) throw new Error(`Ingesting ${raw} failed (exit ${ingest.status}):\n${ingest.stderr}`);
	console.log(`${label}: ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The real submissions `copies` times, ingested. */
async function realTextContent(copies: number): Promise<string> {
	const content = path.join(benchDir, `real-${copies}-content`);
	if (args.reuse && existsSync(content)) return content;
	const raw = path.join(benchDir, `real-${copies}-raw`);
	const files = await writeRealTextCopies(repoRoot, raw, copies);
	ingestInto(raw, content, `real-${copies}: ${files} raw files`);
	return content;
}

/** The synthetic corpus: the build bench's real-size submissions, ingested, or with --light the light content folder. */
async function syntheticContent(): Promise<string> {
	const content = path.join(benchDir, `${corpusName}-content`);
	if (args.reuse && existsSync(content)) return content;
	if (args.light) {
		const stats = await writeSyntheticCorpus(content, { exhibits });
		console.log(
			`${corpusName}: wrote ${stats.filings} filings, ${stats.exhibits} exhibits, ` +
				`${stats.parties} parties, ${stats.instruments} instruments`,
		);
		return content;
	}
	const raw = path.join(benchDir, `${corpusName}-raw`);
	const written = await writeSyntheticSubmissions(raw, { exhibits });
	ingestInto(raw, content, `${corpusName}: ${written.filings} filings, ${written.exhibits} exhibits`);
	return content;
}

const corpusDist = await build(
	corpusName,
	realCopies === undefined ? await syntheticContent() : await realTextContent(realCopies),
);

const browser = await launchChromium();
try {
	for (const [name, dist] of [
		['default site', defaultDist],
		[corpusLabel, corpusDist],
	] as const) {
		const rows: [string, ...Cell[]][] = [];
		for (const query of args.query) {
			const { cold, warm } = await measureSearch(browser, dist, query);
			rows.push([
				query,
				cold.exactCount ? cold.results : `≤ ${cold.results}`,
				`${kB(cold.firstResultBytes)} ${cold.firstResultBytes < TARGET_BYTES ? 'ok' : 'OVER'}`,
				`${kB(cold.searchBytes)} ${cold.searchBytes < COUNT_TARGET_BYTES ? 'ok' : 'OVER'}`,
				`${cold.firstResultMs.toFixed(0)} ms`,
				`${warm.firstResultMs.toFixed(0)} ms ${warm.firstResultMs < TARGET_MS ? 'ok' : 'OVER'}`,
			]);
		}
		console.log(
			`\n${name} (targets: under ${TARGET_BYTES / 1024} kB to first results, ${COUNT_TARGET_BYTES / 1024} kB with filter counts, under ${TARGET_MS} ms warm)\n`,
		);
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
