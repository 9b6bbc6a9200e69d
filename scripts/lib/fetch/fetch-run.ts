/**
 * What `npm run fetch` and `npm run sync` share: the run's one EdgarClient (user agent, rate,
 * cool-down and backoff from the command line and the environment), the raw folder, and the
 * download-then-ingest step with its progress and summary.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EdgarOrigins } from '../../../src/lib/edgar-api/edgar-urls.ts';
import type { FilingRef } from '../../../src/lib/edgar-api/filing-ref.ts';
import { parseCorpusConfig, type CorpusConfig } from '../../../src/lib/edgar-api/corpus-config.ts';
import { ingestFiles, type IngestSummary } from '../ingest/run-ingest.ts';
import { removeStaleParts } from './atomic-download.ts';
import { DEFAULT_BACKOFF, DEFAULT_COOL_DOWN_MS, EdgarClient } from './edgar-client.ts';
import { downloadFilings, type DownloadSummary } from './download-filings.ts';
import { envMilliseconds } from './origins.ts';
import { coolDownReporter, FetchProgress, formatBytes, type ProgressStream } from './progress-line.ts';

type Env = Record<string, string | undefined>;

/** `raw/` beside the content folder. */
export const defaultRawDir = (contentDir: string): string => path.join(path.dirname(contentDir), 'raw');

export const corpusFile = (contentDir: string): string => path.join(contentDir, 'corpus.yaml');

/** The content folder's corpus.yaml, or undefined when it has none. Throws a SourceError when it is malformed. */
export async function readCorpusConfig(contentDir: string): Promise<CorpusConfig | undefined> {
	const file = corpusFile(contentDir);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return parseCorpusConfig(text, file);
}

export function openClient(
	env: Env,
	options: { command: string; userAgent: string | undefined; requestsPerSecond?: number; stderr: ProgressStream },
): EdgarClient {
	return new EdgarClient({
		userAgent: env.EDGAR_USER_AGENT || options.userAgent,
		...(options.requestsPerSecond !== undefined ? { requestsPerSecond: options.requestsPerSecond } : {}),
		coolDownMs: envMilliseconds(env, 'EDGAR_COOL_DOWN_MS', DEFAULT_COOL_DOWN_MS),
		backoff: { ...DEFAULT_BACKOFF, baseMs: envMilliseconds(env, 'EDGAR_BACKOFF_MS', DEFAULT_BACKOFF.baseMs) },
		onCoolDown: coolDownReporter(options.stderr, options.command),
		onRetry: (url, reason, delayMs) =>
			void options.stderr.write(
				`${options.command}: ${url}: ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s\n`,
			),
	});
}

export interface FetchAndIngestOptions {
	client: EdgarClient;
	origins: EdgarOrigins;
	rawDir: string;
	contentDir: string;
	/** False for --no-ingest. */
	ingest: boolean;
	stderr: ProgressStream;
	quiet?: boolean;
	/** `fetch` or `sync`, opening every progress line. */
	command: string;
}

export interface FetchAndIngestResult {
	download: DownloadSummary;
	ingest?: IngestSummary;
}

/**
 * Downloads `filings` into the raw folder, then ingests every one of them that is there,
 * fetched now or before (a run killed before its ingest is completed by the next; ingest
 * leaves unchanged files alone).
 */
export async function fetchAndIngest(
	filings: readonly FilingRef[],
	options: FetchAndIngestOptions,
): Promise<FetchAndIngestResult> {
	await removeStaleParts(options.rawDir);
	const progress = new FetchProgress(
		options.quiet ? { write: () => true } : options.stderr,
		filings.length,
		options.command,
	);
	const download = await downloadFilings(filings, {
		client: options.client,
		origins: options.origins,
		rawDir: options.rawDir,
		onFiling: (event) => progress.filing(event),
		onBytes: (bytes) => progress.addBytes(bytes),
	});
	const files = [...download.outcomes.values()].flatMap((outcome) => ('file' in outcome ? [outcome.file] : []));
	if (!options.ingest || files.length === 0) return { download };
	const ingest = await ingestFiles(files, {
		contentDir: options.contentDir,
		today: new Date().toISOString().slice(0, 10),
	});
	return { download, ingest };
}

/** The closing lines: fetched / already had / failed, then what ingest did. */
export function summaryLines(result: FetchAndIngestResult, command: string): string[] {
	const { download, ingest } = result;
	const lines = [
		`${command}: fetched ${download.fetched.length} (${formatBytes(download.bytes)}), already had ${download.had.length}, failed ${download.failed.length}`,
	];
	for (const { accession, reason } of download.failed) lines.push(`${command}: failed ${accession}: ${reason}`);
	if (ingest) {
		for (const message of ingest.errors) lines.push(`${command}: ingest: ${message}`);
		lines.push(
			`${command}: ingested ${ingest.filings.length} of ${ingest.inputs} filings (content files added ${ingest.added}, updated ${ingest.updated}, unchanged ${ingest.unchanged}; failed ${ingest.failed})`,
		);
	}
	return lines;
}
