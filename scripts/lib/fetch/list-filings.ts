/**
 * The filings a run asks for, listed from EDGAR: a company's from its submissions JSON
 * (`filings.recent`, then every page of `filings.files[]` whose dates the filter can use), a
 * day's from the daily index, tickers resolved through company_tickers.json.
 */
import { accessionFilerCik } from '../../../src/lib/edgar-api/accession.ts';
import { parseCompanyTickers } from '../../../src/lib/edgar-api/company-tickers.ts';
import { indexDays, parseDailyIndex } from '../../../src/lib/edgar-api/daily-index.ts';
import {
	companyTickersUrl,
	dailyIndexUrl,
	type EdgarOrigins,
	submissionsPageUrl,
	submissionsUrl,
} from '../../../src/lib/edgar-api/edgar-urls.ts';
import type { FilingRef } from '../../../src/lib/edgar-api/filing-ref.ts';
import { filterFilings, type FilingFilter, pageOverlaps } from '../../../src/lib/edgar-api/filing-filter.ts';
import { parseCompanySubmissions, parseSubmissionsPage } from '../../../src/lib/edgar-api/submissions-json.ts';
import type { EdgarClient } from './edgar-client.ts';
import type { FetchTarget } from './fetch-options.ts';

/** A ticker, CIK or day EDGAR does not know: the run stops before fetching, saying which. */
export class NotOnEdgar extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotOnEdgar';
	}
}

/** Upper-case ticker → CIK, one request for all of them. */
export async function resolveTickers(
	client: EdgarClient,
	origins: EdgarOrigins,
	tickers: readonly string[],
): Promise<Map<string, string>> {
	const resolved = new Map<string, string>();
	if (tickers.length === 0) return resolved;
	const url = companyTickersUrl(origins);
	const json = await client.getJson(url);
	if (json === 'missing') throw new NotOnEdgar(`${url} answered 404; check SEC_WWW_ORIGIN.`);
	const table = parseCompanyTickers(json);
	for (const ticker of tickers) {
		const company = table.get(ticker.toUpperCase());
		if (company === undefined)
			throw new NotOnEdgar(
				`ticker "${ticker}" is not in EDGAR's company_tickers.json (it lists current tickers only); give the company's CIK instead (--cik).`,
			);
		resolved.set(ticker.toUpperCase(), company.cik);
	}
	return resolved;
}

/** A company's filings that `filter` keeps, newest first, older pages read only when they can add one. */
export async function listCompanyFilings(
	client: EdgarClient,
	origins: EdgarOrigins,
	cik: string,
	filter: FilingFilter,
): Promise<{ name: string; filings: FilingRef[] }> {
	const url = submissionsUrl(origins, cik);
	const json = await client.getJson(url);
	if (json === 'missing') throw new NotOnEdgar(`CIK ${cik} has no submissions on EDGAR (${url} answered 404).`);
	const company = parseCompanySubmissions(json, url);
	let listed = company.filings;
	for (const page of company.pages) {
		// Pages hold filings older than `recent`: once the limit is met, none of theirs would be kept.
		if (filter.limit !== undefined && filterFilings(listed, filter).length >= filter.limit) break;
		if (!pageOverlaps(page, filter)) continue;
		const pageUrl = submissionsPageUrl(origins, page.name);
		const pageJson = await client.getJson(pageUrl);
		if (pageJson === 'missing') throw new NotOnEdgar(`${pageUrl}, listed in ${url}'s filings.files, answered 404.`);
		listed = [...listed, ...parseSubmissionsPage(pageJson, company.cik, company.name, pageUrl)];
	}
	return { name: company.name, filings: filterFilings(listed, filter) };
}

/** Every filer's filings of the business days `since`–`until` that `filter` keeps; days without an index are named in `skipped`. */
export async function listDayFilings(
	client: EdgarClient,
	origins: EdgarOrigins,
	since: string,
	until: string,
	filter: FilingFilter,
): Promise<{ filings: FilingRef[]; skipped: string[] }> {
	const listed: FilingRef[] = [];
	const skipped: string[] = [];
	for (const day of indexDays(since, until)) {
		const text = await client.getText(dailyIndexUrl(origins, day));
		// EDGAR publishes no index on a holiday, or before the day's dissemination.
		if (text === 'missing') skipped.push(day);
		else listed.push(...parseDailyIndex(text));
	}
	return { filings: filterFilings(listed, { ...filter, since, until }), skipped };
}

/** `--accession`: the CIK that the Archives path needs is the one given, else the accession's own filer id. */
export function accessionFilings(accessions: readonly string[], cik: string | undefined): FilingRef[] {
	return accessions.map((accession) => ({
		accession,
		cik: cik ?? accessionFilerCik(accession),
		form: '',
		filingDate: '',
	}));
}

/** What a fetch's command line asks for, listed (but --referenced: list-referenced.ts); `log` is told each company's count and the days without an index. */
export async function listTarget(
	client: EdgarClient,
	origins: EdgarOrigins,
	target: Exclude<FetchTarget, { kind: 'referenced' }>,
	filter: FilingFilter,
	log: (line: string) => void,
): Promise<FilingRef[]> {
	if (target.kind === 'accessions') return accessionFilings(target.accessions, target.cik);
	if (target.kind === 'days') {
		const listed = await listDayFilings(client, origins, target.since, target.until, filter);
		if (listed.skipped.length > 0)
			log(`no daily index for ${listed.skipped.join(', ')} (a holiday, or not yet published)`);
		return listed.filings;
	}
	const tickers = await resolveTickers(client, origins, target.tickers);
	const filings: FilingRef[] = [];
	for (const cik of new Set([...tickers.values(), ...target.ciks])) {
		const company = await listCompanyFilings(client, origins, cik, filter);
		log(`${company.name || `CIK ${cik}`}: ${company.filings.length} filings to take`);
		filings.push(...company.filings);
	}
	return filings;
}
