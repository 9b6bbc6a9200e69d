import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import { incorporationLink } from '../../src/lib/corpus/incorporated-exhibit.ts';
import { parseIncorporation, referenceFromCells } from '../../src/lib/report/incorporation.ts';
import { loadContentFolder } from '../support/fixture-corpus.ts';

describe('an exhibit incorporated by reference', () => {
	it.each([
		[
			"incorporated by reference to Exhibit 4.1 to the Company's Current Report on Form 8-K filed December 18, 2003 (File No. 0-3252)",
			{ exhibit: '4.1', form: '8-K', filed: '2003-12-18', fileNumber: '0-3252' },
		],
		[
			'Form 10-Q for the fiscal quarter ended July 31, 2011, Exhibit 3.1',
			{ exhibit: '3.1', form: '10-Q', period: '2011-07-31' },
		],
		[
			'filed as Exhibit 3.1 of the Registrant’s Current Report on Form 8-K on August 6, 2019 and incorporated herein by reference (File No. 001-36827)',
			{ exhibit: '3.1', form: '8-K', filed: '2019-08-06', fileNumber: '001-36827' },
		],
	])('reads %j', (text, expected) => {
		expect(parseIncorporation(text)).toMatchObject(expected);
	});

	it('writes an index’s columns as the sentence it parses, a file number never taken for a form', () => {
		const text = referenceFromCells(['S-1 (Exhibit 3.2)', 'May 27, 2021', '333-256516']);
		expect(text).toBe('Form S-1, Exhibit 3.2, filed May 27, 2021, File No. 333-256516');
		expect(parseIncorporation(text)).toMatchObject({
			form: 'S-1',
			exhibit: '3.2',
			filed: '2021-05-27',
			fileNumber: '333-256516',
		});
		expect(parseIncorporation(referenceFromCells(['8-K', '001-39071', '3.1', '6/5/25']))).toMatchObject({
			form: '8-K',
			exhibit: '3.1',
			filed: '2025-06-05',
		});
	});

	it('links the exhibit page of the filing the corpus holds, else the registrant’s EDGAR filings of that form', () => {
		const input = loadContentFolder(path.resolve(import.meta.dirname, '../fixtures/corpus-with-one-filing'));
		// A later filing of the same registrant whose exhibit 4.1 is incorporated from the 8-K of 2020-01-02.
		const [filing] = input.filings;
		const later = structuredClone(filing!);
		later.id = 'acme-10-k-2021-03-01';
		later.data = {
			...later.data,
			id: later.id,
			form: '10-K',
			reportDate: '2020-12-31',
			filers: [{ name: 'Acme', role: 'filer', cik: '0000012345', party: later.data.registrant }],
		};
		const exhibit = structuredClone(input.exhibits.find((e) => e.data.number === '4.1')!);
		exhibit.id = `${later.id}/ex-4-1`;
		const incorporatedFrom = {
			asFiled: 'Exhibit 4.1 to the Form 8-K filed January 2, 2020',
			exhibit: '4.1',
			form: '8-K',
			filed: '2020-01-02',
		};
		exhibit.data = { ...exhibit.data, filing: later.id, status: 'Incorporated by reference', incorporatedFrom };
		const corpus = buildCorpus({
			...input,
			filings: [...input.filings, later],
			exhibits: [...input.exhibits, exhibit],
		});
		const view = corpus.exhibits.find((e) => e.filing.id === later.id)!;
		expect(incorporationLink(view)).toMatchObject({
			internal: true,
			url: '/filings/acme-8-k-2020-01-02/ex-4-1/',
		});

		view.data = { ...view.data, incorporatedFrom: { ...incorporatedFrom, filed: '2019-05-01' } };
		const outside = incorporationLink(view);
		expect(outside).toMatchObject({ internal: false });
		expect(outside!.url).toBe(
			'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000012345&type=8-K&dateb=20190501&owner=include&count=40',
		);
		// The document itself, where the index links it, before the filing list.
		const url = 'https://www.sec.gov/Archives/edgar/data/12345/000001234519000001/ex4-1.htm';
		view.data = { ...view.data, incorporatedFrom: { ...incorporatedFrom, filed: '2019-05-01', url } };
		expect(incorporationLink(view)).toEqual({ url, internal: false, document: true });
	});
});

describe('an exhibit the index links in another filing the corpus holds', () => {
	it('links that exhibit’s page, found by the linked filing’s accession and the document’s file name', () => {
		const input = loadContentFolder(path.resolve(import.meta.dirname, '../fixtures/corpus-with-one-filing'));
		const [filing] = input.filings;
		filing!.data = { ...filing!.data, accession: '0000012345-20-000001' };
		const held = input.exhibits.find((e) => e.data.number === '4.1')!;
		held.data = { ...held.data, source: { sequence: 2, filename: 'acme-indenture.htm' } };
		// An S-3/A whose index says only "previously filed", linking the S-3's document.
		const later = structuredClone(filing!);
		later.id = 'acme-s-3a-2021-03-01';
		later.data = { ...later.data, id: later.id, form: 'S-3/A', accession: '0000012345-21-000002' };
		const consent = structuredClone(held);
		consent.id = `${later.id}/ex-23-1`;
		const url = 'https://www.sec.gov/Archives/edgar/data/12345/000001234520000001/acme-indenture.htm';
		consent.data = {
			...consent.data,
			filing: later.id,
			number: '23.1',
			status: 'Incorporated by reference',
			hasBody: false,
			source: undefined,
			incorporatedFrom: { asFiled: 'Previously filed', url },
		};
		const corpus = buildCorpus({
			...input,
			filings: [...input.filings, later],
			exhibits: [...input.exhibits, consent],
		});
		const view = corpus.exhibits.find((e) => e.filing.id === later.id)!;
		expect(incorporationLink(view)).toMatchObject({ internal: true, url: '/filings/acme-8-k-2020-01-02/ex-4-1/' });
		// Another document of that filing, which the corpus does not hold: the document on EDGAR.
		const elsewhere = url.replace('acme-indenture.htm', 'acme-opinion.htm');
		view.data = { ...view.data, incorporatedFrom: { asFiled: 'Previously filed', url: elsewhere } };
		expect(incorporationLink(view)).toEqual({ url: elsewhere, internal: false, document: true });
	});
});

describe('an exhibit index that links each exhibit on EDGAR', () => {
	it('keeps the link of an exhibit incorporated by reference, and only an EDGAR Archives address', async () => {
		const { htmlToTextView } = await import('../../src/lib/edgar/html-to-text.ts');
		const { parseReportText } = await import('../../src/lib/report/parse-report.ts');
		const archived = 'http://www.sec.gov/Archives/edgar/data/1766140/000121390021033200/ea142731ex1-1_unicycive.htm';
		const html = `<html><body><p>Item 16. Exhibits</p><table>
			<tr><td>Exhibit No.</td><td>Description</td></tr>
			<tr><td>1.1*</td><td><a href="${archived}">Form of Underwriting Agreement</a></td></tr>
			<tr><td>3.1*</td><td><a href="javascript:alert(1)">Certificate of Incorporation</a></td></tr>
			</table><p>* Previously filed.</p><p>SIGNATURES</p></body></html>`;
		const view = htmlToTextView(html);
		const listed = parseReportText(view.text, 'x.htm', view.tables).exhibits;
		expect(listed.map(({ number, status, link }) => ({ number, status, link }))).toEqual([
			{ number: '1.1', status: 'Incorporated by reference', link: archived.replace('http:', 'https:') },
			{ number: '3.1', status: 'Incorporated by reference', link: undefined },
		]);
	});
});
