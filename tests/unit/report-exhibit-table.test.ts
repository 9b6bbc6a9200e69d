import { describe, expect, it } from 'vitest';
import { htmlToTextView } from '../../src/lib/edgar/html-to-text.ts';
import { parseReportText } from '../../src/lib/report/parse-report.ts';
import { exhibitRowsByLine } from '../../src/lib/report/exhibit-table.ts';

/** An HTML report read as ingest reads it: the text and its tables from one walk of the tree. */
function exhibitsOf(html: string) {
	const view = htmlToTextView(html);
	return parseReportText(view.text, 'report.htm', view.tables).exhibits.map(({ number, title, status }) => ({
		number,
		title,
		status,
	}));
}

const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const report = (table: string, after = '') =>
	`<html><body><p>Item 1. Business</p><p>We make things.</p><p>Item 15. Exhibit and Financial Statement Schedules</p><table>${table}</table>${after}<p>SIGNATURES</p></body></html>`;

describe('an exhibit index laid out as an HTML table', () => {
	it('reads the incorporated-by-reference columns under a spanning header as location, never as title', () => {
		const exhibits = exhibitsOf(
			report(
				'<tr><td></td><td></td><td colspan="3">Incorporated by Reference</td><td></td></tr>' +
					row('Exhibit Number', 'Exhibit Description', 'Form', 'Exhibit', 'Filing Date', 'Filed Herewith') +
					row(
						'4.2',
						'Indenture, dated as of April 29, 2013, between the Registrant and The Bank of New York Mellon Trust Company, N.A., as Trustee, a description long enough to push every later cell out of its text column.',
						'S-3',
						'4.1',
						'4/29/13',
						'',
					) +
					row('31.1', 'Rule 13a-14(a) Certification of Chief Executive Officer.', '—', '—', '—', 'X'),
			),
		);
		expect(exhibits).toEqual([
			{
				number: '4.2',
				title:
					'Indenture, dated as of April 29, 2013, between the Registrant and The Bank of New York Mellon Trust Company, N.A., as Trustee, a description long enough to push every later cell out of its text column.',
				status: 'Incorporated by reference',
			},
			{
				number: '31.1',
				title: 'Rule 13a-14(a) Certification of Chief Executive Officer.',
				status: 'Filed herewith',
			},
		]);
	});

	it('reads a reference column of prose and a footnote-marker column of its own', () => {
		const exhibits = exhibitsOf(
			report(
				row('Exhibit', '', 'Description', 'Reference') +
					row(
						'2.1',
						'**',
						'Agreement and Plan of Merger, dated as of March 27, 2024 by and among The Home Depot, Inc. and Star Acquisition Merger Sub Inc.',
						'Form 10-Q for the fiscal quarter ended April 28, 2024, Exhibit 2.1',
					) +
					row('32.1', '‡', 'Certification furnished pursuant to Section 906 of the Sarbanes-Oxley Act', ''),
				'<p>** Schedules omitted pursuant to Item 601(a)(5).</p><p>‡ Furnished herewith.</p>',
			),
		);
		expect(exhibits).toEqual([
			{
				number: '2.1',
				title:
					'Agreement and Plan of Merger, dated as of March 27, 2024 by and among The Home Depot, Inc. and Star Acquisition Merger Sub Inc.',
				status: 'Incorporated by reference',
			},
			{
				number: '32.1',
				title: 'Certification furnished pursuant to Section 906 of the Sarbanes-Oxley Act',
				status: 'Furnished herewith',
			},
		]);
	});

	it('ends an entry with its row: a page number after the table is not a location, an EDGAR type label not more title', () => {
		const exhibits = exhibitsOf(
			report(
				row('Exhibit No.', 'Description') +
					row('25.1', 'Statement of Eligibility on Form T-1 of Wilmington Trust, National Association.') +
					row('EX-FILING FEES', 'Filing Fees.') +
					row('32.1', 'Section 1350 Certification.'),
				'<p>75</p><p>Table of Contents</p>',
			),
		);
		expect(exhibits).toEqual([
			{
				number: '25.1',
				title: 'Statement of Eligibility on Form T-1 of Wilmington Trust, National Association.',
				status: 'Filed herewith',
			},
			{ number: '32.1', title: 'Section 1350 Certification.', status: 'Filed herewith' },
		]);
	});

	it('reads markers joined to the number and a legend written without a space', () => {
		const exhibits = exhibitsOf(
			report(
				row('Exhibit Number', 'Exhibit Description') +
					row('32.1***', 'Section 1350 Certifications.') +
					row('97.1*, **', 'Rule 10D-1 Recovery Policy'),
				'<p>*Indicates management contract or compensatory plan or arrangement.</p><p>**Filed herewith.</p><p>***Furnished herewith.</p>',
			),
		);
		expect(exhibits).toEqual([
			{ number: '32.1', title: 'Section 1350 Certifications.', status: 'Furnished herewith' },
			{ number: '97.1', title: 'Rule 10D-1 Recovery Policy', status: 'Filed herewith' },
		]);
	});
});

describe('exhibit list text', () => {
	it('takes a location clause after a dash out of the title', () => {
		const exhibits = exhibitsOf(
			report(
				row(
					'3.2',
					'By-Laws of the Company, as amended and restated through October 19, 2023 — incorporated herein by reference to Exhibit 3.2 of the Company’s Current Report on Form 8-K filed on October 20, 2023.',
				),
			),
		);
		expect(exhibits).toEqual([
			{
				number: '3.2',
				title: 'By-Laws of the Company, as amended and restated through October 19, 2023',
				status: 'Incorporated by reference',
			},
		]);
	});

	it('reads the exhibits item that lists exhibits, not its table-of-contents line', () => {
		const html =
			'<html><body><table>' +
			row('Item 6.', 'Exhibits', '22') +
			row('', 'Signatures', '23') +
			'</table><p>Item 1. Financial Statements</p><p>Numbers.</p><p>Item 6. Exhibits</p><table>' +
			row('Exhibit Number', 'Exhibit Description') +
			row('31.1', 'Certification of Chief Executive Officer.') +
			'</table><p>SIGNATURE</p></body></html>';
		expect(exhibitsOf(html).map((e) => e.number)).toEqual(['31.1']);
	});
});

describe('exhibit lists of annual reports', () => {
	it('reads the exhibit index, not the footnotes of the financial statements an Item 15 holds', () => {
		const html =
			'<html><body><table>' +
			row('Item 15.', 'Exhibit and Financial Statement Schedules', '51') +
			'</table><p>ITEM 1. BUSINESS</p><p>We make things.</p><p>ITEM 15. EXHIBIT AND FINANCIAL STATEMENT SCHEDULES</p>' +
			// The footnotes under two tables of the statements, each a row of their own.
			'<table>' +
			row('(1)', 'Represents the cash consideration paid to the shareholders of the company acquired.') +
			row('(2)', 'Represents the fair value of stock options assumed.') +
			'</table><p>Net assets acquired</p><table>' +
			row('(1)', 'The fair value of developed technology was identified using the excess earnings method.') +
			'</table>' +
			'<p>EXHIBIT INDEX</p><table>' +
			row('Exhibit No.', 'Exhibit Description') +
			row('3.1', 'Restated Certificate of Incorporation') +
			row('31.1', 'Certification of Chief Executive Officer') +
			'</table><p>SIGNATURES</p></body></html>';
		expect(exhibitsOf(html).map((e) => e.number)).toEqual(['3.1', '31.1']);
	});

	it('reads the index under its item when the table of contents lists Signatures among the items', () => {
		const html =
			'<html><body><table>' +
			row('Item 15.', 'Exhibits, Financial Statement Schedules', '93') +
			row('', 'Signatures', '98') +
			'</table><p>ITEM 1.BUSINESS</p><p>We make things.</p><p>ITEM 15.EXHIBITS, FINANCIAL STATEMENT SCHEDULES</p><table>' +
			row('Exhibit Number', 'Description') +
			row('31.01', 'Certification of Chief Executive Officer') +
			'</table><p>SIGNATURES</p></body></html>';
		expect(exhibitsOf(html).map((e) => e.number)).toEqual(['31.01']);
	});

	it('finds the description under header rows laid out out of line with the rows, and reads "Provided Herewith"', () => {
		const exhibits = exhibitsOf(
			report(
				'<tr><td colspan="3">Exhibit No.</td><td colspan="3"></td><td colspan="3">Provided Herewith</td><td colspan="9">Incorporated by Reference</td></tr>' +
					'<tr><td colspan="3">Exhibit Description</td><td colspan="3">Form</td><td colspan="3">SEC File No.</td><td colspan="3">Exhibit</td><td colspan="3">Filing Date</td></tr>' +
					'<tr><td colspan="3">3.1</td><td colspan="3">Restated Certificate of Incorporation of Salesforce, Inc.</td><td colspan="3"></td><td colspan="3">8-K</td><td colspan="3">001-32224</td><td colspan="3">7/1/2024</td></tr>' +
					'<tr><td colspan="3">10.11*</td><td colspan="3">Forms of equity award agreements under the 2013 Equity Incentive Plan</td><td colspan="3">X</td><td colspan="3"></td><td colspan="3"></td><td colspan="3"></td></tr>',
			),
		);
		expect(exhibits).toEqual([
			{
				number: '3.1',
				title: 'Restated Certificate of Incorporation of Salesforce, Inc.',
				status: 'Incorporated by reference',
			},
			{
				number: '10.11',
				title: 'Forms of equity award agreements under the 2013 Equity Incentive Plan',
				status: 'Filed herewith',
			},
		]);
	});

	it('reads "(Exhibit 3.1 to the Company’s Current Report on Form 8-K …)" as location, not title', () => {
		const exhibits = exhibitsOf(
			report(
				row(
					'3.2',
					'By-Laws of The Boeing Company, as amended and restated, effective August 29, 2023 (Exhibit 3.1 to the Company’s Current Report on Form 8-K dated August 29, 2023)',
				),
			),
		);
		expect(exhibits).toEqual([
			{
				number: '3.2',
				title: 'By-Laws of The Boeing Company, as amended and restated, effective August 29, 2023',
				status: 'Incorporated by reference',
			},
		]);
	});
});

describe('an exhibit index broken over pages', () => {
	it('reads a table without a header, as wide as the index before it, by the index’s columns', () => {
		const row = (line: number, cells: string[]) => ({ line, cells, spans: cells.map(() => 1), links: [] });
		const header = ['Exhibit Number', 'Description', 'Form', 'File No.', 'Exhibit', 'Filing Date'];
		const rows = exhibitRowsByLine([
			{ rows: [row(0, header), row(1, ['10.1', 'Escrow Agreement', 'S-4', '333-143966', '10.15', '6/22/2007'])] },
			{ rows: [row(3, ['10.30*', 'Visa Inc. Clawback Policy', '10-K', '001-33977', '10.29', '11/15/2023'])] },
		]);
		expect(rows.get(3)).toMatchObject({ number: '10.30', description: ['Visa Inc. Clawback Policy'] });
	});
});
