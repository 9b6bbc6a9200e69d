/**
 * Bring a site up to date with the scope its content folder's corpus.yaml declares:
 *
 *   npm run sync                # fetch and ingest what EDGAR has that the last run did not take
 *   npm run sync -- --schema    # print corpus.yaml's JSON Schema (docs/corpus.schema.json)
 *
 * The work is in scripts/lib/fetch/run-sync.ts; this file handles arguments and output. Exits 1
 * when a filing could not be fetched or ingested (it is tried again next run), 2 on misuse.
 */
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { contentDir } from '../src/data/content-dir.ts';
import { corpusJsonSchema } from '../src/lib/edgar-api/corpus-config.ts';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';
import { parseRate } from './lib/fetch/fetch-options.ts';
import { corpusFile, defaultRawDir, openClient, readCorpusConfig, summaryLines } from './lib/fetch/fetch-run.ts';
import { leaveNothingHalfWrittenOnInterrupt } from './lib/fetch/interrupt.ts';
import { edgarOrigins } from './lib/fetch/origins.ts';
import { changeLines, syncCorpus } from './lib/fetch/run-sync.ts';
import { failWith } from './lib/fetch/user-facing-errors.ts';

const syncCommandLine = {
	script: 'scripts/sync.ts',
	usage: 'Usage: npm run sync -- [--raw DIR] [--no-ingest] [--rate N] [-q] [--schema]',
	help: `Fetches and ingests the filings that corpus.yaml in the content folder (content/, or $CONTENT_DIR)
declares and that the last run did not take; prints what changed. What was taken is kept in a
state file beside the raw folder (raw.sync.json beside raw/). Options and environment as for
npm run fetch (npm run fetch -- --help).

  --raw DIR      the raw folder (default: raw/ beside the content folder)
  --no-ingest    download only (the next sync does not ingest them either: run npm run ingest)
  --rate N       requests a second, at most 10 (default 5)
  --quiet, -q    no progress on stderr
  --schema       print corpus.yaml's JSON Schema and exit
  --help, -h     print this help`,
	examples: [
		'npm run sync',
		'npm run sync -- --no-ingest --rate 2',
		'npm run sync -- --schema > docs/corpus.schema.json',
	],
	options: {
		raw: { type: 'string' },
		'no-ingest': { type: 'boolean', default: false },
		rate: { type: 'string' },
		quiet: { type: 'boolean', short: 'q', default: false },
		schema: { type: 'boolean', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

const options = readCommandLine(syncCommandLine, () => {
	const parsed = parseCommandLine(process.argv.slice(2), syncCommandLine);
	if (parsed === HELP) return HELP;
	return { ...parsed.values, requestsPerSecond: parseRate(parsed.values.rate) };
});
if (options.schema) {
	process.stdout.write(`${JSON.stringify(corpusJsonSchema(), null, '\t')}\n`);
	process.exit(0);
}

const content = contentDir();
const rawDir = path.resolve(options.raw ?? defaultRawDir(content));
try {
	const config = await readCorpusConfig(content);
	if (config === undefined)
		throw new UsageError(
			`there is no ${corpusFile(content)}. Write one naming the companies and forms the site carries (README: "Build a site of your own filings").`,
		);
	const client = openClient(process.env, {
		command: 'sync',
		userAgent: config.userAgent,
		...(options.requestsPerSecond !== undefined ? { requestsPerSecond: options.requestsPerSecond } : {}),
		stderr: process.stderr,
	});
	leaveNothingHalfWrittenOnInterrupt('sync');
	const result = await syncCorpus({
		config,
		client,
		origins: edgarOrigins(),
		rawDir,
		contentDir: content,
		ingest: !options['no-ingest'],
		stderr: process.stderr,
		quiet: options.quiet,
	});
	for (const line of [...changeLines(result), ...summaryLines(result, 'sync')]) console.log(line);
	console.log(`sync: ${client.requests} requests to EDGAR`);
	process.exitCode = result.download.failed.length > 0 || (result.ingest?.failed ?? 0) > 0 ? 1 : 0;
} catch (error) {
	failWith('sync', error);
}
