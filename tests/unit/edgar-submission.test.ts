import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/lib/edgar/classify.ts';
import { exhibitTypeFromFileName, groupSiblingFiles } from '../../src/lib/edgar/siblings.ts';
import { parseSubmission, type Submission } from '../../src/lib/edgar/submission.ts';
import { SourceError } from '../../src/lib/source-error.ts';

const samples = new URL('../fixtures/samples/', import.meta.url);
const parseSample = (name: string): Submission => parseSubmission(readFileSync(new URL(name, samples)), name);

interface Expected {
	layout: Submission['layout'];
	types: string[];
	accession?: string;
	cik?: string;
	form?: string;
	filedDate?: string;
	period?: string;
	company?: string;
}

// Values read from the files themselves (header lines, <TYPE> lines, cover pages).
const EXPECTED: Record<string, Expected> = {
	'aames-capital_8-K_1998-12-31.txt': {
		layout: 'pem',
		types: ['8-K', 'EX-20.1'],
		accession: '0001011438-98-000429',
		cik: '0000913951',
		form: '8-K',
		filedDate: '1998-12-31',
		period: '1998-12-15',
		company: 'AAMES CAPITAL CORP',
	},
	'apple-computer_10-Q_2000-05-11.txt': {
		layout: 'pem',
		types: ['10-Q', 'EX-3.2', 'EX-10.A49', 'EX-10.A51', 'EX-27'],
		accession: '0000912057-00-023442',
		cik: '0000320193',
		form: '10-Q',
		filedDate: '2000-05-11',
		period: '2000-04-01',
		company: 'APPLE COMPUTER INC',
	},
	'exelon_8-K_2005-04-27.txt': {
		layout: 'pem',
		types: ['8-K'],
		accession: '0000950137-05-004969',
		cik: '0001109357',
		form: '8-K',
		filedDate: '2005-04-27',
		period: '2005-04-26',
		company: 'EXELON CORP',
	},
	'gcm-grosvenor_S-3_2025-06-27.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-4.1', 'EX-5.1', 'EX-23.2', 'EX-25.1', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001213900-25-058997',
		cik: '0001819796',
		form: 'S-3',
		filedDate: '2025-06-27',
		company: 'GCM Grosvenor Inc.',
	},
	'nordstrom_8-K_2023-03-06.txt': {
		layout: 'sec-document',
		types: [
			'8-K',
			'EX-10.1',
			'EX-10.2',
			'EX-101.SCH',
			'EX-101.LAB',
			'EX-101.PRE',
			'GRAPHIC',
			'XML',
			'XML',
			'EXCEL',
			'XML',
			'XML',
			'XML',
			'JSON',
			'ZIP',
		],
		accession: '0000072333-23-000015',
		cik: '0000072333',
		form: '8-K',
		filedDate: '2023-03-06',
		period: '2023-03-01',
		company: 'NORDSTROM INC',
	},
	'residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt': {
		layout: 'archive',
		types: ['8-K', 'EX-1'],
		accession: '0000774352-01-000002',
		cik: '0000774352',
		form: '8-K',
		filedDate: '2001-01-02',
		period: '2000-12-26',
		company: 'RESIDENTIAL FUNDING MORTGAGE SECURITIES I INC',
	},
	'acurx-pharmaceuticals_S-1_2023-06-29.txt': {
		layout: 'sec-document',
		types: ['S-1', 'EX-5.1', 'EX-23.1', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001104659-23-076317',
		cik: '0001736243',
		form: 'S-1',
		filedDate: '2023-06-29',
		company: 'Acurx Pharmaceuticals, Inc.',
	},
	'adc-therapeutics_S-3_2025-06-30.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-5.1', 'EX-23.1', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
		accession: '0000950103-25-008153',
		cik: '0001771910',
		form: 'S-3',
		filedDate: '2025-06-30',
		company: 'ADC Therapeutics SA',
	},
	'alltel_CORRESP_2005-06-23.txt': {
		layout: 'pem',
		types: ['CORRESP'],
		accession: '0000065873-05-000060',
		cik: '0000065873',
		form: 'CORRESP',
		filedDate: '2005-06-23',
		company: 'ALLTEL CORP',
	},
	'anterix_S-3_2022-06-30.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-5.1', 'EX-23.2', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001193125-22-186192',
		cik: '0001304492',
		form: 'S-3',
		filedDate: '2022-06-30',
		company: 'Anterix Inc.',
	},
	'central-pacific-financial_S-3_2025-06-30.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-4.5', 'EX-4.6', 'EX-5.1', 'EX-5.2', 'EX-23.3', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001140361-25-024210',
		cik: '0000701347',
		form: 'S-3',
		filedDate: '2025-06-30',
		company: 'CENTRAL PACIFIC FINANCIAL CORP',
	},
	'curis_424B5_2025-03-31.txt': {
		layout: 'sec-document',
		types: ['424B5', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001108205-25-000026',
		cik: '0001108205',
		form: '424B5',
		filedDate: '2025-03-31',
		company: 'CURIS INC',
	},
	'dragonfly-energy_S-3_2023-11-15.txt': {
		layout: 'sec-document',
		types: [
			'S-3',
			'EX-4.5',
			'EX-4.6',
			'EX-5.1',
			'EX-5.2',
			'EX-23.1',
			'EX-FILING FEES',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
		],
		accession: '0001493152-23-041369',
		cik: '0001847986',
		form: 'S-3',
		filedDate: '2023-11-15',
		company: 'Dragonfly Energy Holdings Corp.',
	},
	'tr-finance_F-3A_2025-03-31.txt': {
		layout: 'sec-document',
		types: [
			'F-3/A',
			'EX-5.2',
			'EX-5.3',
			'EX-5.4',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
		],
		accession: '0001193125-25-068799',
		cik: '0001814722',
		form: 'F-3/A',
		filedDate: '2025-03-31',
		company: 'TR Finance LLC',
	},
	'tr-finance_F-3_2025-03-19.txt': {
		layout: 'sec-document',
		types: ['F-3', 'EX-22.1', 'EX-FILING FEES', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC', 'GRAPHIC'],
		accession: '0001193125-25-057913',
		cik: '0001814722',
		form: 'F-3',
		filedDate: '2025-03-19',
		company: 'TR Finance LLC',
	},
	'unicycive-therapeutics_S-1A_2021-06-30.txt': {
		layout: 'sec-document',
		types: [
			'S-1/A',
			'EX-5.1',
			'EX-23.1',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
		],
		accession: '0001213900-21-035033',
		cik: '0001766140',
		form: 'S-1/A',
		filedDate: '2021-06-30',
		company: 'Unicycive Therapeutics, Inc.',
	},
	'vigil-neuroscience_S-3_2025-03-31.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-5.1', 'EX-23.1', 'EX-FILING FEES', 'GRAPHIC'],
		accession: '0001193125-25-067858',
		cik: '0001827087',
		form: 'S-3',
		filedDate: '2025-03-31',
		company: 'Vigil Neuroscience, Inc.',
	},
	'vincerx-pharma_S-3A_2025-03-31.txt': {
		layout: 'sec-document',
		types: ['S-3/A', 'EX-23.2'],
		accession: '0001193125-25-068723',
		cik: '0001796129',
		form: 'S-3/A',
		filedDate: '2025-03-31',
		company: 'Vincerx Pharma, Inc.',
	},
	'vincerx-pharma_S-3_2025-01-24.txt': {
		layout: 'sec-document',
		types: ['S-3', 'EX-4.1', 'EX-5.1', 'EX-23.2', 'EX-FILING FEES', 'GRAPHIC'],
		accession: '0001193125-25-012209',
		cik: '0001796129',
		form: 'S-3',
		filedDate: '2025-01-24',
		company: 'Vincerx Pharma, Inc.',
	},
	'whitehawk-therapeutics_S-3_2025-03-31.txt': {
		layout: 'sec-document',
		types: [
			'S-3',
			'EX-4.1',
			'EX-5.1',
			'EX-23.1',
			'EX-FILING FEES',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
			'GRAPHIC',
		],
		accession: '0001193125-25-068942',
		cik: '0001422142',
		form: 'S-3',
		filedDate: '2025-03-31',
		company: 'Whitehawk Therapeutics, Inc.',
	},
	'buckle_8-K_2024-11-22_EX-99.1.htm': { layout: 'headerless', types: ['EX-99.1'] },
	'buckle_8-K_2024-11-22_primary.htm': {
		layout: 'bare-html',
		types: ['8-K'],
		cik: '0000885245',
		form: '8-K',
		period: '2024-11-22',
		company: 'THE BUCKLE, INC.',
	},
	'sophiris-bio_8-K_2016-03-23_primary.htm': {
		layout: 'bare-html',
		types: ['8-K'],
		form: '8-K',
		period: '2016-03-23',
		company: 'Sophiris Bio Inc.',
	},
};

describe('parseSubmission on every sample', () => {
	for (const [name, expected] of Object.entries(EXPECTED)) {
		it(`reads ${name} as ${expected.layout} with ${expected.types.length} document(s) and its header fields`, () => {
			const submission = parseSample(name);
			expect(submission.layout).toBe(expected.layout);
			expect(submission.documents.map((document) => document.type)).toEqual(expected.types);
			const { header } = submission;
			expect(header.accession).toBe(expected.accession);
			expect(header.filers[0]?.cik).toBe(expected.cik);
			expect(header.form).toBe(expected.form);
			expect(header.filedDate).toBe(expected.filedDate);
			expect(header.period).toBe(expected.period);
			expect(header.filers[0]?.name).toBe(expected.company);
			// A complete sample needs no workaround.
			expect(submission.warnings).toEqual([]);
			expect(submission.documents.some((document) => document.truncated)).toBe(false);
		});
	}

	it('lists every sample in this table', () => {
		const files = readdirSamples().filter((file) => file !== 'README.md');
		expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it('agrees with the announced PUBLIC DOCUMENT COUNT of each SGML sample', () => {
		for (const name of Object.keys(EXPECTED)) {
			const submission = parseSample(name);
			if (submission.header.documentCount !== undefined)
				expect(submission.documents).toHaveLength(submission.header.documentCount);
		}
	});

	it('classifies Nordstrom parts as html, xbrl and binary so the filing page can list the non-text ones', () => {
		const submission = parseSample('nordstrom_8-K_2023-03-06.txt');
		expect(submission.documents.map((document) => `${document.sequence}:${document.format}`)).toEqual([
			'1:html',
			'2:html',
			'3:html',
			'4:xbrl',
			'5:xbrl',
			'6:xbrl',
			'7:binary',
			'8:xbrl',
			'9:xbrl',
			'10:binary',
			'11:xbrl',
			'12:xbrl',
			'13:xbrl',
			'15:xbrl',
			'16:binary',
		]);
		const primary = submission.documents[0];
		// The <XBRL> wrapper EDGAR adds around inline XBRL is not part of the document.
		expect(primary?.text?.startsWith('<?xml')).toBe(true);
		expect(primary?.text).not.toContain('</XBRL>');
		expect(submission.documents.find((document) => document.type === 'GRAPHIC')?.text).toBeUndefined();
	});

	it('reads header details: filer address, SIC code and former names, in both header dialects', () => {
		const nordstrom = parseSample('nordstrom_8-K_2023-03-06.txt').header.filers[0];
		expect(nordstrom).toMatchObject({
			role: 'filer',
			sic: '5651',
			industry: 'RETAIL-FAMILY CLOTHING STORES',
			state: 'WA',
			fiscalYearEnd: '0128',
			formerNames: ['NORDSTROM BEST INC'],
			address: { street1: '1617 SIXTH AVENUE', city: 'SEATTLE', state: 'WA', zip: '98101-4407', phone: '2066282111' },
		});
		const archive = parseSample('residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt').header;
		expect(archive.documentCount).toBe(2);
		expect(archive.items).toEqual(['5']);
		expect(archive.filers[0]).toMatchObject({
			sic: '6189',
			state: 'DE',
			fileNumber: '333-57481',
			formerNames: ['SALOMON BROTHERS MORTGAGE SECURITIES IV INC'],
			address: {
				street1: '8400 NORMANDALE LAKE BLVD',
				street2: 'SUITE 600',
				city: 'MINNEAPOLIS',
				state: 'MN',
				zip: '55437',
			},
		});
	});

	it('records the line each document starts on', () => {
		const submission = parseSample('apple-computer_10-Q_2000-05-11.txt');
		expect(submission.documents.map((document) => document.startLine)).toEqual([48, 1531, 1612, 2230, 3058]);
	});

	it('parses the 2.4 MB archive-format sample completely', () => {
		const submission = parseSample('residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt');
		const exhibit = submission.documents[1];
		expect(exhibit?.text?.length).toBeGreaterThan(2_400_000);
		expect(
			exhibit?.text
				?.trimEnd()
				.endsWith('................................................................................'),
		).toBe(true);
	});

	it('reads a dissemination-layout file named .nc as the nc layout', () => {
		const bytes = readFileSync(
			new URL('residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt', samples),
		);
		const submission = parseSubmission(bytes, '0000774352-01-000002.nc');
		expect(submission.layout).toBe('nc');
		expect(submission.header.accession).toBe('0000774352-01-000002');
	});

	it('reads a bare plain-text 8-K, taking form, registrant and report date from its cover', () => {
		const text = [
			'                 SECURITIES AND EXCHANGE COMMISSION',
			'                             FORM 8-K',
			'                          CURRENT REPORT',
			'',
			'         Date of Report (Date of earliest event reported): December 18, 2003',
			'',
			'                  LEXINGTON PRECISION CORPORATION',
			'       (Exact name of registrant as specified in its charter)',
			'',
			'Item 5. Other Events.',
		].join('\n');
		const submission = parseSubmission(new TextEncoder().encode(text), 'lexington.txt');
		expect(submission.layout).toBe('bare-text');
		expect(submission.header).toMatchObject({
			form: '8-K',
			period: '2003-12-18',
			filers: [{ name: 'LEXINGTON PRECISION CORPORATION' }],
		});
		expect(submission.documents[0]).toMatchObject({ type: '8-K', format: 'text', sequence: 1, startLine: 1 });
	});

	it('types a bare exhibit saved as a sibling file from its file name', () => {
		const submission = parseSubmission(
			new TextEncoder().encode('<html><body><p>Press release</p></body></html>'),
			'acme_8-K_2024-01-02_EX-99.1.htm',
		);
		expect(submission.layout).toBe('bare-html');
		expect(submission.documents[0]?.type).toBe('EX-99.1');
		expect(submission.header.form).toBeUndefined();
	});
});

describe('parseSubmission on damaged input', () => {
	const aames = readFileSync(new URL('aames-capital_8-K_1998-12-31.txt', samples), 'latin1');

	it('keeps a truncated last document, flags it and says where it was opened', () => {
		const cut = aames.slice(0, aames.indexOf('ACCRUED SERVICING FEE'));
		const submission = parseSubmission(cut, 'aames-cut.txt');
		expect(submission.documents.map((document) => document.type)).toEqual(['8-K', 'EX-20.1']);
		expect(submission.documents[1]?.truncated).toBe(true);
		expect(submission.documents[1]?.text).toContain('STATEMENT TO CERTIFICATEHOLDERS');
		expect(submission.warnings.map((warning) => warning.message)).toContain(
			'<DOCUMENT> opened at line 156 is never closed (truncated file?); kept what was there',
		);
	});

	it('throws a SourceError naming file, line and remedy when the header is cut before any document', () => {
		const cut = aames.slice(0, aames.indexOf('FILER:'));
		let error: unknown;
		try {
			parseSubmission(cut, 'aames-cut.txt');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(SourceError);
		expect((error as SourceError).message).toBe(
			'aames-cut.txt:20: <SEC-HEADER> opened at line 12 is never closed and no <DOCUMENT> follows (truncated file?). Re-download the complete submission from EDGAR.',
		);
	});

	it('rejects an empty file and a binary file with a clear error', () => {
		expect(() => parseSubmission(new Uint8Array(), 'empty.txt')).toThrow(
			/^empty\.txt:1: the file is empty\. Re-download/,
		);
		expect(() => parseSubmission(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x0a]), 'x.zip')).toThrow(
			/^x\.zip:1: the file holds binary data \(a NUL byte at offset 4\)/,
		);
	});

	it('warns when the header announces more documents than the file holds', () => {
		const cut = aames.slice(0, aames.indexOf('<DOCUMENT>\n<TYPE>EX-20.1'));
		const submission = parseSubmission(cut, 'aames-one.txt');
		expect(submission.documents).toHaveLength(1);
		expect(submission.warnings.map((warning) => warning.message)).toContain(
			'the header announces 2 documents but the file holds 1',
		);
	});
});

describe('classifyDocument', () => {
	it.each([
		[{ type: 'EX-10.1', filename: 'a.htm' }, 'html'],
		[{ type: 'EX-27', text: '<TABLE> <S> <C>\n<ARTICLE> 5' }, 'text'],
		[{ type: 'EX-99', text: '<HTML><BODY>x</BODY></HTML>' }, 'html'],
		[{ type: 'EX-101.INS', filename: 'a.xml' }, 'xbrl'],
		[{ type: 'XML', filename: 'R2.htm' }, 'xbrl'],
		[{ type: 'GRAPHIC', filename: 'logo.gif' }, 'binary'],
		[{ type: 'EX-99.2', filename: 'deck.pdf' }, 'pdf'],
		[{ type: 'EX-99.3', text: 'begin 644 deck.zip\nM' }, 'binary'],
		[{ type: 'EX-99.4', text: 'Plain words.' }, 'text'],
	] as const)('classifies %o as %s', (input, format) => {
		expect(classifyDocument(input)).toBe(format);
	});
});

describe('groupSiblingFiles', () => {
	it('pairs the Buckle primary document with its EX-99.1 by shared prefix', () => {
		const groups = groupSiblingFiles([
			'samples/buckle_8-K_2024-11-22_EX-99.1.htm',
			'samples/sophiris-bio_8-K_2016-03-23_primary.htm',
			'samples/buckle_8-K_2024-11-22_primary.htm',
			'samples/aames-capital_8-K_1998-12-31.txt',
		]);
		expect(groups).toEqual([
			{
				key: 'samples/buckle_8-K_2024-11-22',
				primary: 'samples/buckle_8-K_2024-11-22_primary.htm',
				exhibits: [{ path: 'samples/buckle_8-K_2024-11-22_EX-99.1.htm', type: 'EX-99.1' }],
			},
			{
				key: 'samples/sophiris-bio_8-K_2016-03-23',
				primary: 'samples/sophiris-bio_8-K_2016-03-23_primary.htm',
				exhibits: [],
			},
			{
				key: 'samples/aames-capital_8-K_1998-12-31.txt',
				primary: 'samples/aames-capital_8-K_1998-12-31.txt',
				exhibits: [],
			},
		]);
	});

	it('derives EDGAR exhibit types from file names', () => {
		expect(exhibitTypeFromFileName('x/acme_10-K_2020_ex-10.a49.txt')).toBe('EX-10.A49');
		expect(exhibitTypeFromFileName('acme_primary.htm')).toBeUndefined();
		expect(exhibitTypeFromFileName('notes.htm')).toBeUndefined();
	});
});

function readdirSamples(): string[] {
	return readdirSync(samples);
}

describe('a submission whose wrapper tags do not start lines', () => {
	it('reads it as EDGAR lays it out: the same documents, header and text', () => {
		const name = 'residential-funding-mortgage-sec-I_8-K_2001-01-02_archive-format.txt';
		const raw = readFileSync(new URL(name, samples), 'latin1');
		// As some feeds write it: every wrapper tag outside <TEXT> run onto the line before.
		const squashed = raw
			.split(/(<TEXT>[\s\S]*?<\/TEXT>)/)
			.map((part, i) => (i % 2 === 1 ? part : part.replace(/\n(?=<)/g, '')))
			.join('');
		expect(squashed.split('\n').length).toBeLessThan(raw.split('\n').length);
		const laidOut = parseSubmission(raw, 'x.nc');
		const onFewLines = parseSubmission(squashed, 'x.nc');
		expect(onFewLines.documents.map((d) => d.type)).toEqual(laidOut.documents.map((d) => d.type));
		expect(onFewLines.header).toEqual(laidOut.header);
		expect(onFewLines.documents[1]!.text).toBe(laidOut.documents[1]!.text);
	});
});

describe('a submission whose documents run onto their <TEXT> line', () => {
	it('reads the body and drops the <XBRL> wrapper, as when the tags start lines', () => {
		const html = '<html><body><p>ACME CORP</p><p>Item 5.02 Departure of Directors.</p></body></html>';
		const header = '<SUBMISSION><ACCESSION-NUMBER>0000000001-25-000001<TYPE>8-K<PUBLIC-DOCUMENT-COUNT>2';
		const runOn = `${header}<DOCUMENT><TYPE>8-K<SEQUENCE>1<FILENAME>a.htm<TEXT><XBRL>${html}</XBRL></TEXT></DOCUMENT><DOCUMENT><TYPE>EX-10.1<SEQUENCE>2<FILENAME>b.htm<TEXT>${html}</TEXT></DOCUMENT></SUBMISSION>\n`;
		const laidOut = `${header.replace(/(?<=.)</g, '\n<')}\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>a.htm\n<TEXT>\n<XBRL>\n${html}\n</XBRL>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-10.1\n<SEQUENCE>2\n<FILENAME>b.htm\n<TEXT>\n${html}\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n`;
		const fromRunOn = parseSubmission(runOn, 'x.nc');
		expect(fromRunOn.documents.map((d) => d.text)).toEqual([html, html]);
		expect(fromRunOn.documents.map((d) => d.text)).toEqual(
			parseSubmission(laidOut, 'x.nc').documents.map((d) => d.text),
		);
	});
});

describe('a header written since 2025', () => {
	it('reads the EIN labelled `EIN:` as the filer’s IRS number', () => {
		expect(parseSample('curis_424B5_2025-03-31.txt').header.filers[0]?.irsNumber).toBe('043505116');
	});
});
