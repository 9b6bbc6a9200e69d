/**
 * `npm run sync`: the content folder's corpus.yaml (src/lib/edgar-api/corpus-config.ts) says
 * which companies and forms the site carries; sync lists each company's filings, fetches and
 * ingests the ones its state file (src/lib/edgar-api/sync-state.ts) has not seen, and records
 * them. When nothing is new it sends no request to the Archives and writes no file: the state
 * is rewritten only when its bytes change.
 */
import { readFile } from 'node:fs/promises';
import type { FilingRef } from '../../../src/lib/edgar-api/filing-ref.ts';
import type { CorpusConfig } from '../../../src/lib/edgar-api/corpus-config.ts';
import {
	emptySyncState,
	parseSyncState,
	serialiseSyncState,
	type SyncState,
	unseenFilings,
	withTaken,
} from '../../../src/lib/edgar-api/sync-state.ts';
import { writeIfChanged } from '../ingest/content-files.ts';
import { fetchAndIngest, type FetchAndIngestOptions, type FetchAndIngestResult } from './fetch-run.ts';
import { listCompanyFilings, resolveTickers } from './list-filings.ts';

/** `raw.sync.json` beside `raw/`. */
export const syncStatePath = (rawDir: string): string => `${rawDir.replace(/[\\/]+$/, '')}.sync.json`;

export async function readSyncState(file: string): Promise<SyncState> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptySyncState();
		throw error;
	}
	return parseSyncState(text, file);
}

export interface SyncOptions extends Omit<FetchAndIngestOptions, 'command'> {
	config: CorpusConfig;
}

export interface CompanyChange {
	/** `AAPL Apple Inc. (CIK 320193)`: the ticker when the scope names one, the name EDGAR lists, the CIK. */
	label: string;
	new: FilingRef[];
}

export interface SyncResult extends FetchAndIngestResult {
	companies: CompanyChange[];
	statePath: string;
	stateWritten: boolean;
}

export async function syncCorpus(options: SyncOptions): Promise<SyncResult> {
	const statePath = syncStatePath(options.rawDir);
	const before = await readSyncState(statePath);
	const unknownTickers = options.config.companies.flatMap((c) =>
		c.ticker && !before.tickers[c.ticker] ? [c.ticker] : [],
	);
	const resolved = await resolveTickers(options.client, options.origins, unknownTickers);
	const tickers = { ...before.tickers, ...Object.fromEntries(resolved) };

	const companies: CompanyChange[] = [];
	const wanted: FilingRef[] = [];
	for (const company of options.config.companies) {
		const cik = company.cik ?? tickers[company.ticker!]!;
		const listed = await listCompanyFilings(options.client, options.origins, cik, {
			forms: company.forms,
			amendments: company.amendments,
			...(company.since !== undefined ? { since: company.since } : {}),
		});
		const fresh = unseenFilings(before, listed.filings).filter((f) => !wanted.some((w) => w.accession === f.accession));
		companies.push({ label: `${company.ticker ? `${company.ticker} ` : ''}${listed.name} (CIK ${cik})`, new: fresh });
		wanted.push(...fresh);
	}

	const result = await fetchAndIngest(wanted, { ...options, command: 'sync' });
	const taken = wanted.filter((filing) => result.download.outcomes.get(filing.accession)?.status !== 'failed');
	const after = withTaken({ ...before, tickers }, taken);
	const stateWritten = (await writeIfChanged(statePath, serialiseSyncState(after))) !== 'unchanged';
	return { ...result, companies, statePath, stateWritten };
}

/** What changed, company by company: the new filings' form, date and accession number. */
export function changeLines(result: SyncResult): string[] {
	const lines = result.companies.flatMap((company) =>
		company.new.length === 0
			? [`sync: ${company.label}: nothing new`]
			: [
					`sync: ${company.label}: ${company.new.length} new`,
					...company.new.map((f) => {
						const outcome = result.download.outcomes.get(f.accession)?.status;
						return `sync:   + ${f.form} ${f.filingDate} ${f.accession}${outcome === 'failed' ? ' (failed; tried again next run)' : ''}`;
					}),
				],
	);
	lines.push(`sync: state ${result.statePath} ${result.stateWritten ? 'updated' : 'unchanged'}`);
	return lines;
}
