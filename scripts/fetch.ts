/**
 * Download filings from EDGAR and ingest them:
 *
 *   EDGAR_USER_AGENT="Example Law Library admin@example.org" npm run fetch -- --ticker AAPL --forms 8-K --since 2024-01-01
 *
 * Lists the filings (scripts/lib/fetch/list-filings.ts; with --referenced, those the content
 * folder's exhibits are incorporated from: list-referenced.ts), downloads each complete submission into
 * the raw folder (download-filings.ts, through the fair-access client edgar-client.ts), then
 * ingests them (scripts/lib/ingest/run-ingest.ts). Progress on stderr, the summary on stdout;
 * exits 1 when a filing could not be fetched or ingested, 2 on misuse.
 */
import path from 'node:path';
import { contentDir } from '../src/data/content-dir.ts';
import { readCommandLine } from './lib/cli-args.ts';
import { defaultRawDir, fetchAndIngest, openClient, readCorpusConfig, summaryLines } from './lib/fetch/fetch-run.ts';
import { fetchCommandLine, parseFetchOptions } from './lib/fetch/fetch-options.ts';
import { leaveNothingHalfWrittenOnInterrupt } from './lib/fetch/interrupt.ts';
import { listTarget } from './lib/fetch/list-filings.ts';
import { listReferencedFilings } from './lib/fetch/list-referenced.ts';
import { edgarOrigins } from './lib/fetch/origins.ts';
import { failWith } from './lib/fetch/user-facing-errors.ts';

const today = new Date().toISOString().slice(0, 10);
const options = readCommandLine(fetchCommandLine, () => parseFetchOptions(process.argv.slice(2), today));
const content = contentDir();
const rawDir = path.resolve(options.raw ?? defaultRawDir(content));
const origins = edgarOrigins();
const log = (line: string) => {
	if (!options.quiet) process.stderr.write(`fetch: ${line}\n`);
};

try {
	const config = process.env.EDGAR_USER_AGENT ? undefined : await readCorpusConfig(content);
	const client = openClient(process.env, {
		command: 'fetch',
		userAgent: config?.userAgent,
		...(options.requestsPerSecond !== undefined ? { requestsPerSecond: options.requestsPerSecond } : {}),
		stderr: process.stderr,
	});
	leaveNothingHalfWrittenOnInterrupt('fetch');

	const filings =
		options.target.kind === 'referenced'
			? await listReferencedFilings(client, origins, content, log)
			: await listTarget(client, origins, options.target, options.filter, log);

	const result = await fetchAndIngest(filings, {
		client,
		origins,
		rawDir,
		contentDir: content,
		ingest: options.ingest,
		stderr: process.stderr,
		quiet: options.quiet,
		command: 'fetch',
	});
	for (const line of summaryLines(result, 'fetch')) console.log(line);
	console.log(`fetch: raw folder ${rawDir}; ${client.requests} requests to EDGAR`);
	process.exitCode = result.download.failed.length > 0 || (result.ingest?.failed ?? 0) > 0 ? 1 : 0;
} catch (error) {
	failWith('fetch', error);
}
