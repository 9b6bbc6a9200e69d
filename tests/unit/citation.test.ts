import { describe, expect, it } from 'vitest';
import {
	abbreviateCompanyName,
	bibtexEntry,
	bluebookCitation,
	citationKey,
	cslJson,
	escapeLatex,
	plainCitation,
} from '../../src/lib/citation/citation-formats.ts';
import { type CitationSource, describeForm } from '../../src/lib/citation/citation-source.ts';
import { partyUrl, instrumentUrl } from '../../src/lib/urls/routes.ts';
import {
	filingWithAccession,
	indenture,
	indentureUrl,
	lexington,
	pressRelease,
	seedFiling,
	seedFilingId,
	seniorNote,
	site,
} from '../support/citation-sources.ts';

describe('plainCitation', () => {
	it('cites an exhibit by registrant, title as filed, exhibit number, form, date and permalink', () => {
		expect(plainCitation(indenture)).toBe(
			'Lexington Precision Corporation, Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee (Exhibit 4.1 to Form 8-K, Dec. 18, 2003), ' +
				indentureUrl,
		);
	});

	it('keeps the title as filed, including a maturity before the report date', () => {
		expect(plainCitation(seniorNote)).toBe(
			`Lexington Precision Corporation, Form of 12% Senior Subordinated Note due August 1, 2003 (Exhibit 4.5 to Form 8-K, Dec. 18, 2003), ${site}/filings/${seedFilingId}/ex-4-5/`,
		);
	});

	it('cites a filing by the name of its form and puts the accession number in the parenthetical', () => {
		expect(plainCitation(filingWithAccession)).toBe(
			`Nordstrom, Inc., Current Report (Form 8-K, Mar. 7, 2023; Accession No. 0001193125-23-065389), ${site}/filings/0001193125-23-065389/`,
		);
	});

	it('adds the pinpoint label and points the URL at the paragraph', () => {
		expect(plainCitation({ ...pressRelease, pinpoint: { id: 'p3', label: '¶ 3' } })).toBe(
			`Lexington Precision Corporation, Press release dated December 18, 2003 (Exhibit 99.1 to Form 8-K, Dec. 18, 2003), ¶ 3, ${site}/filings/${seedFilingId}/ex-99-1/#p3`,
		);
	});

	it('cites a party page as a page of the site', () => {
		const party: CitationSource = {
			kind: 'party',
			title: 'Wilmington Trust Company',
			siteName: 'Filed Herewith',
			url: site + partyUrl('wilmington-trust-company'),
		};
		expect(plainCitation(party)).toBe(
			`Wilmington Trust Company, Filed Herewith, ${site}/parties/wilmington-trust-company/`,
		);
	});
});

describe('bluebookCitation', () => {
	it('cites an exhibit as Bluebook does an SEC filing: abbreviated registrant, report name, form, exhibit, T12 date', () => {
		expect(bluebookCitation(indenture)).toBe(
			`Lexington Precision Corp., Current Report (Form 8-K) Ex. 4.1 (Dec. 18, 2003), ${indentureUrl}`,
		);
	});

	it('cites a filing without an exhibit number', () => {
		expect(bluebookCitation(seedFiling)).toBe(
			`Lexington Precision Corp., Current Report (Form 8-K) (Dec. 18, 2003), ${site}/filings/${seedFilingId}/`,
		);
	});

	it('adds the accession number where known and dates the filing by its filed date', () => {
		expect(bluebookCitation(filingWithAccession)).toBe(
			`Nordstrom, Inc., Current Report (Form 8-K) (Mar. 7, 2023) (Accession No. 0001193125-23-065389), ${site}/filings/0001193125-23-065389/`,
		);
	});

	it('puts a paragraph or section pinpoint after the exhibit number', () => {
		expect(bluebookCitation({ ...indenture, pinpoint: { id: 'p12', label: '¶ 12' } })).toBe(
			`Lexington Precision Corp., Current Report (Form 8-K) Ex. 4.1 ¶ 12 (Dec. 18, 2003), ${indentureUrl}#p12`,
		);
		expect(bluebookCitation({ ...indenture, pinpoint: { id: 'section-4-02', label: '§ 4.02' } })).toBe(
			`Lexington Precision Corp., Current Report (Form 8-K) Ex. 4.1 § 4.02 (Dec. 18, 2003), ${indentureUrl}#section-4-02`,
		);
	});

	it('uses T12 month abbreviations, leaving May, June and July whole and writing Sept.', () => {
		const on = (date: string) => bluebookCitation({ ...seedFiling, date });
		expect(on('2003-05-01')).toContain('(May 1, 2003)');
		expect(on('2003-06-30')).toContain('(June 30, 2003)');
		expect(on('2003-07-04')).toContain('(July 4, 2003)');
		expect(on('2003-09-15')).toContain('(Sept. 15, 2003)');
		expect(on('2003-01-02')).toContain('(Jan. 2, 2003)');
	});

	it('names each common form the way Bluebook does', () => {
		const name = (form: string) => bluebookCitation({ ...seedFiling, form }).split(', ')[1];
		expect(name('10-K')).toBe('Annual Report (Form 10-K) (Dec. 18');
		expect(name('10-Q')).toBe('Quarterly Report (Form 10-Q) (Dec. 18');
		expect(name('S-1')).toBe('Registration Statement (Form S-1) (Dec. 18');
		expect(name('S-3/A')).toBe('Registration Statement (Form S-3/A) (Dec. 18');
		expect(name('DEF 14A')).toBe('Definitive Proxy Statement (Schedule 14A) (Dec. 18');
	});

	it('falls back to the title for a form it has no name for', () => {
		expect(bluebookCitation({ ...seedFiling, form: 'N-CSR', title: 'Certified Shareholder Report' })).toBe(
			`Lexington Precision Corp., Certified Shareholder Report (Form N-CSR) (Dec. 18, 2003), ${site}/filings/${seedFilingId}/`,
		);
	});

	it('cites an instrument page with the issuer abbreviated', () => {
		const instrument: CitationSource = {
			kind: 'instrument',
			registrant: lexington,
			title: '13% Junior Subordinated Notes due November 1, 2009',
			siteName: 'Filed Herewith',
			url: site + instrumentUrl('lexington-13-junior-notes'),
		};
		expect(bluebookCitation(instrument)).toBe(
			`Lexington Precision Corp., 13% Junior Subordinated Notes due November 1, 2009, Filed Herewith, ${site}/instruments/lexington-13-junior-notes/`,
		);
	});

	it('refuses a date that is not ISO, naming the page and the field', () => {
		expect(() => bluebookCitation({ ...indenture, date: 'December 18, 2003' })).toThrow(
			`Citation for ${indentureUrl} has date "December 18, 2003", which is not an ISO date (YYYY-MM-DD). Fix the date of the entry it was built from.`,
		);
		expect(() => bluebookCitation({ ...indenture, filedDate: '2003-13-01' })).toThrow(/filedDate "2003-13-01"/);
	});
});

describe('abbreviateCompanyName', () => {
	it.each([
		['Lexington Precision Corporation', 'Lexington Precision Corp.'],
		['Wilmington Trust Company', 'Wilmington Tr. Co.'],
		['Apple Computer, Incorporated', 'Apple Comput., Inc.'],
		['Congress Financial Corporation', 'Congress Fin. Corp.'],
		['GCM Grosvenor Inc.', 'GCM Grosvenor Inc.'],
		['AAMES CAPITAL CORPORATION', 'AAMES Cap. Corp.'],
		['Residential Funding Mortgage Securities I, Inc.', 'Residential Funding Mortg. Sec. I, Inc.'],
	])('abbreviates %j to %j (T6)', (name, abbreviated) => {
		expect(abbreviateCompanyName(name)).toBe(abbreviated);
	});
});

describe('describeForm', () => {
	it('names amendments and prospectuses after their base form', () => {
		expect(describeForm('10-K/A')).toEqual({ name: 'Annual Report', designation: 'Form 10-K/A' });
		expect(describeForm('424B3')).toEqual({ name: 'Prospectus', designation: 'Form 424B3' });
		expect(describeForm('N-CSR')).toEqual({ name: undefined, designation: 'Form N-CSR' });
	});
});

describe('bibtexEntry', () => {
	it('writes a @misc entry keyed by registrant, year and exhibit, with a braced corporate author', () => {
		expect(bibtexEntry(indenture)).toBe(
			[
				'@misc{lexington-precision-corporation-2003-ex-4-1,',
				'  author = {{Lexington Precision Corporation}},',
				'  title = {{Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee}},',
				'  howpublished = {Exhibit 4.1 to Form 8-K},',
				'  publisher = {U.S. Securities and Exchange Commission},',
				'  year = {2003},',
				'  month = dec,',
				'  date = {2003-12-18},',
				`  url = {${indentureUrl}},`,
				'}',
				'',
			].join('\n'),
		);
	});

	it('escapes LaTeX specials in text fields but not in the verbatim url field', () => {
		const entry = bibtexEntry({
			...seniorNote,
			title: 'Form of 12% Note #2 {A} for $5 & R_D ~^\\',
			url: `${site}/a_b/#p1`,
		});
		expect(entry).toContain(
			'title = {{Form of 12\\% Note \\#2 \\{A\\} for \\$5 \\& R\\_D \\textasciitilde{}\\textasciicircum{}\\textbackslash{}}}',
		);
		expect(entry).toContain(`url = {${site}/a_b/#p1}`);
	});

	it('records the accession number as the number and in a note', () => {
		const entry = bibtexEntry(filingWithAccession);
		expect(entry).toMatch(/^@misc\{nordstrom-inc-2023-8-k,\n/);
		expect(entry).toContain('  number = {0001193125-23-065389},\n');
		expect(entry).toContain('  note = {SEC Accession No. 0001193125-23-065389},\n');
	});

	it('gives each seed exhibit a distinct key', () => {
		expect([indenture, seniorNote, pressRelease, seedFiling].map(citationKey)).toEqual([
			'lexington-precision-corporation-2003-ex-4-1',
			'lexington-precision-corporation-2003-ex-4-5',
			'lexington-precision-corporation-2003-ex-99-1',
			'lexington-precision-corporation-2003-8-k',
		]);
	});
});

describe('escapeLatex', () => {
	it('escapes each special once, never re-escaping a backslash it added', () => {
		expect(escapeLatex('100% & $1 #2 _x {y}')).toBe('100\\% \\& \\$1 \\#2 \\_x \\{y\\}');
		expect(escapeLatex('a\\b')).toBe('a\\textbackslash{}b');
	});
});

describe('cslJson', () => {
	it('describes an exhibit as a CSL document with a literal corporate author and date parts', () => {
		expect(cslJson(indenture)).toEqual({
			id: 'lexington-precision-corporation-2003-ex-4-1',
			type: 'document',
			title:
				'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee',
			author: [{ literal: 'Lexington Precision Corporation' }],
			issued: { 'date-parts': [[2003, 12, 18]] },
			URL: indentureUrl,
			publisher: 'U.S. Securities and Exchange Commission',
			genre: 'Form 8-K',
			note: 'Exhibit 4.1 to Form 8-K',
		});
	});

	it('carries the accession number as the number and the filed date as issued', () => {
		const item = cslJson(filingWithAccession);
		expect(item.number).toBe('0001193125-23-065389');
		expect(item.issued).toEqual({ 'date-parts': [[2023, 3, 7]] });
	});
});
