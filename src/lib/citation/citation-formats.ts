/**
 * src/lib/citation/ owns citing: these formats, the `<head>` tags (head-tags.ts), the
 * abbreviation tables (abbreviations.ts), and what each page cites itself as (page-citation.ts).
 *
 * The citations of every page: a plain citation, a Bluebook-style one for SEC filings, and the
 * BibTeX and CSL-JSON downloads. Pure functions of one `CitationSource` (citation-source.ts),
 * read the same way as the `<head>` tags (head-tags.ts) read it.
 */
import { exhibitSlug, slugify } from '../urls/slug.ts';
import { bibtexMonths, bluebookMonths, t6Abbreviations } from './abbreviations.ts';
import {
	type CalendarDate,
	type CitationSource,
	describeForm,
	exhibitDesignation,
	formDesignation,
	isoDate,
	isSecDocument,
	joinParts,
	publicationDate,
	secPublisher,
	withoutFinalPeriod,
} from './citation-source.ts';

/** `{2003, 12, 18}` → `"Dec. 18, 2003"` (Bluebook T12). */
function bluebookDate(date: CalendarDate): string {
	return `${bluebookMonths[date.month - 1]} ${date.day}, ${date.year}`;
}

/** `"Lexington Precision Corporation"` → `"Lexington Precision Corp."` (Bluebook T6). */
export function abbreviateCompanyName(name: string): string {
	return name.replace(/\p{L}+/gu, (word) => t6Abbreviations[word.toLowerCase()] ?? word);
}

/** The page's URL with the targeted paragraph's fragment, when there is one. */
function citedUrl(source: CitationSource): string {
	return source.pinpoint ? `${source.url.replace(/#.*$/, '')}#${source.pinpoint.id}` : source.url;
}

/** Name of the document a filing citation leads with: the form's name, else the title. */
function filingDocumentName(source: CitationSource): string {
	const name = source.form ? describeForm(source.form).name : undefined;
	return name ?? withoutFinalPeriod(source.title);
}

// ---------------------------------------------------------------------------------------------
// Citations

/**
 * A citation anyone can read, with names and titles as filed:
 * `Lexington Precision Corporation, Indenture, dated as of December 18, 2003, … (Exhibit 4.1 to
 * Form 8-K, Dec. 18, 2003), https://…/ex-4-1/`. The pinpoint goes before the URL (`¶ 12`) and
 * into the URL's fragment; the accession number, when known, into the parenthetical.
 */
export function plainCitation(source: CitationSource): string {
	if (!isSecDocument(source)) return webPageCitation(source, source.registrant);
	const date = publicationDate(source);
	const designation = formDesignation(source);
	const documentPart = source.kind === 'exhibit' ? withoutFinalPeriod(source.title) : filingDocumentName(source);
	const filedAs = exhibitDesignation(source, designation) ?? designation;
	const details = joinParts([filedAs, date && bluebookDate(date)]);
	const parenthetical = joinParts([details, source.accession && `Accession No. ${source.accession}`], '; ');
	const cited = joinParts([documentPart, parenthetical && `(${parenthetical})`], ' ');
	return joinParts([source.registrant, cited, source.pinpoint?.label, citedUrl(source)]);
}

/**
 * Bluebook style for SEC filings (R. 14-style practice, e.g. "Google Inc., Annual Report (Form
 * 10-K) (Feb. 12, 2010)"): T6-abbreviated registrant, document name, form, exhibit, pinpoint,
 * T12 date, accession number, URL:
 * `Lexington Precision Corp., Current Report (Form 8-K) Ex. 4.1 ¶ 12 (Dec. 18, 2003), https://…#p12`.
 */
export function bluebookCitation(source: CitationSource): string {
	if (!isSecDocument(source)) {
		return webPageCitation(source, source.registrant && abbreviateCompanyName(source.registrant));
	}
	const date = publicationDate(source);
	const designation = formDesignation(source);
	const cited = joinParts(
		[
			filingDocumentName(source),
			designation && `(${designation})`,
			source.kind === 'exhibit' && source.exhibitNumber ? `Ex. ${source.exhibitNumber}` : undefined,
			source.pinpoint?.label,
			date && `(${bluebookDate(date)})`,
			source.accession && `(Accession No. ${source.accession})`,
		],
		' ',
	);
	return joinParts([source.registrant && abbreviateCompanyName(source.registrant), cited, citedUrl(source)]);
}

/** Party and instrument pages are pages of this site, cited like any web page: author, title, site, URL. */
function webPageCitation(source: CitationSource, author: string | undefined): string {
	return joinParts([author, withoutFinalPeriod(source.title), source.siteName, citedUrl(source)]);
}

// ---------------------------------------------------------------------------------------------
// BibTeX and CSL-JSON

/** `Lexington Precision Corporation` + 2003 + exhibit 4.1 → `lexington-precision-corporation-2003-ex-4-1`. */
export function citationKey(source: CitationSource): string {
	const date = publicationDate(source);
	const document =
		source.kind === 'exhibit' && source.exhibitNumber
			? exhibitSlug(source.exhibitNumber)
			: source.kind === 'filing' && source.form
				? slugify(source.form)
				: undefined;
	const parts = isSecDocument(source) ? [source.registrant, date?.year, document] : [source.registrant, source.title];
	const key = parts
		.filter((part) => part !== undefined && part !== '')
		.map((part) => slugify(String(part)))
		.filter(Boolean)
		.join('-');
	return key || slugify(source.title) || 'citation';
}

const latexSpecials: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/** Escapes the characters LaTeX treats as commands, in one pass so a backslash it adds is never escaped again. */
export function escapeLatex(text: string): string {
	return text.replace(/[\\{}%&$#_~^]/g, (char) => latexSpecials[char] ?? char);
}

/**
 * A BibTeX `@misc` entry. The registrant is a corporate author, so it is double-braced: BibTeX
 * would otherwise read "Lexington Precision Corporation" as a person named Corporation. The
 * `url` field is verbatim in biblatex and the url package, so it is left unescaped.
 */
export function bibtexEntry(source: CitationSource): string {
	const date = publicationDate(source);
	const designation = formDesignation(source);
	const howpublished = exhibitDesignation(source, designation) ?? designation;
	// Braced values are literal text; `month` is a BibTeX macro (`dec`), unbraced so styles can localise it.
	const fields: Array<[string, string | undefined]> = [
		['author', source.registrant && `{{${escapeLatex(source.registrant)}}}`],
		['title', `{{${escapeLatex(withoutFinalPeriod(source.title))}}}`],
		['howpublished', howpublished && `{${escapeLatex(howpublished)}}`],
		['publisher', `{${escapeLatex(isSecDocument(source) ? secPublisher : (source.siteName ?? ''))}}`],
		['year', date && `{${date.year}}`],
		['month', date && bibtexMonths[date.month - 1]],
		['date', date && `{${isoDate(date)}}`],
		['number', source.accession && `{${escapeLatex(source.accession)}}`],
		['note', source.accession && `{SEC Accession No. ${escapeLatex(source.accession)}}`],
		['url', `{${source.url}}`],
	];
	const body = fields
		.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '' && field[1] !== '{}')
		.map(([name, value]) => `  ${name} = ${value},\n`)
		.join('');
	return `@misc{${citationKey(source)},\n${body}}\n`;
}

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
	id: string;
	type: 'document' | 'webpage';
	title: string;
	author?: Array<{ literal: string }>;
	issued?: { 'date-parts': [[number, number, number]] };
	URL: string;
	publisher?: string;
	genre?: string;
	number?: string;
	note?: string;
}

/**
 * CSL-JSON for Zotero, Pandoc and citeproc. Type "document" (CSL has no SEC-filing type;
 * "legislation" would make styles format it as a statute). The registrant is a `literal`
 * author so no style splits it into given and family names.
 */
export function cslJson(source: CitationSource): CslItem {
	const date = publicationDate(source);
	const form = formDesignation(source);
	const item: CslItem = {
		id: citationKey(source),
		type: isSecDocument(source) ? 'document' : 'webpage',
		title: withoutFinalPeriod(source.title),
		URL: source.url,
	};
	if (source.registrant) item.author = [{ literal: source.registrant }];
	if (date) item.issued = { 'date-parts': [[date.year, date.month, date.day]] };
	if (isSecDocument(source)) item.publisher = secPublisher;
	else if (source.siteName) item.publisher = source.siteName;
	if (form) item.genre = form;
	if (source.accession) item.number = source.accession;
	const note = exhibitDesignation(source, form);
	if (note) item.note = note;
	return item;
}
