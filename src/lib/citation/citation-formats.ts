/**
 * Citations for every page (issue "Cite it", parts 2 and 3): a plain citation, a Bluebook-style
 * one for SEC filings, BibTeX and CSL-JSON downloads, the `citation_*` / Open Graph meta tags
 * reference managers read, and schema.org JSON-LD. Pure functions of one `CitationSource`, so
 * the "Cite this" block, the downloads and the `<head>` can never disagree.
 */
import { formName } from '../display/form-names.ts';
import { exhibitSlug, slugify } from '../urls/slug.ts';

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
const secUrl = 'https://www.sec.gov/';

// ---------------------------------------------------------------------------------------------
// Dates

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** Bluebook T12: May, June and July are not abbreviated; September is "Sept.". */
const bluebookMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parsed by hand, not with `Date`, so that no time zone can move a filing to the day before. */
function parseIsoDate(value: string, source: CitationSource, field: 'date' | 'filedDate'): CalendarDate {
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
function publicationDate(source: CitationSource): CalendarDate | undefined {
	if (source.filedDate) return parseIsoDate(source.filedDate, source, 'filedDate');
	if (source.date) return parseIsoDate(source.date, source, 'date');
	return undefined;
}

/** `{2003, 12, 18}` → `"Dec. 18, 2003"` (Bluebook T12). */
function bluebookDate(date: CalendarDate): string {
	return `${bluebookMonths[date.month - 1]} ${date.day}, ${date.year}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoDate = (date: CalendarDate) => `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;

// ---------------------------------------------------------------------------------------------
// Forms and names

/**
 * How Bluebook designates forms that are not cited as "Form …". Names of forms come from
 * forms.ts (shared with page headings); only citation-specific rules live here.
 */
const formDesignations: Record<string, string> = {
	'DEF 14A': 'Schedule 14A',
	'PRE 14A': 'Schedule 14A',
	'SC 13D': 'Schedule 13D',
	'SC 13G': 'Schedule 13G',
};

/**
 * `"8-K"` → `{ name: "Current Report", designation: "Form 8-K" }`. An amendment ("10-K/A")
 * takes its base form's name unless forms.ts names the amendment itself; prospectuses
 * ("424B3") are "Prospectus". Unknown forms have no name and are cited by designation only.
 */
export function describeForm(form: string): { name?: string; designation: string } {
	const asFiled = form.trim();
	const base = asFiled.toUpperCase().replace(/\/A$/, '');
	const name = formName(asFiled) ?? formName(base) ?? (/^424B\d$/.test(base) ? 'Prospectus' : undefined);
	return { name, designation: formDesignations[base] ?? `Form ${asFiled}` };
}

/**
 * Bluebook T6 abbreviations for words in a company name (the words a registrant's name is
 * likely to hold; T6 has more). Keys are lower case; matching is whole-word and case-blind.
 */
const t6Abbreviations: Record<string, string> = {
	administration: 'Admin.',
	america: 'Am.',
	american: 'Am.',
	and: '&',
	association: "Ass'n",
	associates: 'Assocs.',
	brothers: 'Bros.',
	capital: 'Cap.',
	center: 'Ctr.',
	chemical: 'Chem.',
	commercial: 'Com.',
	communications: "Commc'ns",
	company: 'Co.',
	computer: 'Comput.',
	consolidated: 'Consol.',
	construction: 'Constr.',
	corporation: 'Corp.',
	development: 'Dev.',
	distribution: 'Distrib.',
	electric: 'Elec.',
	electronic: 'Elec.',
	engineering: "Eng'g",
	entertainment: 'Ent.',
	environmental: "Env't",
	equipment: 'Equip.',
	exchange: 'Exch.',
	federal: 'Fed.',
	finance: 'Fin.',
	financial: 'Fin.',
	general: 'Gen.',
	government: "Gov't",
	group: 'Grp.',
	guaranty: 'Guar.',
	hospital: 'Hosp.',
	incorporated: 'Inc.',
	industrial: 'Indus.',
	industries: 'Indus.',
	industry: 'Indus.',
	institute: 'Inst.',
	insurance: 'Ins.',
	international: "Int'l",
	investment: 'Inv.',
	laboratories: "Lab'ys",
	limited: 'Ltd.',
	management: 'Mgmt.',
	manufacturing: 'Mfg.',
	medical: 'Med.',
	mortgage: 'Mortg.',
	mutual: 'Mut.',
	national: "Nat'l",
	organization: 'Org.',
	partnership: "P'ship",
	petroleum: 'Petrol.',
	pharmaceutical: 'Pharm.',
	pharmaceuticals: 'Pharms.',
	products: 'Prods.',
	properties: 'Props.',
	public: 'Pub.',
	railroad: 'R.R.',
	railway: 'Ry.',
	research: 'Rsch.',
	resources: 'Res.',
	savings: 'Sav.',
	securities: 'Sec.',
	services: 'Servs.',
	society: "Soc'y",
	systems: 'Sys.',
	technology: 'Tech.',
	technologies: 'Techs.',
	telecommunications: 'Telecomms.',
	telephone: 'Tel.',
	transportation: 'Transp.',
	trust: 'Tr.',
	university: 'Univ.',
	utilities: 'Utils.',
};

/** `"Lexington Precision Corporation"` → `"Lexington Precision Corp."` (Bluebook T6). */
export function abbreviateCompanyName(name: string): string {
	return name.replace(/\p{L}+/gu, (word) => t6Abbreviations[word.toLowerCase()] ?? word);
}

/** A title as filed often ends with a period; inside a citation the period would double up with the next mark. */
const withoutFinalPeriod = (text: string) => text.trim().replace(/\.$/, '');

const isSecDocument = (source: CitationSource) => source.kind === 'filing' || source.kind === 'exhibit';

/** The page's URL with the targeted paragraph's fragment, when there is one. */
function citedUrl(source: CitationSource): string {
	return source.pinpoint ? `${source.url.replace(/#.*$/, '')}#${source.pinpoint.id}` : source.url;
}

/** Name of the document a filing citation leads with: the form's name, else the title. */
function filingDocumentName(source: CitationSource): string {
	const name = source.form ? describeForm(source.form).name : undefined;
	return name ?? withoutFinalPeriod(source.title);
}

const joinParts = (parts: Array<string | undefined>, separator = ', ') => parts.filter((p) => p !== undefined && p !== '').join(separator);

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
	const designation = source.form ? describeForm(source.form).designation : undefined;
	const documentPart = source.kind === 'exhibit' ? withoutFinalPeriod(source.title) : filingDocumentName(source);
	const filedAs =
		source.kind === 'exhibit' && source.exhibitNumber
			? joinParts([`Exhibit ${source.exhibitNumber}`, designation && `to ${designation}`], ' ')
			: designation;
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
	const designation = source.form ? describeForm(source.form).designation : undefined;
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
	const designation = source.form ? describeForm(source.form).designation : undefined;
	const howpublished =
		source.kind === 'exhibit' && source.exhibitNumber
			? joinParts([`Exhibit ${source.exhibitNumber}`, designation && `to ${designation}`], ' ')
			: designation;
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
	const form = source.form ? describeForm(source.form).designation : undefined;
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
	if (source.kind === 'exhibit' && source.exhibitNumber) item.note = joinParts([`Exhibit ${source.exhibitNumber}`, form && `to ${form}`], ' ');
	return item;
}

// ---------------------------------------------------------------------------------------------
// <head> metadata

/** One `<meta>`: `name=` for Highwire `citation_*` tags, `property=` for Open Graph. Spread it: `<meta {...tag} />`. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * Meta tags for reference managers and link previews. Filings and exhibits get Highwire
 * `citation_*` tags; `citation_technical_report_institution` is what makes Zotero's Embedded
 * Metadata translator file them as a "report" (with only `citation_title` it guesses "journal
 * article"). Party and instrument pages are not documents: they get Open Graph only, which
 * Zotero reads as a web page. Canonical link: `<link rel="canonical" href={source.url}>`.
 */
export function citationMeta(source: CitationSource): MetaTag[] {
	const date = publicationDate(source);
	const title = withoutFinalPeriod(source.title);
	const tags: MetaTag[] = [];
	if (isSecDocument(source)) {
		tags.push({ name: 'citation_title', content: title });
		if (source.registrant) tags.push({ name: 'citation_author', content: source.registrant });
		// Google Scholar's documented date format is YYYY/MM/DD.
		if (date) tags.push({ name: 'citation_publication_date', content: `${date.year}/${pad2(date.month)}/${pad2(date.day)}` });
		tags.push({ name: 'citation_publisher', content: secPublisher });
		tags.push({ name: 'citation_technical_report_institution', content: secPublisher });
		if (source.accession) tags.push({ name: 'citation_technical_report_number', content: source.accession });
		tags.push({ name: 'citation_public_url', content: source.url });
	}
	tags.push({ property: 'og:type', content: isSecDocument(source) ? 'article' : 'website' });
	tags.push({ property: 'og:title', content: source.registrant && isSecDocument(source) ? `${source.registrant}: ${title}` : title });
	tags.push({ property: 'og:url', content: source.url });
	if (source.siteName) tags.push({ property: 'og:site_name', content: source.siteName });
	if (date && isSecDocument(source)) tags.push({ property: 'article:published_time', content: isoDate(date) });
	return tags;
}

/**
 * schema.org JSON-LD for `<script type="application/ld+json">`. Filings and exhibits are
 * `DigitalDocument`s (schema.org's `Legislation` is for laws, `Report` is a news article
 * subtype); party and instrument pages are `WebPage`s about their subject.
 */
export function jsonLd(source: CitationSource): Record<string, unknown> {
	const date = publicationDate(source);
	const title = withoutFinalPeriod(source.title);
	if (!isSecDocument(source)) {
		return {
			'@context': 'https://schema.org',
			'@type': 'WebPage',
			name: title,
			url: source.url,
			...(source.siteName ? { isPartOf: { '@type': 'WebSite', name: source.siteName } } : {}),
		};
	}
	const form = source.form ? describeForm(source.form) : undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'DigitalDocument',
		name: title,
		url: source.url,
		...(source.registrant ? { author: { '@type': 'Organization', name: source.registrant } } : {}),
		publisher: { '@type': 'GovernmentOrganization', name: secPublisher, url: secUrl },
		...(date ? { datePublished: isoDate(date) } : {}),
		...(source.date && source.filedDate ? { dateCreated: isoDate(parseIsoDate(source.date, source, 'date')) } : {}),
		...(form ? { genre: form.designation } : {}),
		...(source.kind === 'exhibit' && source.exhibitNumber
			? { alternateName: joinParts([`Exhibit ${source.exhibitNumber}`, form && `to ${form.designation}`], ' ') }
			: {}),
		...(source.accession
			? { identifier: { '@type': 'PropertyValue', propertyID: 'SEC accession number', value: source.accession } }
			: {}),
	};
}

/**
 * JSON-LD text for `<script type="application/ld+json" set:html={…}>`. Titles are as filed
 * and may hold `</script>`; escaping every `<` keeps the JSON equal and the element closed.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
