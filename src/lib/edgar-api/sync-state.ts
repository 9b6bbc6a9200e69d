/**
 * What `npm run sync` has already taken, kept between runs in a small JSON file beside the raw
 * folder (`raw.sync.json` beside `raw/`): per company, the accession numbers fetched (or found
 * already downloaded), and the tickers resolved. A run fetches only filings the state does not
 * list; one that finds nothing new writes nothing, so the file's bytes only change with the corpus.
 */
import { SourceError } from '../source-error.ts';
import type { FilingRef } from './filing-ref.ts';

export interface SyncState {
	version: 1;
	/** Ticker (upper case) → CIK, so that a ticker is looked up once. */
	tickers: Record<string, string>;
	/** CIK → the accession numbers taken. */
	companies: Record<string, { accessions: string[] }>;
}

export const emptySyncState = (): SyncState => ({ version: 1, tickers: {}, companies: {} });

export function parseSyncState(text: string, file: string): SyncState {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new SourceError(file, undefined, `it is not JSON (${(error as Error).message})`, remedy);
	}
	const state = json as Partial<SyncState>;
	const valid =
		typeof json === 'object' &&
		json !== null &&
		state.version === 1 &&
		isStringRecord(state.tickers) &&
		typeof state.companies === 'object' &&
		state.companies !== null &&
		Object.values(state.companies).every(
			(company) => Array.isArray(company?.accessions) && company.accessions.every((a) => typeof a === 'string'),
		);
	if (!valid) throw new SourceError(file, undefined, 'it is not a sync state of this version', remedy);
	return state as SyncState;
}

const remedy =
	'Delete it to start over (sync then re-lists every filing in scope and skips those already in the raw folder)';

const isStringRecord = (value: unknown): value is Record<string, string> =>
	typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** The filings of `listed` the state has not taken yet. */
export function unseenFilings(state: SyncState, listed: readonly FilingRef[]): FilingRef[] {
	return listed.filter((filing) => !state.companies[filing.cik]?.accessions.includes(filing.accession));
}

/** The state with `filings` taken (a new object; `state` is not changed). */
export function withTaken(state: SyncState, filings: readonly FilingRef[]): SyncState {
	const companies = structuredClone(state.companies);
	for (const { cik, accession } of filings) {
		const company = (companies[cik] ??= { accessions: [] });
		if (!company.accessions.includes(accession)) company.accessions.push(accession);
	}
	return { ...state, companies };
}

/** Stable bytes: keys and accession numbers sorted, so that the same state is the same file. */
export function serialiseSyncState(state: SyncState): string {
	const sortedKeys = <T>(record: Record<string, T>, map: (value: T) => unknown = (v) => v) =>
		Object.fromEntries(
			Object.keys(record)
				.sort()
				.map((key) => [key, map(record[key]!)]),
		);
	return `${JSON.stringify(
		{
			version: 1,
			tickers: sortedKeys(state.tickers),
			companies: sortedKeys(state.companies, (company) => ({ accessions: [...company.accessions].sort() })),
		},
		null,
		'\t',
	)}\n`;
}
