/**
 * The submissions JSON of data.sec.gov (`submissions/CIK##########.json`), read as EDGAR
 * documents it ("EDGAR Application Programming Interfaces"): the company (`cik`, `name`,
 * `tickers`), its newest filings in `filings.recent` as parallel arrays (`accessionNumber`,
 * `filingDate`, `reportDate`, `form`, `primaryDocument`, …), and older ones in the pages
 * `filings.files[]` names (`name`, `filingCount`, `filingFrom`, `filingTo`), each page holding
 * the same parallel arrays at its top level. Tools that forget the pages miss older filings.
 */
import { normaliseAccession, normaliseCik } from './accession.ts';
import type { FilingRef } from './filing-ref.ts';

export interface CompanySubmissions {
	cik: string;
	name: string;
	tickers: string[];
	/** From `filings.recent`. */
	filings: FilingRef[];
	/** `filings.files[]`: the pages of older filings still to read. */
	pages: SubmissionsPage[];
}

export interface SubmissionsPage {
	name: string;
	/** ISO dates of the page's oldest and newest filing, when EDGAR gives them: a date filter can skip a page. */
	filingFrom?: string;
	filingTo?: string;
}

/** What EDGAR served is not the submissions JSON its documentation describes. */
export class SubmissionsFormatError extends Error {
	constructor(url: string, problem: string) {
		super(`${url}: ${problem}; EDGAR's submissions JSON has changed or the response is not one.`);
		this.name = 'SubmissionsFormatError';
	}
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `url` only names the response in errors. */
export function parseCompanySubmissions(json: unknown, url: string): CompanySubmissions {
	if (!isRecord(json)) throw new SubmissionsFormatError(url, 'not a JSON object');
	const cik = normaliseCik(String(json.cik ?? ''));
	if (cik === undefined) throw new SubmissionsFormatError(url, `"cik" is ${JSON.stringify(json.cik)}`);
	const name = typeof json.name === 'string' ? json.name : '';
	const tickers = Array.isArray(json.tickers) ? json.tickers.filter((t): t is string => typeof t === 'string') : [];
	const filings = isRecord(json.filings) ? json.filings : undefined;
	if (filings === undefined || !isRecord(filings.recent))
		throw new SubmissionsFormatError(url, 'there is no "filings.recent"');
	const pages = (Array.isArray(filings.files) ? filings.files : []).flatMap((file): SubmissionsPage[] =>
		isRecord(file) && typeof file.name === 'string'
			? [
					{
						name: file.name,
						...(typeof file.filingFrom === 'string' ? { filingFrom: file.filingFrom } : {}),
						...(typeof file.filingTo === 'string' ? { filingTo: file.filingTo } : {}),
					},
				]
			: [],
	);
	return { cik, name, tickers, filings: parseFilingColumns(filings.recent, cik, name, url), pages };
}

/** A page of `filings.files[]`: the parallel arrays of `filings.recent`, at the top level. */
export function parseSubmissionsPage(json: unknown, cik: string, company: string, url: string): FilingRef[] {
	return parseFilingColumns(json, cik, company, url);
}

function parseFilingColumns(columns: unknown, cik: string, company: string, url: string): FilingRef[] {
	if (!isRecord(columns)) throw new SubmissionsFormatError(url, 'the filings are not a JSON object');
	const column = (key: string): unknown[] => {
		const value = columns[key];
		if (!Array.isArray(value)) throw new SubmissionsFormatError(url, `the filings have no "${key}" array`);
		return value;
	};
	const accessions = column('accessionNumber');
	const forms = column('form');
	const dates = column('filingDate');
	if (forms.length !== accessions.length || dates.length !== accessions.length)
		throw new SubmissionsFormatError(url, '"accessionNumber", "form" and "filingDate" differ in length');
	return accessions.flatMap((value, i): FilingRef[] => {
		const accession = normaliseAccession(String(value));
		if (accession === undefined) return [];
		return [{ accession, cik, form: String(forms[i]), filingDate: String(dates[i]), ...(company ? { company } : {}) }];
	});
}
