/**
 * What a page's `<head>` says about the document it shows, for reference managers and link
 * previews: Highwire `citation_*` meta tags, Open Graph tags and schema.org JSON-LD. Read from
 * the same `CitationSource` as the page's citations (citation-formats.ts), so the two agree.
 */
import {
	type CitationSource,
	exhibitDesignation,
	formDesignation,
	isoDate,
	isSecDocument,
	pad2,
	parseIsoDate,
	publicationDate,
	secPublisher,
	withoutFinalPeriod,
} from './citation-source.ts';

const secUrl = 'https://www.sec.gov/';

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
		if (date)
			tags.push({ name: 'citation_publication_date', content: `${date.year}/${pad2(date.month)}/${pad2(date.day)}` });
		tags.push({ name: 'citation_publisher', content: secPublisher });
		tags.push({ name: 'citation_technical_report_institution', content: secPublisher });
		if (source.accession) tags.push({ name: 'citation_technical_report_number', content: source.accession });
		tags.push({ name: 'citation_public_url', content: source.url });
	}
	tags.push({ property: 'og:type', content: isSecDocument(source) ? 'article' : 'website' });
	tags.push({
		property: 'og:title',
		content: source.registrant && isSecDocument(source) ? `${source.registrant}: ${title}` : title,
	});
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
	const form = formDesignation(source);
	const alternateName = exhibitDesignation(source, form);
	return {
		'@context': 'https://schema.org',
		'@type': 'DigitalDocument',
		name: title,
		url: source.url,
		...(source.registrant ? { author: { '@type': 'Organization', name: source.registrant } } : {}),
		publisher: { '@type': 'GovernmentOrganization', name: secPublisher, url: secUrl },
		...(date ? { datePublished: isoDate(date) } : {}),
		...(source.date && source.filedDate ? { dateCreated: isoDate(parseIsoDate(source.date, source, 'date')) } : {}),
		...(form ? { genre: form } : {}),
		...(alternateName ? { alternateName } : {}),
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
