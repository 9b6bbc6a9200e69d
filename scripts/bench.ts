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
 *
 * Everything is written under .cache/bench/ (raw-N, content-N, dist-N, baseline-{default,unified}-N)
 * and each run's numbers are also saved as .cache/bench/results-N.json. Progress goes to stderr,
 * the table to stdout. docs/scaling.md records the measured tables and what they mean.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { repoRoot } from './lib/build-site.ts';
import { BASELINE_CACHE_DIR, type BaselineProcessor, writeBaselineProject } from './lib/bench-baseline.ts';
import { measurePageWeight, type PageWeight } from './lib/bench-page-weight.ts';
import { sequentialRuns, sequentialStages, splitSubmissions } from './lib/bench-shards.ts';
import { type MeasuredRun, runMeasured } from './lib/bench-process.ts';
import { measureSearch, type SearchMeasurement } from './lib/bench-search.ts';
import { type BuildStages, buildStages } from './lib/bench-stages.ts';
import { type Cell, formatTable, kilobytes, megabytes, ratio, seconds } from './lib/bench-table.ts';
import { mergeShardBuilds } from './lib/shard-merge.ts';
import { DEFAULT_SEED, syntheticSubmission, writeSyntheticSubmissions } from './lib/synthetic-submissions.ts';

const { values: args } = parseArgs({
	options: {
		exhibits: { type: 'string', default: '1000' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		query: { type: 'string', default: '"senior subordinated" trustee' },
		'skip-baseline': { type: 'boolean', default: false },
		'baseline-runs': { type: 'string', default: '2' },
		'skip-search': { type: 'boolean', default: false },
		incremental: { type: 'boolean', default: false },
		content: { type: 'string' },
		shards: { type: 'string', default: '1' },
		'max-old-space-size': { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = args.exhibits.split(',').map((size) => Number(size.replaceAll('_', '').trim()));
for (const [i, size] of sizes.entries()) {
	if (!Number.isInteger(size) || size < 1) throw new Error(`--exhibits takes whole numbers above zero separated by commas, got "${args.exhibits.split(',')[i]}". Example: --exhibits 1000,10000.`);
}
if (args.content && (args.incremental || sizes.length > 1)) {
	throw new Error('--content builds one given folder as it is: use it with one --exhibits size (its exhibit count) and without --incremental, which would add a filing to it.');
}
const shardCount = Number(args.shards);
if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`--shards takes a whole number above zero, got "${args.shards}". Example: --shards 8.`);
if (shardCount > 1 && (args.content || args.incremental)) throw new Error('--shards generates and splits its own corpus: use it without --content and --incremental.');
const baselineRuns = Number(args['baseline-runs']);
if (!Number.isInteger(baselineRuns) || baselineRuns < 1) throw new Error(`--baseline-runs takes a whole number above zero, got "${args['baseline-runs']}". Example: --baseline-runs 3.`);
const seed = Number(args.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got "${args.seed}". Example: --seed 7.`);

const benchDir = path.join(repoRoot, '.cache', 'bench');
const node = process.execPath;
const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const buildEnv = {
	ASTRO_TELEMETRY_DISABLED: '1',
	NO_COLOR: '1',
	...(args['max-old-space-size'] ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${args['max-old-space-size']}`.trim() } : {}),
};

/** Sum of file sizes under `dir`. */
async function folderBytes(dir: string): Promise<number> {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
	}
	return total;
}

/** Fail loudly with the end of the log: a bench number from a failed build would be a lie. */
function mustSucceed(what: string, run: MeasuredRun): MeasuredRun {
	if (run.code !== 0) {
		const tail = run.lines.slice(-40).map((line) => line.text).join('\n');
		throw new Error(`${what} failed (exit ${run.code}) after ${seconds(run.wallMs)}:\n${tail}\nRe-run with a smaller --exhibits, or raise --max-old-space-size if it ran out of memory.`);
	}
	return run;
}

/** Bytes and time to first results of one cold search over a built site, unless --skip-search. */
async function coldSearch(site: string): Promise<SearchMeasurement | undefined> {
	if (args['skip-search']) return undefined;
	log(`searching ${path.relative(repoRoot, site)} in Chromium…`);
	const browser = await launchChromium();
	try {
		return (await measureSearch(browser, site, args.query)).cold;
	} finally {
		await browser.close();
	}
}

async function ingest(contentDir: string, input: string) {
	return mustSucceed(`Ingesting ${input}`, await runMeasured(node, [path.join(repoRoot, 'scripts', 'ingest.ts'), '-q', input], { cwd: repoRoot, env: { ...buildEnv, CONTENT_DIR: contentDir } }));
}

async function astroBuild(what: string, cwd: string, outDir: string, env: Record<string, string>, extra: string[] = []) {
	log(`${what}…`);
	const run = mustSucceed(what, await runMeasured(node, [astroBin, 'build', '--outDir', outDir, ...extra], { cwd, env: { ...buildEnv, ...env } }));
	log(`${what}: ${seconds(run.wallMs)}, peak RSS ${megabytes(run.peakRss)}`);
	return { run, stages: buildStages(run.lines) };
}

/**
 * The bare-Astro floor of one size, with Astro's default Markdown processor and with the unified
 * one our toolchain uses: the fastest of its clean runs, and every run's wall time.
 */
interface Baseline {
	processor: BaselineProcessor;
	run: MeasuredRun;
	stages: BuildStages;
	pages: number;
	distBytes: number;
	runWallMs: number[];
}

const BASELINE_PROCESSORS: BaselineProcessor[] = ['default', 'unified'];
const BASELINE_LABELS: Record<BaselineProcessor, string> = { default: 'bare Astro', unified: 'bare Astro, unified' };

/**
 * Wall times on a shared 2-core machine vary from run to run (only ever upward, by other work):
 * the fastest of a few clean runs — no output, no cache, no content store — is the floor we
 * compare with.
 */
async function buildBaseline(exhibits: number, contentDir: string, processor: BaselineProcessor): Promise<Baseline> {
	const project = path.join(benchDir, `baseline-${processor}-${exhibits}`);
	const pages = await writeBaselineProject(project, contentDir, repoRoot, processor);
	const baseOut = path.join(project, 'dist');
	const runs: { run: MeasuredRun; stages: BuildStages }[] = [];
	for (let i = 0; i < baselineRuns; i++) {
		for (const dir of [baseOut, path.join(project, BASELINE_CACHE_DIR), path.join(project, '.astro')]) await rm(dir, { recursive: true, force: true });
		runs.push(await astroBuild(`${BASELINE_LABELS[processor]}, ${pages} pages, run ${i + 1} of ${baselineRuns}`, project, baseOut, {}));
	}
	const fastest = runs.reduce((best, r) => (r.run.wallMs < best.run.wallMs ? r : best));
	const baseline = { processor, ...fastest, pages, distBytes: await folderBytes(baseOut), runWallMs: runs.map((r) => r.run.wallMs) };
	if (!args.keep) await rm(project, { recursive: true, force: true });
	return baseline;
}

interface SizeResult {
	exhibits: number;
	filings: number;
	/** Unset when the bench built a content folder given with --content. */
	rawBytes?: number;
	generateMs?: number;
	ingest?: MeasuredRun;
	build: { run: MeasuredRun; stages: BuildStages };
	distBytes: number;
	pagefindBytes: number;
	pageWeight: PageWeight;
	search?: SearchMeasurement;
	baselines: Baseline[];
	incremental?: { ingest: MeasuredRun; build: { run: MeasuredRun; stages: BuildStages } } | { failed: string };
	/** Built as this many shards, one after another, and merged (--shards). */
	shards?: number;
}

async function benchSize(exhibits: number): Promise<SizeResult> {
	const raw = path.join(benchDir, `raw-${exhibits}`);
	const given = args.content ? path.resolve(args.content) : undefined;
	const contentDir = given ?? path.join(benchDir, `content-${exhibits}`);
	const outDir = path.join(benchDir, `dist-${exhibits}`);
	const cacheDir = path.join(benchDir, `astro-cache-${exhibits}`);
	for (const dir of [...(given ? [] : [contentDir]), outDir, cacheDir]) await rm(dir, { recursive: true, force: true });

	let generated: { filings: number; bytes?: number };
	let generateMs: number | undefined;
	let ingestRun: MeasuredRun | undefined;
	if (given) {
		// A folder ingested before (a 100,000-exhibit ingest is worth doing once): build it as is.
		generated = { filings: (await readdir(path.join(given, 'filings'))).filter((f) => f.endsWith('.yaml')).length };
		log(`${exhibits} exhibits: building the content folder ${given} (${generated.filings} filings) without generating or ingesting`);
	} else {
		log(`${exhibits} exhibits: writing submissions to ${path.relative(repoRoot, raw)}…`);
		const started = performance.now();
		const written = await writeSyntheticSubmissions(raw, { exhibits, seed });
		generated = written;
		generateMs = performance.now() - started;
		log(`${written.filings} filings, ${megabytes(written.bytes)} in ${seconds(generateMs)}; ingesting…`);
		if (shardCount > 1) return benchSharded(exhibits, raw, { filings: written.filings, bytes: written.bytes, generateMs });
		ingestRun = await ingest(contentDir, raw);
		log(`ingest: ${seconds(ingestRun.wallMs)}`);
	}

	const build = await astroBuild(`building ${exhibits} exhibits`, repoRoot, outDir, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir });
	const distBytes = await folderBytes(outDir);
	// Past PAGEFIND_MAX_PAGES the index is in parts: the first in pagefind/, the others in _shards/.
	const pagefindBytes = (await folderBytes(path.join(outDir, 'pagefind'))) + (await folderBytes(path.join(outDir, '_shards')));
	// Every page up to 2,000, then a systematic sample: the distribution is what matters.
	const pageWeight = await measurePageWeight(outDir, contentDir, Math.max(1, Math.floor(exhibits / 2000)));

	const search = await coldSearch(outDir);

	const baselines: Baseline[] = [];
	if (!args['skip-baseline']) for (const processor of BASELINE_PROCESSORS) baselines.push(await buildBaseline(exhibits, contentDir, processor));

	let incremental: SizeResult['incremental'];
	if (args.incremental) {
		// One more filing of the same corpus, ingested into the built content folder, rebuilt
		// into the same outDir with the same Astro cache. A failure here is a finding, not a
		// reason to lose the full build's numbers: it is reported in the table.
		const extra = syntheticSubmission(generated.filings + 1, { exhibits, seed });
		const extraDir = path.join(benchDir, `raw-${exhibits}-added`);
		await rm(extraDir, { recursive: true, force: true });
		await mkdir(extraDir, { recursive: true });
		await writeFile(path.join(extraDir, extra.name), extra.text);
		try {
			const added = await ingest(contentDir, extraDir);
			const rebuilt = await astroBuild(`rebuilding with one more filing (${extra.exhibits} exhibits)`, repoRoot, outDir, { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir });
			incremental = { ingest: added, build: rebuilt };
		} catch (error) {
			log(`the rebuild failed: ${(error as Error).message}`);
			incremental = { failed: (error as Error).message.split('\n')[0]! };
		}
	}

	if (!args.keep) for (const dir of [raw, ...(given ? [] : [contentDir]), outDir, cacheDir]) await rm(dir, { recursive: true, force: true });
	return { exhibits, filings: generated.filings, rawBytes: generated.bytes, generateMs, ingest: ingestRun, build, distBytes, pagefindBytes, pageWeight, search, baselines, incremental };
}

/**
 * --shards: split the generated submissions by registrant, ingest and build each shard into
 * its own folders, merge the builds into one site, and measure that site. Page weight is read
 * from the first shard (its pages and its content folder); no baseline (it needs one folder).
 */
async function benchSharded(exhibits: number, raw: string, generated: { filings: number; bytes: number; generateMs: number }): Promise<SizeResult> {
	const work = path.join(benchDir, `shards-${exhibits}`);
	const outDir = path.join(benchDir, `dist-${exhibits}`);
	await rm(work, { recursive: true, force: true });
	const inputs = await splitSubmissions(raw, path.join(work, 'raw'), shardCount);
	const ingests: MeasuredRun[] = [];
	const builds: { run: MeasuredRun; stages: BuildStages }[] = [];
	const shardBuilds: { name: string; dist: string }[] = [];
	for (const [n, input] of inputs.entries()) {
		const name = path.basename(input);
		const content = path.join(work, `content-${name}`);
		ingests.push(await ingest(content, input));
		log(`${name}: ingest ${seconds(ingests.at(-1)!.wallMs)}`);
		const dist = path.join(work, `dist-${name}`);
		builds.push(await astroBuild(`building ${name} of ${shardCount}`, repoRoot, dist, { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, `cache-${name}`) }));
		shardBuilds.push({ name: n === 0 ? 'primary' : name, dist });
	}
	const merging = performance.now();
	await mergeShardBuilds(outDir, shardBuilds);
	log(`merged ${shardCount} shards in ${seconds(performance.now() - merging)}`);
	const build = { run: sequentialRuns(builds.map((b) => b.run)), stages: sequentialStages(builds.map((b) => b.stages)) };
	const pageWeight = await measurePageWeight(shardBuilds[0]!.dist, path.join(work, 'content-shard-1'), Math.max(1, Math.floor(exhibits / shardCount / 2000)));
	const search = await coldSearch(outDir);
	const distBytes = await folderBytes(outDir);
	const pagefindBytes = (await folderBytes(path.join(outDir, 'pagefind'))) + (await folderBytes(path.join(outDir, '_shards')));
	if (!args.keep) for (const dir of [raw, work, outDir]) await rm(dir, { recursive: true, force: true });
	return { exhibits, filings: generated.filings, rawBytes: generated.bytes, generateMs: generated.generateMs, ingest: sequentialRuns(ingests), build, distBytes, pagefindBytes, pageWeight, search, baselines: [], shards: shardCount };
}

/** The table: per size, a column for our build, then bare Astro when measured. */
function table(results: SizeResult[]): string {
	const columns: string[] = [];
	const rows = new Map<string, Cell[]>();
	for (const r of results) {
		const at = columns.length;
		const variants = [
			{ label: `${r.exhibits.toLocaleString('en-US')} ours${r.shards ? `, ${r.shards} shards` : ''}`, ours: true, build: r.build, distBytes: r.distBytes, pagefindBytes: r.pagefindBytes, pageWeight: r.pageWeight, exhibits: r.exhibits },
			...r.baselines.map((b) => ({ label: BASELINE_LABELS[b.processor], ours: false, build: b, baseline: b, distBytes: b.distBytes, pagefindBytes: undefined, pageWeight: undefined, exhibits: r.exhibits })),
		];
		columns.push(...variants.map((v) => v.label));
		const floor = (processor: BaselineProcessor) => r.baselines.find((b) => b.processor === processor)?.run;
		const row = (label: string, cell: (v: (typeof variants)[number], i: number) => Cell) => {
			const cells = rows.get(label) ?? [];
			variants.forEach((v, i) => (cells[at + i] = cell(v, i)));
			rows.set(label, cells);
		};
		const first = (value: Cell) => (_: unknown, i: number) => (i === 0 ? value : undefined);
		row('filings / exhibits', (v) => (v.ours ? `${r.filings} / ${v.exhibits}` : `– / ${v.exhibits}`));
		row('raw submissions', first(megabytes(r.rawBytes)));
		row('ingest wall', first(seconds(r.ingest?.wallMs)));
		row('ingest peak RSS', first(megabytes(r.ingest?.peakRss)));
		row('build: startup', (v) => seconds(v.build.stages.startup));
		row('build: content sync', (v) => seconds(v.build.stages.contentSync));
		row('build: vite bundle', (v) => seconds(v.build.stages.vite));
		row('build: page generation', (v) => seconds(v.build.stages.pages));
		row('build: url-contract hook', (v) => (v.ours ? seconds(v.build.stages.urlContract) : undefined));
		row('build: pagefind hook', (v) => (v.ours ? seconds(v.build.stages.pagefind) : undefined));
		row('build wall', (v) => seconds(v.build.run.wallMs));
		row('bare Astro runs (fastest shown)', (v) => ('baseline' in v ? v.baseline.runWallMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ') : undefined));
		row('pages built', (v) => v.build.stages.pageCount);
		row('pages / s', (v) => (v.build.stages.pageCount ? (v.build.stages.pageCount / (v.build.run.wallMs / 1000)).toFixed(0) : undefined));
		row('exhibits / s', (v) => (v.exhibits / (v.build.run.wallMs / 1000)).toFixed(0));
		row('peak RSS (one process)', (v) => megabytes(v.build.run.peakRss));
		row('peak RSS (all processes)', (v) => megabytes(v.build.run.peakTreeRss));
		for (const processor of BASELINE_PROCESSORS) {
			row(`build time / ${BASELINE_LABELS[processor]}`, (v) => (v.ours ? ratio(v.build.run.wallMs, floor(processor)?.wallMs) : undefined));
			row(`peak RSS / ${BASELINE_LABELS[processor]}`, (v) => (v.ours ? ratio(v.build.run.peakRss, floor(processor)?.peakRss) : undefined));
		}
		row('dist/ bytes', (v) => megabytes(v.distBytes));
		row('pagefind/ bytes', (v) => megabytes(v.pagefindBytes));
		row('search: bytes to first results', first(kilobytes(r.search?.firstResultBytes)));
		row('search: bytes with filter counts', first(kilobytes(r.search?.searchBytes)));
		row('search: ms to first results', first(r.search ? r.search.firstResultMs.toFixed(0) : undefined));
		row('page weight over text, median', (v) => kilobytes(v.pageWeight?.medianOverhead));
		row('page weight over text, worst', (v) => kilobytes(v.pageWeight?.worstOverhead));
		row('inline JS per page, max', (v) => kilobytes(v.pageWeight?.maxInlineScriptBytes));
		const rebuilt = r.incremental && 'build' in r.incremental ? r.incremental : undefined;
		row('rebuild +1 filing: ingest', first(seconds(rebuilt?.ingest.wallMs)));
		row('rebuild +1 filing: build', first(r.incremental && 'failed' in r.incremental ? 'FAILED' : seconds(rebuilt?.build.run.wallMs)));
		row('rebuild / full build', first(ratio(rebuilt?.build.run.wallMs, r.build.run.wallMs)));
	}
	return formatTable(
		columns,
		[...rows].map(([label, cells]) => [label, ...columns.map((_, i) => cells[i])] as const),
	);
}

const results: SizeResult[] = [];
for (const size of sizes) {
	const result = await benchSize(size);
	results.push(result);
	// Keep the numbers without the log lines: small, and enough to redraw the table.
	const { ingest: ingestRun, build, baselines, incremental, ...rest } = result;
	const summary = (run: MeasuredRun) => ({ code: run.code, wallMs: run.wallMs, peakRss: run.peakRss, peakTreeRss: run.peakTreeRss, rssSource: run.rssSource });
	await writeFile(
		path.join(benchDir, `results-${size}.json`),
		JSON.stringify(
			{
				...rest,
				seed,
				content: args.content,
				maxOldSpaceSize: args['max-old-space-size'],
				ingest: ingestRun && summary(ingestRun),
				build: { ...summary(build.run), stages: build.stages },
				baselines: baselines.map((b) => ({ processor: b.processor, ...summary(b.run), stages: b.stages, pages: b.pages, distBytes: b.distBytes, runWallMs: b.runWallMs })),
				incremental: incremental && ('failed' in incremental ? incremental : { ingest: summary(incremental.ingest), build: { ...summary(incremental.build.run), stages: incremental.build.stages } }),
			},
			null,
			'\t',
		),
	);
}
const rss = results[0]!.build.run.rssSource === 'gnu-time' ? 'GNU time %M' : 'polled /proc VmHWM';
console.log(`\nFiled Herewith build bench — seed ${seed}, query ${args.query}${args.content ? `, content from ${args.content}` : ''}${args['max-old-space-size'] ? `, --max-old-space-size=${args['max-old-space-size']}` : ''}; peak RSS by ${rss}\n`);
console.log(table(results));
