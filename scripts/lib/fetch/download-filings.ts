/**
 * The complete submissions (`{accession}.txt`, every document of the filing) downloaded into
 * the raw folder as `{raw}/{cik}/{accession}.txt`, one after another; a file already there is
 * skipped without a request, so a second run resumes where the first stopped. A 404 or a
 * filing that keeps failing is reported by accession, and the run goes on.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { submissionTextUrl, type EdgarOrigins } from '../../../src/lib/edgar-api/edgar-urls.ts';
import type { FilingRef } from '../../../src/lib/edgar-api/filing-ref.ts';
import { saveResponse } from './atomic-download.ts';
import { EdgarUnavailable, type EdgarClient } from './edgar-client.ts';

export type FilingOutcome =
	| { status: 'fetched'; file: string; bytes: number }
	| { status: 'had'; file: string; bytes: number }
	| { status: 'failed'; reason: string };

export interface DownloadProgress {
	filing: FilingRef;
	outcome: FilingOutcome;
	done: number;
	total: number;
}

export interface DownloadSummary {
	fetched: string[];
	had: string[];
	failed: { accession: string; reason: string }[];
	bytes: number;
	/** Each filing's outcome, in the order given. */
	outcomes: Map<string, FilingOutcome>;
}

export const rawFilePath = (rawDir: string, filing: FilingRef): string =>
	path.join(rawDir, filing.cik, `${filing.accession}.txt`);

export interface DownloadOptions {
	client: EdgarClient;
	origins: EdgarOrigins;
	rawDir: string;
	onFiling?: (progress: DownloadProgress) => void;
	onBytes?: (bytes: number) => void;
}

export async function downloadFilings(
	filings: readonly FilingRef[],
	options: DownloadOptions,
): Promise<DownloadSummary> {
	const summary: DownloadSummary = { fetched: [], had: [], failed: [], bytes: 0, outcomes: new Map() };
	for (const [index, filing] of filings.entries()) {
		const outcome = await downloadOne(filing, options);
		summary.outcomes.set(filing.accession, outcome);
		if (outcome.status === 'failed') summary.failed.push({ accession: filing.accession, reason: outcome.reason });
		else {
			(outcome.status === 'fetched' ? summary.fetched : summary.had).push(outcome.file);
			if (outcome.status === 'fetched') summary.bytes += outcome.bytes;
		}
		options.onFiling?.({ filing, outcome, done: index + 1, total: filings.length });
	}
	return summary;
}

async function downloadOne(filing: FilingRef, options: DownloadOptions): Promise<FilingOutcome> {
	const file = rawFilePath(options.rawDir, filing);
	const existing = await stat(file).catch(() => undefined);
	// Only complete downloads are ever renamed into place (atomic-download.ts), so one that is there is whole.
	if (existing?.isFile()) return { status: 'had', file, bytes: existing.size };
	const url = submissionTextUrl(options.origins, filing.cik, filing.accession);
	try {
		const bytes = await options.client.request(url, (response) => saveResponse(response, file, options.onBytes));
		if (bytes === 'missing')
			return { status: 'failed', reason: `not on EDGAR (404 for ${url}); check the accession number and its CIK` };
		return { status: 'fetched', file, bytes };
	} catch (error) {
		if (error instanceof EdgarUnavailable) return { status: 'failed', reason: error.message };
		throw error;
	}
}
