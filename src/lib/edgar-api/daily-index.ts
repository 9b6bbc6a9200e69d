/**
 * EDGAR's daily index (`Archives/edgar/daily-index/{year}/QTR{n}/master.{YYYYMMDD}.idx`): a few
 * header lines, a dashed rule, then one filing a line as `CIK|Company Name|Form Type|Date
 * Filed|File Name`, the file name being the complete submission
 * (`edgar/data/1000045/0000950170-25-003019.txt`). The date is `YYYYMMDD` in the daily files
 * and `YYYY-MM-DD` in the quarterly full index; both are read.
 */
import { normaliseAccession, normaliseCik } from './accession.ts';
import type { FilingRef } from './filing-ref.ts';

export function parseDailyIndex(text: string): FilingRef[] {
	const lines = text.split(/\r?\n/);
	const rule = lines.findIndex((line) => /^-{20,}\s*$/.test(line));
	const filings: FilingRef[] = [];
	for (const line of lines.slice(rule + 1)) {
		const fields = line.split('|');
		if (fields.length !== 5) continue;
		const [cikField, company, form, date, file] = fields.map((field) => field.trim()) as [
			string,
			string,
			string,
			string,
			string,
		];
		const cik = normaliseCik(cikField);
		const accession = normaliseAccession(/([\d-]+)\.txt$/.exec(file)?.[1] ?? '');
		const filingDate = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date);
		if (cik === undefined || accession === undefined || filingDate === null) continue;
		filings.push({ accession, cik, form, filingDate: filingDate.slice(1).join('-'), company });
	}
	return filings;
}

const DAY_MS = 86_400_000;

/**
 * The business days from `since` to `until` (ISO, inclusive): EDGAR disseminates nothing on a
 * Saturday or Sunday, so it publishes no index for them. A holiday still has none (a 404, read
 * as a day without filings).
 */
export function indexDays(since: string, until: string): string[] {
	const days: string[] = [];
	for (let time = Date.parse(`${since}T00:00:00Z`); time <= Date.parse(`${until}T00:00:00Z`); time += DAY_MS) {
		const weekday = new Date(time).getUTCDay();
		if (weekday !== 0 && weekday !== 6) days.push(new Date(time).toISOString().slice(0, 10));
	}
	return days;
}
