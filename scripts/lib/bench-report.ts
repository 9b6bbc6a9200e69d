/**
 * What the build bench (scripts/bench.ts) prints and saves: the heading and the table of every
 * size's measures (a column for our build, then bare Astro when measured; laid out by
 * scripts/lib/bench-table.ts), and each size's numbers as JSON, without the log lines.
 */
import type { BaselineProcessor } from './bench-baseline.ts';
import type { BenchOptions } from './bench-options.ts';
import { PAGE_WEIGHT_BUDGET } from './bench-page-weight.ts';
import type { MeasuredRun } from './bench-process.ts';
import { ADDED_FILINGS, BASELINE_LABELS, type Rebuild, type SizeResult } from './bench-run.ts';
import { textBytes } from './bench-text-statistics.ts';
import { type Cell, formatTable, kilobytes, megabytes, ratio, seconds } from './bench-table.ts';

/** The line above the table: what was measured, and how peak RSS was read. */
export function benchHeading(options: BenchOptions, results: readonly SizeResult[]): string {
	const rss = results[0]!.build.run.rssSource === 'gnu-time' ? 'GNU time %M' : 'polled /proc VmHWM';
	const content = options.content ? `, content from ${options.content}` : '';
	const heap = options.maxOldSpaceSize ? `, --max-old-space-size=${options.maxOldSpaceSize}` : '';
	const corpus = options.content ? '' : `${options.corpus} corpus, `;
	const measured = `${corpus}seed ${options.seed}, query ${options.query}${content}${heap}`;
	return `\nFiled Herewith build bench — ${measured}; peak RSS by ${rss}\n`;
}

/** The table: per size, a column for our build, then bare Astro when measured. */
export function benchTable(results: readonly SizeResult[]): string {
	const columns: string[] = [];
	const rows = new Map<string, Cell[]>();
	for (const r of results) {
		const at = columns.length;
		const variants = variantsOf(r);
		columns.push(...variants.map((v) => v.label));
		const row = (label: string, cell: (v: Variant, i: number) => Cell) => {
			const cells = rows.get(label) ?? [];
			variants.forEach((v, i) => (cells[at + i] = cell(v, i)));
			rows.set(label, cells);
		};
		sizeRows(r, row);
	}
	return formatTable(
		columns,
		[...rows].map(([label, cells]) => [label, ...columns.map((_, i) => cells[i])] as const),
	);
}

/** One column of the table: our build of a size, or one of its baselines. */
interface Variant {
	label: string;
	ours: boolean;
	build: SizeResult['build'];
	baseline?: SizeResult['baselines'][number];
	distBytes: number;
	pagefindBytes: number | undefined;
	pageWeight: SizeResult['pageWeight'] | undefined;
	exhibits: number;
}

function variantsOf(r: SizeResult): Variant[] {
	const shards = r.shards ? `, ${r.shards} shards` : '';
	return [
		{
			label: `${r.exhibits.toLocaleString('en-US')} ours${shards}`,
			ours: true,
			build: r.build,
			distBytes: r.distBytes,
			pagefindBytes: r.pagefindBytes,
			pageWeight: r.pageWeight,
			exhibits: r.exhibits,
		},
		...r.baselines.map((b) => ({
			label: BASELINE_LABELS[b.processor],
			ours: false,
			build: b,
			baseline: b,
			distBytes: b.distBytes,
			pagefindBytes: undefined,
			pageWeight: undefined,
			exhibits: r.exhibits,
		})),
	];
}

/** Every row of one size, in the table's order; `first` fills our column only. */
function sizeRows(r: SizeResult, row: (label: string, cell: (v: Variant, i: number) => Cell) => void): void {
	const floor = (processor: BaselineProcessor) => r.baselines.find((b) => b.processor === processor)?.run;
	const first = (value: Cell) => (_: unknown, i: number) => (i === 0 ? value : undefined);
	const pagesPerSecond = (v: Variant) => v.build.stages.pageCount! / (v.build.run.wallMs / 1000);
	row('filings / exhibits', (v) => (v.ours ? `${r.filings} / ${v.exhibits}` : `– / ${v.exhibits}`));
	row('raw submissions', first(megabytes(r.rawBytes)));
	const text = r.text;
	row('exhibit text, median / mean', first(text && `${textBytes(text.median)} / ${textBytes(text.mean)}`));
	row('exhibit text, p90 / max', first(text && `${textBytes(text.p90)} / ${textBytes(text.max)}`));
	row('exhibits over 1 MB / all text', first(text && `${text.overOneMegabyte} / ${textBytes(text.total)}`));
	row('ingest wall', first(seconds(r.ingest?.wallMs)));
	row('ingest peak RSS', first(megabytes(r.ingest?.peakRss)));
	row('build: startup', (v) => seconds(v.build.stages.startup));
	row('build: content sync', (v) => seconds(v.build.stages.contentSync));
	row('build: vite bundle', (v) => seconds(v.build.stages.vite));
	row('build: page generation', (v) => seconds(v.build.stages.pages));
	row('build: url-contract hook', (v) => (v.ours ? seconds(v.build.stages.urlContract) : undefined));
	row('build: pagefind hook', (v) => (v.ours ? seconds(v.build.stages.pagefind) : undefined));
	row('build wall', (v) => seconds(v.build.run.wallMs));
	row('build CPU (user + system)', (v) => seconds(v.build.run.cpuMs));
	row('bare Astro runs (fastest shown)', (v) => v.baseline?.runWallMs.map((ms) => (ms / 1000).toFixed(1)).join(' / '));
	row('pages built', (v) => v.build.stages.pageCount);
	row('pages / s', (v) => (v.build.stages.pageCount ? pagesPerSecond(v).toFixed(0) : undefined));
	row('exhibits / s', (v) => (v.exhibits / (v.build.run.wallMs / 1000)).toFixed(0));
	row('peak RSS (one process)', (v) => megabytes(v.build.run.peakRss));
	row('peak RSS (all processes)', (v) => megabytes(v.build.run.peakTreeRss));
	for (const { processor } of r.baselines) {
		const label = BASELINE_LABELS[processor];
		row(`build time / ${label}`, (v) => (v.ours ? ratio(v.build.run.wallMs, floor(processor)?.wallMs) : undefined));
		row(`build CPU / ${label}`, (v) => (v.ours ? ratio(v.build.run.cpuMs, floor(processor)?.cpuMs) : undefined));
		row(`peak RSS / ${label}`, (v) => (v.ours ? ratio(v.build.run.peakRss, floor(processor)?.peakRss) : undefined));
	}
	row('dist/ bytes', (v) => megabytes(v.distBytes));
	row('pagefind/ bytes', (v) => megabytes(v.pagefindBytes));
	row('search: bytes to first results', first(kilobytes(r.search?.firstResultBytes)));
	row('search: bytes with filter counts', first(kilobytes(r.search?.searchBytes)));
	row('search: ms to first results', first(r.search ? r.search.firstResultMs.toFixed(0) : undefined));
	row('page weight over text, median', (v) => kilobytes(v.pageWeight?.medianOverhead));
	row('page weight over text, worst', (v) => kilobytes(v.pageWeight?.worstOverhead));
	row(
		`pages over ${kilobytes(PAGE_WEIGHT_BUDGET)} over text`,
		(v) => v.pageWeight && `${v.pageWeight.overBudget} of ${v.pageWeight.pages}`,
	);
	row('inline JS per page, max', (v) => kilobytes(v.pageWeight?.maxInlineScriptBytes));
	const plain = r.withoutReadingAids?.run;
	row('build without reading aids: wall', first(seconds(plain?.wallMs)));
	row('build without reading aids: CPU', first(seconds(plain?.cpuMs)));
	row('build time / without reading aids', first(ratio(r.build.run.wallMs, plain?.wallMs)));
	row('build CPU / without reading aids', first(ratio(r.build.run.cpuMs, plain?.cpuMs)));
	// The first rebuild keeps its old labels, so the history of the table stays comparable.
	for (const added of ADDED_FILINGS) {
		const rebuild = r.incremental?.find((one) => one.added === added);
		const rebuilt = rebuild && 'build' in rebuild ? rebuild : undefined;
		const failed = rebuild !== undefined && 'failed' in rebuild;
		const [what, short] =
			added === 'newest' ? ['rebuild +1 newest filing', 'rebuild newest'] : ['rebuild +1 filing', 'rebuild'];
		row(`${what}: ingest`, first(seconds(rebuilt?.ingest.wallMs)));
		row(`${what}: build`, first(failed ? 'FAILED' : seconds(rebuilt?.build.run.wallMs)));
		row(`${what}: build CPU`, first(failed ? 'FAILED' : seconds(rebuilt?.build.run.cpuMs)));
		row(`${short} / full build`, first(ratio(rebuilt?.build.run.wallMs, r.build.run.wallMs)));
		// CPU time is the steadier ratio on a shared machine (docs/search-scaling.md, "Incremental").
		row(`${short} CPU / full build CPU`, first(ratio(rebuilt?.build.run.cpuMs, r.build.run.cpuMs)));
	}
}

/** A run's numbers without its log lines. */
const summary = (run: MeasuredRun) => ({
	code: run.code,
	wallMs: run.wallMs,
	peakRss: run.peakRss,
	peakTreeRss: run.peakTreeRss,
	cpuMs: run.cpuMs,
	rssSource: run.rssSource,
});

/** `.cache/bench/results-N.json`: small, and enough to redraw the table. */
export function resultsJson(options: BenchOptions, result: SizeResult): string {
	const { ingest, build, baselines, incremental, withoutReadingAids, ...rest } = result;
	return JSON.stringify(
		{
			...rest,
			seed: options.seed,
			corpus: options.content ? undefined : options.corpus,
			content: options.content,
			maxOldSpaceSize: options.maxOldSpaceSize,
			ingest: ingest && summary(ingest),
			build: { ...summary(build.run), stages: build.stages },
			baselines: baselines.map((b) => ({
				processor: b.processor,
				...summary(b.run),
				stages: b.stages,
				pages: b.pages,
				distBytes: b.distBytes,
				runWallMs: b.runWallMs,
			})),
			incremental: incremental?.map((rebuild) => ('failed' in rebuild ? rebuild : rebuildSummary(rebuild))),
			withoutReadingAids: withoutReadingAids && {
				...summary(withoutReadingAids.run),
				stages: withoutReadingAids.stages,
			},
		},
		null,
		'\t',
	);
}

function rebuildSummary(rebuild: Extract<Rebuild, { build: unknown }>) {
	return {
		added: rebuild.added,
		ingest: summary(rebuild.ingest),
		build: { ...summary(rebuild.build.run), stages: rebuild.build.stages },
	};
}
