/**
 * What a page cites itself as (`CitationSource`, built by page-citation.ts), and the readings
 * of it that the citations (citation-formats.ts) and the `<head>` tags (head-tags.ts) share:
 * the publication date, the form's name and designation, the title without its final period.
 * One reading for both, so the "Cite this" block, the downloads and the `<head>` never disagree.
 */
import { formName } from '../display/form-names.ts';
import { formDesignations } from './abbreviations.ts';

export type CitationKind = 'filing' | 'exhibit' | 'party' | 'instrument';

/** What a page knows about the thing it shows; the layout builds it from the collection entry. */
export interface CitationSource {
	kind: CitationKind;
	/** Registrant (filing, exhibit) or issuer (instrument) display name, e.g. "Lexington Precision Corporation". */
	registrant?: string;
	/**
	 * Title as filed (exhibit: "Indenture, dated as of December 18, 2003, …"), or the display
	 * name of a party or instrument. For a filing of a known form the citations use the form's
	 * name ("Current Report") instead; the title still goes to BibTeX, CSL-JSON and meta tags.
	 */
	title: string;
	/** Form type as filed, e.g. "8-K", "10-Q/A", "DEF 14A". */
	form?: string;
	/** Exhibit number as filed, e.g. "4.1". */
	exhibitNumber?: string;
	/** Document date (exhibit) or report date (filing), ISO "YYYY-MM-DD". */
	date?: string;
	/** Date the SEC accepted the filing, ISO "YYYY-MM-DD". Preferred over `date` as the publication date. */
	filedDate?: string;
	/** SEC accession number, e.g. "0001193125-23-065389". */
	accession?: string;
	/** Absolute permalink of the page, e.g. "https://example.org/filings/…/ex-4-1/". */
	url: string;
	/** A targeted paragraph or section: `{ id: "p12", label: "¶ 12" }` (labels come from the pinpoint plugin's `data-pinpoint-label`). */
	pinpoint?: { id: string; label: string };
	/** Site name for pages that are not SEC documents (party, instrument), e.g. "Filed Herewith". */
	siteName?: string;
}

export const secPublisher = 'U.S. Securities and Exchange Commission';

export const isSecDocument = (source: CitationSource) => source.kind === 'filing' || source.kind === 'exhibit';

// ---------------------------------------------------------------------------------------------
// Dates

export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** Parsed by hand, not with `Date`, so that no time zone can move a filing to the day before. */
export function parseIsoDate(value: string, source: CitationSource, field: 'date' | 'filedDate'): CalendarDate {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
	if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
		throw new Error(
			`Citation for ${source.url} has ${field} "${value}", which is not an ISO date (YYYY-MM-DD). Fix the ${field} of the entry it was built from.`,
		);
	}
	return { year, month, day };
}

/** The date a reader would look the document up by: filed date when known, else the document's own date. */
export function publicationDate(source: CitationSource): CalendarDate | undefined {
	if (source.filedDate) return parseIsoDate(source.filedDate, source, 'filedDate');
	if (source.date) return parseIsoDate(source.date, source, 'date');
	return undefined;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const isoDate = (date: CalendarDate) => `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;

// ---------------------------------------------------------------------------------------------
// Forms, exhibits and titles

/**
 * `"8-K"` → `{ name: "Current Report", designation: "Form 8-K" }`. Names of forms come from
 * src/lib/display/form-names.ts (shared with page headings); an amendment ("10-K/A") takes its
 * base form's name unless the amendment has one of its own; prospectuses ("424B3") are
 * "Prospectus". Unknown forms have no name and are cited by designation only.
 */
export function describeForm(form: string): { name?: string; designation: string } {
	const asFiled = form.trim();
	const base = asFiled.toUpperCase().replace(/\/A$/, '');
	const name = formName(asFiled) ?? formName(base) ?? (/^424B\d$/.test(base) ? 'Prospectus' : undefined);
	return { name, designation: formDesignations[base] ?? `Form ${asFiled}` };
}

/** The designation of the source's form (`Form 8-K`, `Schedule 14A`), when it has one. */
export const formDesignation = (source: CitationSource) =>
	source.form ? describeForm(source.form).designation : undefined;

/** `Exhibit 4.1 to Form 8-K` for a numbered exhibit (`Exhibit 4.1` without a form); undefined for anything else. */
export function exhibitDesignation(source: CitationSource, form: string | undefined): string | undefined {
	if (source.kind !== 'exhibit' || !source.exhibitNumber) return undefined;
	return joinParts([`Exhibit ${source.exhibitNumber}`, form && `to ${form}`], ' ');
}

/** A title as filed often ends with a period; inside a citation the period would double up with the next mark. */
export const withoutFinalPeriod = (text: string) => text.trim().replace(/\.$/, '');

export const joinParts = (parts: Array<string | undefined>, separator = ', ') =>
	parts.filter((p) => p !== undefined && p !== '').join(separator);
