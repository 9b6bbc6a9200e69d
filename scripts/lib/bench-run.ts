/**
 * The build bench's measured runs (scripts/bench.ts): for one corpus size, generate raw
 * submissions, ingest them, build the site (or build it in shards and merge), measure its bytes,
 * page weight and one cold search, build the bare-Astro baselines, and optionally add one
 * filing and rebuild. Child processes are timed by scripts/lib/bench-process.ts; the table is
 * drawn by scripts/lib/bench-report.ts. Everything is written under .cache/bench/.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './chromium.ts';
import { repoRoot } from './build-site.ts';
import { BASELINE_CACHE_DIR, type BaselineProcessor, writeBaselineProject } from './bench-baseline.ts';
import type { BenchOptions } from './bench-options.ts';
import { measurePageWeight, type PageWeight } from './bench-page-weight.ts';
import { sequentialRuns, sequentialStages, splitSubmissions } from './bench-shards.ts';
import { type MeasuredRun, runMeasured } from './bench-process.ts';
import { measureSearch, type SearchMeasurement } from './bench-search.ts';
import { type BuildStages, buildStages } from './bench-stages.ts';
import { exhibitTextLengths, type TextStatistics, textStatistics } from './bench-text-statistics.ts';
import { megabytes, seconds } from './bench-table.ts';
import { mergeShardBuilds } from './shard-merge.ts';
import { AFTER_EVERY_DATE, syntheticSubmission, writeSyntheticSubmissions } from './synthetic-submissions.ts';

export const benchDir = path.join(repoRoot, '.cache', 'bench');
const node = process.execPath;
const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/** One timed `astro build`: the process and its stages. */
export interface MeasuredBuild {
	run: MeasuredRun;
	stages: BuildStages;
}

/**
 * The bare-Astro floor of one size, with Astro's default Markdown processor and with the unified
 * one our toolchain uses: the fastest of its clean runs, and every run's wall time.
 */
export interface Baseline extends MeasuredBuild {
	processor: BaselineProcessor;
	pages: number;
	distBytes: number;
	runWallMs: number[];
}

export const BASELINE_LABELS: Record<BaselineProcessor, string> = {
	default: 'bare Astro',
	unified: 'bare Astro, unified',
};

export interface SizeResult {
	exhibits: number;
	filings: number;
	/** How long the built exhibits' texts are (bytes of Markdown body). */
	text?: TextStatistics;
	/** Unset when the bench built a content folder given with --content. */
	rawBytes?: number;
	generateMs?: number;
	ingest?: MeasuredRun;
	build: MeasuredBuild;
	distBytes: number;
	pagefindBytes: number;
	pageWeight: PageWeight;
	search?: SearchMeasurement;
	baselines: Baseline[];
	/**
	 * Baselines that could not build these pages, with why: bare Astro keeps every body's HTML in
	 * one content-store string, which V8 caps (~512 MB; docs/scaling.md), so it fails on large
	 * realistic corpora. A failure is a result, printed under the table, not the end of the run.
	 */
	baselineFailures?: { processor: BaselineProcessor; error: string }[];
	/** --incremental: the rebuilds after one more filing, in the order of ADDED_FILINGS. */
	incremental?: Rebuild[];
	/** The same content built again with READING_AIDS=off (--reading-aids-cost): what the reading aids cost. */
	withoutReadingAids?: MeasuredBuild;
	/** Built as this many shards, one after another, and merged (--shards). */
	shards?: number;
}

/**
 * The filings --incremental adds, one after the other: one dated as the corpus's filings are
 * (with the default seed, 1998: old history arriving, as `npm run fetch -- --referenced` brings
 * it), then one newer than all (a new filing arriving, which also changes the head tier).
 */
export const ADDED_FILINGS = ['corpus-dated', 'newest'] as const;
export type AddedFiling = (typeof ADDED_FILINGS)[number];

/** A rebuild after adding a filing; a failure is a finding, reported in the table. */
export type Rebuild = { added: AddedFiling } & ({ ingest: MeasuredRun; build: MeasuredBuild } | { failed: string });

/** The environment of every child process: no telemetry, no colours, the heap limit asked for. */
function buildEnv(options: BenchOptions): Record<string, string> {
	const heap = options.maxOldSpaceSize;
	return {
		ASTRO_TELEMETRY_DISABLED: '1',
		NO_COLOR: '1',
		...(heap ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heap}`.trim() } : {}),
	};
}

/** Sum of file sizes under `dir`. */
async function folderBytes(dir: string): Promise<number> {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
	}
	return total;
}

/** The search index's bytes: its first part is in pagefind/, the others in _shards/ (src/lib/search/index-parts.ts). */
async function pagefindBytes(outDir: string): Promise<number> {
	return (await folderBytes(path.join(outDir, 'pagefind'))) + (await folderBytes(path.join(outDir, '_shards')));
}

/** Fail loudly with the end of the log: a bench number from a failed build would be a lie. */
function mustSucceed(what: string, run: MeasuredRun): MeasuredRun {
	if (run.code !== 0) {
		const tail = run.lines
			.slice(-40)
			.map((line) => line.text)
			.join('\n');
		throw new Error(
			`${what} failed (exit ${run.code}) after ${seconds(run.wallMs)}:\n${tail}\n` +
				'Re-run with a smaller --exhibits, or raise --max-old-space-size if it ran out of memory.',
		);
	}
	return run;
}

/** Bytes and time to first results of one cold search over a built site, unless --skip-search. */
async function coldSearch(options: BenchOptions, site: string): Promise<SearchMeasurement | undefined> {
	if (options.skipSearch) return undefined;
	log(`searching ${path.relative(repoRoot, site)} in Chromium…`);
	const browser = await launchChromium();
	try {
		return (await measureSearch(browser, site, options.query)).cold;
	} finally {
		await browser.close();
	}
}

async function ingest(options: BenchOptions, contentDir: string, input: string): Promise<MeasuredRun> {
	const script = path.join(repoRoot, 'scripts', 'ingest.ts');
	const env = { ...buildEnv(options), CONTENT_DIR: contentDir };
	return mustSucceed(`Ingesting ${input}`, await runMeasured(node, [script, '-q', input], { cwd: repoRoot, env }));
}

async function astroBuild(
	options: BenchOptions,
	what: string,
	cwd: string,
	outDir: string,
	env: Record<string, string>,
): Promise<MeasuredBuild> {
	log(`${what}…`);
	const args = [astroBin, 'build', '--outDir', outDir];
	const run = mustSucceed(what, await runMeasured(node, args, { cwd, env: { ...buildEnv(options), ...env } }));
	log(`${what}: ${seconds(run.wallMs)}, peak RSS ${megabytes(run.peakRss)}`);
	// Which search index parts were indexed, and what each cost: where a rebuild's time went.
	const indexing = run.lines.find(({ text }) => text.includes('Pagefind indexed'));
	if (indexing) log(indexing.text.replace(/^.*?Pagefind indexed/, 'Pagefind indexed'));
	return { run, stages: buildStages(run.lines) };
}

/**
 * Wall times on a shared 2-core machine vary from run to run (only ever upward, by other work):
 * the fastest of a few clean runs — no output, no cache, no content store — is the floor we
 * compare with.
 */
async function buildBaseline(
	options: BenchOptions,
	exhibits: number,
	contentDir: string,
	processor: BaselineProcessor,
): Promise<Baseline> {
	const project = path.join(benchDir, `baseline-${processor}-${exhibits}`);
	const pages = await writeBaselineProject(project, contentDir, repoRoot, processor);
	const baseOut = path.join(project, 'dist');
	const runs: MeasuredBuild[] = [];
	for (let i = 0; i < options.baselineRuns; i++) {
		for (const dir of [baseOut, path.join(project, BASELINE_CACHE_DIR), path.join(project, '.astro')]) {
			await rm(dir, { recursive: true, force: true });
		}
		const what = `${BASELINE_LABELS[processor]}, ${pages} pages, run ${i + 1} of ${options.baselineRuns}`;
		runs.push(await astroBuild(options, what, project, baseOut, {}));
	}
	const fastest = runs.reduce((best, r) => (r.run.wallMs < best.run.wallMs ? r : best));
	const distBytes = await folderBytes(baseOut);
	const baseline = { processor, ...fastest, pages, distBytes, runWallMs: runs.map((r) => r.run.wallMs) };
	if (!options.keep) await rm(project, { recursive: true, force: true });
	return baseline;
}

/** One size of the bench: every measure of it, in the table's order. */
export async function benchSize(options: BenchOptions, exhibits: number): Promise<SizeResult> {
	const raw = path.join(benchDir, `raw-${exhibits}`);
	const given = options.content ? path.resolve(options.content) : undefined;
	const contentDir = given ?? path.join(benchDir, `content-${exhibits}`);
	const outDir = path.join(benchDir, `dist-${exhibits}`);
	const cacheDir = path.join(benchDir, `astro-cache-${exhibits}`);
	for (const dir of [...(given ? [] : [contentDir]), outDir, cacheDir]) await rm(dir, { recursive: true, force: true });

	let generated: { filings: number; bytes?: number; generateMs?: number };
	let ingestRun: MeasuredRun | undefined;
	if (given) {
		// A folder ingested before (a 100,000-exhibit ingest is worth doing once): build it as is.
		const filings = (await readdir(path.join(given, 'filings'))).filter((f) => f.endsWith('.yaml')).length;
		generated = { filings };
		log(
			`${exhibits} exhibits: building the content folder ${given} (${filings} filings) without generating or ingesting`,
		);
	} else {
		const written = await generate(options, exhibits, raw);
		generated = written;
		if (options.shards > 1) return benchSharded(options, exhibits, raw, written);
		ingestRun = await ingest(options, contentDir, raw);
		log(`ingest: ${seconds(ingestRun.wallMs)}`);
	}

	const text = textStatistics(await exhibitTextLengths(contentDir));
	const env = { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir };
	const build = await astroBuild(options, `building ${exhibits} exhibits`, repoRoot, outDir, env);
	const distBytes = await folderBytes(outDir);
	const indexBytes = await pagefindBytes(outDir);
	// Every page up to 2,000, then a systematic sample: the distribution is what matters.
	const pageWeight = await measurePageWeight(outDir, contentDir, Math.max(1, Math.floor(exhibits / 2000)));

	const withoutReadingAids = options.readingAidsCost
		? await buildWithoutReadingAids(options, exhibits, env, `${outDir}-no-aids`)
		: undefined;

	const search = await coldSearch(options, outDir);

	const baselines: Baseline[] = [];
	const baselineFailures: { processor: BaselineProcessor; error: string }[] = [];
	if (!options.skipBaseline) {
		for (const processor of options.baselines) {
			try {
				baselines.push(await buildBaseline(options, exhibits, contentDir, processor));
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				log(`bare Astro (${processor}) did not build: ${message.split('\n')[0]}`);
				baselineFailures.push({ processor, error: message });
			}
		}
	}

	const rebuilds: Rebuild[] = [];
	if (options.incremental) {
		for (const [i, added] of ADDED_FILINGS.entries())
			rebuilds.push(await addOneFiling(options, exhibits, generated.filings + i + 1, added, env, outDir));
	}

	if (!options.keep) {
		for (const dir of [raw, ...(given ? [] : [contentDir]), outDir, cacheDir])
			await rm(dir, { recursive: true, force: true });
	}
	return {
		exhibits,
		filings: generated.filings,
		text,
		rawBytes: generated.bytes,
		generateMs: generated.generateMs,
		ingest: ingestRun,
		build,
		distBytes,
		pagefindBytes: indexBytes,
		pageWeight,
		search,
		baselines,
		...(baselineFailures.length > 0 ? { baselineFailures } : {}),
		incremental: options.incremental ? rebuilds : undefined,
		withoutReadingAids,
	};
}

/**
 * --reading-aids-cost: the same content folder built once more, right after the full build, with
 * READING_AIDS=off (src/data/reading-aids.ts) into its own output and Astro cache, so that the
 * ratio of the two build times is what the reading aids cost (issue 15: at most 10 % at 10,000).
 */
async function buildWithoutReadingAids(
	options: BenchOptions,
	exhibits: number,
	env: { CONTENT_DIR: string; ASTRO_CACHE_DIR: string },
	outDir: string,
): Promise<MeasuredBuild> {
	const cacheDir = `${env.ASTRO_CACHE_DIR}-no-aids`;
	for (const dir of [outDir, cacheDir]) await rm(dir, { recursive: true, force: true });
	const what = `building ${exhibits} exhibits again without the reading aids`;
	const build = await astroBuild(options, what, repoRoot, outDir, {
		...env,
		ASTRO_CACHE_DIR: cacheDir,
		READING_AIDS: 'off',
	});
	if (!options.keep) for (const dir of [outDir, cacheDir]) await rm(dir, { recursive: true, force: true });
	return build;
}

/** Writes the size's raw submissions, timed. */
async function generate(
	options: BenchOptions,
	exhibits: number,
	raw: string,
): Promise<{ filings: number; bytes: number; generateMs: number }> {
	log(`${exhibits} exhibits: writing submissions to ${path.relative(repoRoot, raw)}…`);
	const started = performance.now();
	const written = await writeSyntheticSubmissions(raw, { exhibits, seed: options.seed, corpus: options.corpus });
	const generateMs = performance.now() - started;
	log(`${written.filings} filings, ${megabytes(written.bytes)} in ${seconds(generateMs)}; ingesting…`);
	return { filings: written.filings, bytes: written.bytes, generateMs };
}

/**
 * --incremental: filing number `n` of the same corpus (`added` says how it is dated), ingested
 * into the built content folder, rebuilt into the same outDir with the same Astro cache. A
 * failure here is a finding, not a reason to lose the full build's numbers.
 */
async function addOneFiling(
	options: BenchOptions,
	exhibits: number,
	n: number,
	added: AddedFiling,
	env: { CONTENT_DIR: string; ASTRO_CACHE_DIR: string },
	outDir: string,
): Promise<Rebuild> {
	const corpus = { exhibits, seed: options.seed, corpus: options.corpus };
	const extra = syntheticSubmission(n, corpus, undefined, added === 'newest' ? AFTER_EVERY_DATE : undefined);
	const extraDir = path.join(benchDir, `raw-${exhibits}-added`);
	await rm(extraDir, { recursive: true, force: true });
	await mkdir(extraDir, { recursive: true });
	await writeFile(path.join(extraDir, extra.name), extra.text);
	try {
		const ingested = await ingest(options, env.CONTENT_DIR, extraDir);
		const what = `rebuilding with one more ${added} filing (${extra.name}, ${extra.exhibits} exhibits)`;
		return { added, ingest: ingested, build: await astroBuild(options, what, repoRoot, outDir, env) };
	} catch (error) {
		log(`the rebuild failed: ${(error as Error).message}`);
		return { added, failed: (error as Error).message.split('\n')[0]! };
	}
}

/**
 * --shards: split the generated submissions by registrant, ingest and build each shard into
 * its own folders, merge the builds into one site, and measure that site. Page weight is read
 * from the first shard (its pages and its content folder); no baseline (it needs one folder).
 */
async function benchSharded(
	options: BenchOptions,
	exhibits: number,
	raw: string,
	generated: { filings: number; bytes: number; generateMs: number },
): Promise<SizeResult> {
	const shardCount = options.shards;
	const work = path.join(benchDir, `shards-${exhibits}`);
	const outDir = path.join(benchDir, `dist-${exhibits}`);
	await rm(work, { recursive: true, force: true });
	const inputs = await splitSubmissions(raw, path.join(work, 'raw'), shardCount);
	const ingests: MeasuredRun[] = [];
	const builds: MeasuredBuild[] = [];
	const lengths: number[] = [];
	const shardBuilds: { name: string; dist: string }[] = [];
	for (const [n, input] of inputs.entries()) {
		const name = path.basename(input);
		const content = path.join(work, `content-${name}`);
		ingests.push(await ingest(options, content, input));
		lengths.push(...(await exhibitTextLengths(content)));
		log(`${name}: ingest ${seconds(ingests.at(-1)!.wallMs)}`);
		const dist = path.join(work, `dist-${name}`);
		const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, `cache-${name}`) };
		builds.push(await astroBuild(options, `building ${name} of ${shardCount}`, repoRoot, dist, env));
		shardBuilds.push({ name: n === 0 ? 'primary' : name, dist });
	}
	const merging = performance.now();
	await mergeShardBuilds(outDir, shardBuilds);
	log(`merged ${shardCount} shards in ${seconds(performance.now() - merging)}`);
	const build = {
		run: sequentialRuns(builds.map((b) => b.run)),
		stages: sequentialStages(builds.map((b) => b.stages)),
	};
	const sampleEvery = Math.max(1, Math.floor(exhibits / shardCount / 2000));
	const pageWeight = await measurePageWeight(shardBuilds[0]!.dist, path.join(work, 'content-shard-1'), sampleEvery);
	const search = await coldSearch(options, outDir);
	const distBytes = await folderBytes(outDir);
	const indexBytes = await pagefindBytes(outDir);
	if (!options.keep) for (const dir of [raw, work, outDir]) await rm(dir, { recursive: true, force: true });
	return {
		exhibits,
		filings: generated.filings,
		text: textStatistics(lengths),
		rawBytes: generated.bytes,
		generateMs: generated.generateMs,
		ingest: sequentialRuns(ingests),
		build,
		distBytes,
		pagefindBytes: indexBytes,
		pageWeight,
		search,
		baselines: [],
		shards: shardCount,
	};
}
