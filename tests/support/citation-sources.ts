/**
 * Citation sources the citation tests share (tests/unit/citation.test.ts,
 * tests/unit/citation-head-tags.test.ts): the seed filing and its exhibits, and a filing with an
 * accession number, as the layouts would describe them (src/lib/citation/page-citation.ts).
 */
import type { CitationSource } from '../../src/lib/citation/citation-source.ts';
import { exhibitUrl, filingUrl } from '../../src/lib/urls/routes.ts';

export const site = 'https://filedherewith.example';
export const seedFilingId = 'lexington-precision-corporation-8-k-2003-12-18';
export const lexington = 'Lexington Precision Corporation';

/** The seed filing's exhibits, as the exhibit layout would describe them. */
export const exhibit = (number: string, title: string): CitationSource => ({
	kind: 'exhibit',
	registrant: lexington,
	title,
	form: '8-K',
	exhibitNumber: number,
	date: '2003-12-18',
	url: site + exhibitUrl(seedFilingId, number),
});
export const indenture = exhibit(
	'4.1',
	'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee.',
);
export const seniorNote = exhibit('4.5', 'Form of 12% Senior Subordinated Note due August 1, 2003.');
export const pressRelease = exhibit('99.1', 'Press release dated December 18, 2003.');
export const seedFiling: CitationSource = {
	kind: 'filing',
	registrant: lexington,
	title: 'Form 8-K',
	form: '8-K',
	date: '2003-12-18',
	url: site + filingUrl(seedFilingId),
};
export const filingWithAccession: CitationSource = {
	kind: 'filing',
	registrant: 'Nordstrom, Inc.',
	title: 'Form 8-K',
	form: '8-K',
	date: '2023-03-06',
	filedDate: '2023-03-07',
	accession: '0001193125-23-065389',
	url: site + filingUrl('0001193125-23-065389'),
};
export const indentureUrl = `${site}/filings/${seedFilingId}/ex-4-1/`;
