/**
 * Which listed filings a fetch takes: by form (a form's amendments, `8-K/A` for `8-K`, included
 * unless asked not to), by filing date, newest first up to a limit, each accession once.
 */
import type { FilingRef } from './filing-ref.ts';

export interface FilingFilter {
	/** Forms as EDGAR names them (`8-K`, `10-K`); empty or undefined: every form. Case-insensitive. */
	forms?: readonly string[];
	/** Whether `{form}/A` counts as `{form}`. Default true. */
	amendments?: boolean;
	/** ISO dates, inclusive. */
	since?: string;
	until?: string;
	/** At most this many, the newest. */
	limit?: number;
}

export function matchesForm(form: string, filter: Pick<FilingFilter, 'forms' | 'amendments'>): boolean {
	if (filter.forms === undefined || filter.forms.length === 0) return filter.amendments !== false || !isAmendment(form);
	const wanted = new Set(filter.forms.map((f) => f.trim().toUpperCase()));
	const upper = form.trim().toUpperCase();
	if (wanted.has(upper)) return true;
	return filter.amendments !== false && isAmendment(upper) && wanted.has(upper.slice(0, -2));
}

const isAmendment = (form: string) => /\/A$/i.test(form);

export function filterFilings(filings: readonly FilingRef[], filter: FilingFilter): FilingRef[] {
	const seen = new Set<string>();
	const kept = filings
		.filter((filing) => {
			if (seen.has(filing.accession)) return false;
			seen.add(filing.accession);
			return (
				matchesForm(filing.form, filter) &&
				(filter.since === undefined || filing.filingDate >= filter.since) &&
				(filter.until === undefined || filing.filingDate <= filter.until)
			);
		})
		// Newest first, so that --limit keeps the latest; one day's filings in accession order.
		.sort((a, b) =>
			a.filingDate === b.filingDate ? a.accession.localeCompare(b.accession) : a.filingDate < b.filingDate ? 1 : -1,
		);
	return filter.limit === undefined ? kept : kept.slice(0, filter.limit);
}

/** Whether a page of `filings.files[]` (its filingFrom–filingTo) can hold a filing the date filter keeps. */
export function pageOverlaps(page: { filingFrom?: string; filingTo?: string }, filter: FilingFilter): boolean {
	return (
		(filter.since === undefined || page.filingTo === undefined || page.filingTo >= filter.since) &&
		(filter.until === undefined || page.filingFrom === undefined || page.filingFrom <= filter.until)
	);
}
