/**
 * The build bench's command line (scripts/lib/bench-options.ts, through scripts/lib/cli-args.ts):
 * its defaults, the values it refuses before any work starts, and --help.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { benchCommandLine, parseBenchOptions } from '../../scripts/lib/bench-options.ts';
import { HELP, helpText, UsageError } from '../../scripts/lib/cli-args.ts';
import { DEFAULT_SEED } from '../../scripts/lib/synthetic-submissions.ts';

const repoRoot = path.join(import.meta.dirname, '../..');

describe('parseBenchOptions', () => {
	it('measures 1,000 realistic exhibits with both baselines, a search and the default seed when given nothing', () => {
		expect(parseBenchOptions([])).toEqual({
			sizes: [1000],
			seed: DEFAULT_SEED,
			corpus: 'realistic',
			query: '"senior subordinated" trustee',
			skipBaseline: false,
			baselines: ['default', 'unified'],
			baselineRuns: 2,
			skipSearch: false,
			incremental: false,
			readingAidsCost: false,
			content: undefined,
			shards: 1,
			maxOldSpaceSize: undefined,
			keep: false,
		});
	});

	it('reads sizes separated by commas, with underscores between digits', () => {
		expect(parseBenchOptions(['--exhibits', '1_000, 10000', '--shards', '8'])).toMatchObject({
			sizes: [1000, 10000],
			shards: 8,
		});
	});

	it('builds the light corpus with --light, and only the baselines --baselines names', () => {
		expect(parseBenchOptions(['--light', '--baselines', 'default'])).toMatchObject({
			corpus: 'light',
			baselines: ['default'],
		});
	});

	it.each([
		[
			['--baselines', 'default,remark'],
			'--baselines takes default and unified separated by commas, got "remark". Example: --baselines default.',
		],
		[
			['--exhibits', '1000,ten'],
			'--exhibits takes whole numbers above zero separated by commas, got "ten". Example: --exhibits 1000,10000.',
		],
		[['--shards', '0'], '--shards takes a whole number above zero, got "0". Example: --shards 8.'],
		[
			['--baseline-runs', '1.5'],
			'--baseline-runs takes a whole number above zero, got "1.5". Example: --baseline-runs 3.',
		],
		[['--seed', 'x'], '--seed must be a whole number, got "x". Example: --seed 7.'],
		[['--content', 'c', '--incremental'], '--content builds one given folder as it is'],
		[['--shards', '2', '--incremental'], '--shards generates and splits its own corpus'],
		[['--shards', '2', '--reading-aids-cost'], 'without --content, --incremental and --reading-aids-cost'],
	])('refuses %j with a usage error that says what to pass', (argv, message) => {
		expect(() => parseBenchOptions(argv)).toThrow(UsageError);
		expect(() => parseBenchOptions(argv)).toThrow(message);
	});

	it('refuses an unknown option, naming it and pointing at --help', () => {
		expect(() => parseBenchOptions(['--exibits', '10'])).toThrow(
			new UsageError("Unknown option '--exibits'. Run `node scripts/bench.ts --help` for the options."),
		);
	});

	it('answers --help and -h with HELP, whose text starts with the usage and names every option', () => {
		expect(parseBenchOptions(['--exhibits', '5', '--help'])).toBe(HELP);
		expect(parseBenchOptions(['-h'])).toBe(HELP);
		const help = helpText(benchCommandLine);
		expect(help.startsWith(`${benchCommandLine.usage}\n\n`)).toBe(true);
		for (const option of Object.keys(benchCommandLine.options)) expect(help).toContain(`--${option}`);
	});
});

describe('scripts/bench.ts command line', () => {
	const bench = (...args: string[]) =>
		promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts/bench.ts'), ...args], { cwd: repoRoot }).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(error: { code: number; stdout: string; stderr: string }) => ({
				code: error.code,
				stdout: error.stdout,
				stderr: error.stderr,
			}),
		);

	it('prints its help and exits 0 on --help, without benching', async () => {
		const result = await bench('--help');
		expect(result).toMatchObject({ code: 0, stdout: helpText(benchCommandLine), stderr: '' });
	});

	it('prints one line and the usage, and exits 2, for an unknown option: no stack trace', async () => {
		const result = await bench('--nope');
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			`Unknown option '--nope'. Run \`node scripts/bench.ts --help\` for the options.\n${benchCommandLine.usage}\n`,
		);
	});
});
