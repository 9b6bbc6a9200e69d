/**
 * Split a folder of raw EDGAR submissions into shards by registrant, for a corpus built on
 * several machines or CI jobs and published as one site (docs/deploy.md, docs/scaling.md):
 *
 *   node scripts/split-shards.ts --shards 4 --out shards raw/
 *
 * writes shards/shard-1/ … shards/shard-4/ (hard links, no copies): every submission of a
 * registrant (by CIK) lands in the same shard, so its pages, filings and hub stay whole
 * (scripts/lib/bench-shards.ts). Each shard is then ingested and built on its own, and
 * scripts/merge-shards.ts publishes the builds as one site. The same input always gives the
 * same split, so each CI job can run it and keep only its shard.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { splitSubmissions } from './lib/bench-shards.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';

const splitShardsCommandLine = {
	script: 'scripts/split-shards.ts',
	usage: 'Usage: node scripts/split-shards.ts --shards N --out <folder> <raw submissions folder>',
	help: `Splits raw EDGAR submissions into N shards by registrant (CIK), as hard links under <folder>/shard-{n}/.

  --shards N      how many shards (2 or more)
  --out FOLDER    where the shard folders are written (must not exist yet, or be empty)
  --help, -h      print this help`,
	examples: [
		'node scripts/split-shards.ts --shards 4 --out .cache/shards ~/Downloads/edgar/',
		'CONTENT_DIR=content-1 npm run ingest -- .cache/shards/shard-1   # then build each shard, and merge-shards',
	],
	allowPositionals: true,
	options: { shards: { type: 'string' }, out: { type: 'string' } },
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

function parseSplitShardsOptions(argv: string[]) {
	const parsed = parseCommandLine(argv, splitShardsCommandLine);
	if (parsed === HELP) return HELP;
	const { shards, out } = parsed.values;
	const [raw, ...extra] = parsed.positionals;
	if (!shards || !out || !raw) throw new UsageError('Give --shards, --out and the folder of raw submissions.');
	if (extra.length > 0) throw new UsageError(`One raw folder, please; got ${parsed.positionals.length}.`);
	const count = Number(shards);
	if (!Number.isInteger(count) || count < 2)
		throw new UsageError(`--shards must be a whole number of 2 or more, got "${shards}". Example: --shards 4.`);
	return { count, out: path.resolve(out), raw: path.resolve(raw) };
}

const { count, out, raw } = readCommandLine(splitShardsCommandLine, () =>
	parseSplitShardsOptions(process.argv.slice(2)),
);
if (!(await stat(raw).catch(() => undefined))?.isDirectory()) {
	console.error(`split-shards: ${raw} is not a folder. Pass the folder of raw submissions (.txt, .nc, .htm).`);
	process.exit(1);
}
if ((await readdir(out).catch(() => [])).length > 0) {
	console.error(`split-shards: ${out} is not empty. Remove it or pass another --out.`);
	process.exit(1);
}
const folders = await splitSubmissions(raw, out, count);
for (const folder of folders) console.log(`${folder}: ${(await readdir(folder)).length} submissions`);
