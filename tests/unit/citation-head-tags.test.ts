import { describe, expect, it } from 'vitest';
import type { CitationSource } from '../../src/lib/citation/citation-source.ts';
import { citationMeta, jsonLd, serializeJsonLd } from '../../src/lib/citation/head-tags.ts';
import { partyUrl } from '../../src/lib/urls/routes.ts';
import { filingWithAccession, indenture, indentureUrl, site } from '../support/citation-sources.ts';

describe('citationMeta', () => {
	const byKey = (tags: ReturnType<typeof citationMeta>) =>
		tags.map((tag) => ['name' in tag ? tag.name : tag.property, tag.content]);

	it('gives a filing the Highwire tags a Zotero-style reader turns into a report record', () => {
		expect(byKey(citationMeta({ ...filingWithAccession, siteName: 'Filed Herewith' }))).toEqual([
			['citation_title', 'Form 8-K'],
			['citation_author', 'Nordstrom, Inc.'],
			['citation_publication_date', '2023/03/07'],
			['citation_publisher', 'U.S. Securities and Exchange Commission'],
			['citation_technical_report_institution', 'U.S. Securities and Exchange Commission'],
			['citation_technical_report_number', '0001193125-23-065389'],
			['citation_public_url', `${site}/filings/0001193125-23-065389/`],
			['og:type', 'article'],
			['og:title', 'Nordstrom, Inc.: Form 8-K'],
			['og:url', `${site}/filings/0001193125-23-065389/`],
			['og:site_name', 'Filed Herewith'],
			['article:published_time', '2023-03-07'],
		]);
	});

	it('uses name= for citation tags and property= for Open Graph, so each can be spread onto <meta>', () => {
		for (const tag of citationMeta(indenture)) {
			const key = 'name' in tag ? tag.name : tag.property;
			expect('name' in tag).toBe(key.startsWith('citation_'));
		}
	});

	it('gives party and instrument pages no citation_* tags, so they are not read as journal articles', () => {
		const party: CitationSource = {
			kind: 'party',
			title: 'Wilmington Trust Company',
			url: site + partyUrl('wilmington-trust-company'),
		};
		expect(byKey(citationMeta(party))).toEqual([
			['og:type', 'website'],
			['og:title', 'Wilmington Trust Company'],
			['og:url', `${site}/parties/wilmington-trust-company/`],
		]);
	});
});

describe('jsonLd', () => {
	it('describes an exhibit as a schema.org DigitalDocument by the registrant, published via the SEC', () => {
		expect(jsonLd(indenture)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'DigitalDocument',
			name: 'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee',
			url: indentureUrl,
			author: { '@type': 'Organization', name: 'Lexington Precision Corporation' },
			publisher: {
				'@type': 'GovernmentOrganization',
				name: 'U.S. Securities and Exchange Commission',
				url: 'https://www.sec.gov/',
			},
			datePublished: '2003-12-18',
			genre: 'Form 8-K',
			alternateName: 'Exhibit 4.1 to Form 8-K',
		});
	});

	it('identifies a filing by its accession number and keeps its report date apart from its filed date', () => {
		const data = jsonLd(filingWithAccession);
		expect(data.identifier).toEqual({
			'@type': 'PropertyValue',
			propertyID: 'SEC accession number',
			value: '0001193125-23-065389',
		});
		expect(data.datePublished).toBe('2023-03-07');
		expect(data.dateCreated).toBe('2023-03-06');
	});

	it('serialises for a <script> element so that a hostile title cannot close it', () => {
		const hostile = { ...indenture, title: 'Note</script><script>alert(1)</script>' };
		const text = serializeJsonLd(jsonLd(hostile));
		expect(text).not.toMatch(/<\/script/i);
		expect(JSON.parse(text).name).toBe('Note</script><script>alert(1)</script>');
	});
});
