/**
 * The command line of the build bench (scripts/bench.ts): its options with their defaults,
 * the --help text, and the checks that turn a value the bench cannot use into a one-line
 * usage error (scripts/lib/cli-args.ts prints it) before any minute is spent generating.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { type CommandLine, HELP, parseCommandLine, UsageError } from './cli-args.ts';
import type { BaselineProcessor } from './bench-baseline.ts';
import { DEFAULT_SEED, type SyntheticCorpusKind } from './synthetic-submissions.ts';

/** What one bench run measures, as read from its command line. */
export interface BenchOptions {
	/** Corpus sizes in exhibits (--exhibits), one column each, in the order given. */
	sizes: number[];
	/** Seed of the synthetic corpus (--seed): another seed, another corpus of the same size. */
	seed: number;
	/** Exhibits as long as real ones (the default), or the light ones of the bench's history (--light). */
	corpus: SyntheticCorpusKind;
	/** The query of the cold search measured in Chromium (--query). */
	query: string;
	skipBaseline: boolean;
	/** Which bare-Astro baselines to build (--baselines), in the table's order. */
	baselines: BaselineProcessor[];
	/** Clean runs of each bare-Astro baseline; the fastest is kept (--baseline-runs). */
	baselineRuns: number;
	skipSearch: boolean;
	/** Also add one filing, re-ingest and rebuild (--incremental). */
	incremental: boolean;
	/** Also build the same content with the reading aids off, READING_AIDS=off (--reading-aids-cost). */
	readingAidsCost: boolean;
	/** A content folder ingested before, built as it is (--content), as given. */
	content?: string;
	/** Shards to split the corpus into, built one after another and merged (--shards). */
	shards: number;
	/** Node's heap limit for the builds, in MB (--max-old-space-size), as given. */
	maxOldSpaceSize?: string;
	/** Keep .cache/bench/ outputs (--keep). */
	keep: boolean;
}

export const benchCommandLine = {
	script: 'scripts/bench.ts',
	usage:
		'Usage: node scripts/bench.ts [--exhibits 1000,10000] [--seed N] [--light] [--query TEXT] [--incremental] ' +
		'[--reading-aids-cost] [--content DIR] [--shards N] [--baselines default,unified] [--baseline-runs N] [--skip-baseline] [--skip-search] ' +
		'[--max-old-space-size MB] [--keep]',
	help: `Builds a synthetic corpus of raw EDGAR submissions through ingest and the full build, beside bare
Astro builds of the same pages, and prints one table of wall time per stage, pages/s, peak RSS,
output bytes, search bytes and page weight (docs/scaling.md). Works under .cache/bench/.

  --exhibits 1000,10000     corpus sizes in exhibits, comma-separated (default 1000)
  --seed N                  another corpus of the same size (default ${DEFAULT_SEED})
  --light                   the light corpus of the bench's history (~7.5 kB of text per exhibit)
                            instead of exhibits as long as real ones (median 9.6 kB, mean 72 kB)
  --query TEXT              the cold search measured in Chromium (default '"senior subordinated" trustee')
  --incremental             then add one filing, re-ingest and rebuild
  --reading-aids-cost       then build the same content again with READING_AIDS=off (no outline,
                            cross-references, defined terms or amendment chains: src/data/reading-aids.ts)
                            and print both build times and their ratio
  --content DIR             build a content folder ingested before, as it is (one size, no --incremental)
  --shards N                split the corpus by registrant, build each shard, merge (default 1)
  --baselines LIST          which bare-Astro baselines: default (Sätteri), unified (default both)
  --baseline-runs N         clean runs of each bare-Astro baseline, fastest kept (default 2)
  --skip-baseline           no bare-Astro baselines
  --skip-search             no search measurement
  --max-old-space-size MB   Node's heap limit for the builds
  --keep                    keep the outputs under .cache/bench/ for a look
  --help, -h                print this help`,
	examples: [
		'npm run bench -- --exhibits 1000,10000',
		'npm run bench -- --exhibits 1000 --incremental',
		'npm run bench -- --exhibits 10000 --light',
		'npm run bench -- --exhibits 10000 --light --reading-aids-cost --skip-baseline --skip-search',
		'npm run bench -- --exhibits 10000 --baselines default --baseline-runs 1',
		'npm run bench -- --exhibits 100000 --skip-baseline',
		'npm run bench -- --exhibits 100000 --shards 8',
	],
	options: {
		exhibits: { type: 'string', default: '1000' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		light: { type: 'boolean', default: false },
		query: { type: 'string', default: '"senior subordinated" trustee' },
		'skip-baseline': { type: 'boolean', default: false },
		baselines: { type: 'string', default: 'default,unified' },
		'baseline-runs': { type: 'string', default: '2' },
		'skip-search': { type: 'boolean', default: false },
		incremental: { type: 'boolean', default: false },
		'reading-aids-cost': { type: 'boolean', default: false },
		content: { type: 'string' },
		shards: { type: 'string', default: '1' },
		'max-old-space-size': { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

/** The bench's options from its arguments, or HELP; a value it cannot use throws a UsageError. */
export function parseBenchOptions(argv: string[]): BenchOptions | typeof HELP {
	const parsed = parseCommandLine(argv, benchCommandLine);
	if (parsed === HELP) return HELP;
	const { values } = parsed;
	const sizes = parseSizes(values.exhibits);
	if (values.content && (values.incremental || sizes.length > 1)) {
		throw new UsageError(
			'--content builds one given folder as it is: use it with one --exhibits size (its exhibit count) ' +
				'and without --incremental, which would add a filing to it.',
		);
	}
	const shards = wholeNumber('--shards', values.shards, '--shards 8');
	if (shards > 1 && (values.content || values.incremental || values['reading-aids-cost'])) {
		throw new UsageError(
			'--shards generates and splits its own corpus: use it without --content, --incremental and --reading-aids-cost.',
		);
	}
	const baselineRuns = wholeNumber('--baseline-runs', values['baseline-runs'], '--baseline-runs 3');
	const seed = wholeNumber('--seed', values.seed, '--seed 7', { negative: true });
	return {
		sizes,
		seed,
		corpus: values.light ? 'light' : 'realistic',
		query: values.query,
		skipBaseline: values['skip-baseline'],
		baselines: parseBaselines(values.baselines),
		baselineRuns,
		skipSearch: values['skip-search'],
		incremental: values.incremental,
		readingAidsCost: values['reading-aids-cost'],
		content: values.content,
		shards,
		maxOldSpaceSize: values['max-old-space-size'],
		keep: values.keep,
	};
}

/** `"1000,10_000"` → `[1000, 10000]`: whole numbers above zero. */
function parseSizes(text: string): number[] {
	const parts = text.split(',');
	return parts.map((part) => {
		const size = Number(part.replaceAll('_', '').trim());
		if (!Number.isInteger(size) || size < 1) {
			throw new UsageError(
				`--exhibits takes whole numbers above zero separated by commas, got "${part}". Example: --exhibits 1000,10000.`,
			);
		}
		return size;
	});
}

/** `"default,unified"` → the baselines, each once, in the order given. */
function parseBaselines(text: string): BaselineProcessor[] {
	const names = [...new Set(text.split(',').map((part) => part.trim()))];
	for (const name of names) {
		if (name !== 'default' && name !== 'unified') {
			throw new UsageError(
				`--baselines takes default and unified separated by commas, got "${name}". Example: --baselines default.`,
			);
		}
	}
	return names as BaselineProcessor[];
}

/** A whole number above zero (any whole number with `negative`), with an error showing the option in use. */
function wholeNumber(option: string, text: string, example: string, { negative = false } = {}): number {
	const value = Number(text);
	if (Number.isInteger(value) && (negative || value >= 1)) return value;
	const wanted = negative ? 'must be a whole number' : 'takes a whole number above zero';
	throw new UsageError(`${option} ${wanted}, got "${text}". Example: ${example}.`);
}
