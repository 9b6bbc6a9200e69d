/**
 * Every EDGAR address the fetcher asks for, built from two origins so that the same code runs
 * against www.sec.gov / data.sec.gov and against the tests' local server
 * (tests/support/fake-edgar.ts). scripts/lib/fetch/origins.ts reads them from the environment.
 */
import { accessionFolder, paddedCik } from './accession.ts';

export interface EdgarOrigins {
	/** https://www.sec.gov: the Archives, the daily index, company_tickers.json. */
	www: string;
	/** https://data.sec.gov: the submissions JSON. */
	data: string;
}

export const DEFAULT_ORIGINS: EdgarOrigins = { www: 'https://www.sec.gov', data: 'https://data.sec.gov' };

const trimmed = (origin: string) => origin.replace(/\/+$/, '');

/** Ticker → CIK, for every company with a ticker. */
export const companyTickersUrl = (origins: EdgarOrigins): string =>
	`${trimmed(origins.www)}/files/company_tickers.json`;

/** A company's filings: its newest (up to 1,000 or a year's) in `filings.recent`, older ones paged in `filings.files[]`. */
export const submissionsUrl = (origins: EdgarOrigins, cik: string): string =>
	`${trimmed(origins.data)}/submissions/CIK${paddedCik(cik)}.json`;

/** A page of older filings named in `filings.files[].name`, e.g. `CIK0000320193-submissions-001.json`. */
export const submissionsPageUrl = (origins: EdgarOrigins, name: string): string =>
	`${trimmed(origins.data)}/submissions/${encodeURIComponent(name)}`;

/** The complete submission: every document of the filing, exhibits and images included. */
export const submissionTextUrl = (origins: EdgarOrigins, cik: string, accession: string): string =>
	`${trimmed(origins.www)}/Archives/edgar/data/${cik}/${accessionFolder(accession)}/${accession}.txt`;

/** The day's index of every filing disseminated, pipe-delimited (`master.YYYYMMDD.idx`). `day` is ISO `YYYY-MM-DD`. */
export function dailyIndexUrl(origins: EdgarOrigins, day: string): string {
	const [year, month] = day.split('-');
	const quarter = Math.ceil(Number(month) / 3);
	return `${trimmed(origins.www)}/Archives/edgar/daily-index/${year}/QTR${quarter}/master.${day.replaceAll('-', '')}.idx`;
}
