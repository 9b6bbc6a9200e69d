import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	accessionFilerCik,
	accessionFolder,
	normaliseAccession,
	normaliseCik,
	paddedCik,
} from '../../src/lib/edgar-api/accession.ts';
import { parseCompanyTickers } from '../../src/lib/edgar-api/company-tickers.ts';
import { corpusJsonSchema, parseCorpusConfig } from '../../src/lib/edgar-api/corpus-config.ts';
import { indexDays, parseDailyIndex } from '../../src/lib/edgar-api/daily-index.ts';
import {
	companyTickersUrl,
	dailyIndexUrl,
	DEFAULT_ORIGINS,
	submissionsPageUrl,
	submissionsUrl,
	submissionTextUrl,
} from '../../src/lib/edgar-api/edgar-urls.ts';
import type { FilingRef } from '../../src/lib/edgar-api/filing-ref.ts';
import { filterFilings, matchesForm, pageOverlaps } from '../../src/lib/edgar-api/filing-filter.ts';
import { backoffDelay, classifyResponse } from '../../src/lib/edgar-api/response-class.ts';
import {
	parseCompanySubmissions,
	parseSubmissionsPage,
	SubmissionsFormatError,
} from '../../src/lib/edgar-api/submissions-json.ts';
import {
	emptySyncState,
	parseSyncState,
	serialiseSyncState,
	unseenFilings,
	withTaken,
} from '../../src/lib/edgar-api/sync-state.ts';
import { userAgentProblem } from '../../src/lib/edgar-api/user-agent.ts';
import { SourceError } from '../../src/lib/source-error.ts';

describe('accession numbers and CIKs', () => {
	it('reads an accession number with or without dashes and writes the Archives folder without them', () => {
		expect(normaliseAccession('000095012303014557')).toBe('0000950123-03-014557');
		expect(normaliseAccession(' 0000950123-03-014557 ')).toBe('0000950123-03-014557');
		expect(normaliseAccession('0000950123-03-01455')).toBeUndefined();
		expect(accessionFolder('0000950123-03-014557')).toBe('000095012303014557');
		expect(accessionFilerCik('0000320193-25-000999')).toBe('320193');
	});

	it('reads a CIK padded, unpadded or prefixed, and pads it to ten digits for data.sec.gov', () => {
		expect(normaliseCik('0000320193')).toBe('320193');
		expect(normaliseCik('CIK0000320193')).toBe('320193');
		expect(normaliseCik(320193)).toBe('320193');
		expect(normaliseCik('0')).toBeUndefined();
		expect(normaliseCik('AAPL')).toBeUndefined();
		expect(paddedCik('320193')).toBe('0000320193');
	});
});

describe('EDGAR addresses', () => {
	it('builds the documented paths on either origin', () => {
		const origins = { www: 'http://127.0.0.1:9/', data: 'http://127.0.0.1:9' };
		expect(submissionsUrl(DEFAULT_ORIGINS, '320193')).toBe('https://data.sec.gov/submissions/CIK0000320193.json');
		expect(submissionsPageUrl(origins, 'CIK0000320193-submissions-001.json')).toBe(
			'http://127.0.0.1:9/submissions/CIK0000320193-submissions-001.json',
		);
		expect(companyTickersUrl(DEFAULT_ORIGINS)).toBe('https://www.sec.gov/files/company_tickers.json');
		expect(submissionTextUrl(DEFAULT_ORIGINS, '72333', '0000072333-23-000015')).toBe(
			'https://www.sec.gov/Archives/edgar/data/72333/000007233323000015/0000072333-23-000015.txt',
		);
	});

	it('puts a day in its quarter of the daily index', () => {
		expect(dailyIndexUrl(DEFAULT_ORIGINS, '2025-01-08')).toBe(
			'https://www.sec.gov/Archives/edgar/daily-index/2025/QTR1/master.20250108.idx',
		);
		expect(dailyIndexUrl(DEFAULT_ORIGINS, '2024-10-01')).toContain('/2024/QTR4/master.20241001.idx');
	});
});

const recent = {
	accessionNumber: ['0000320193-25-000999', '0000320193-24-000123'],
	filingDate: ['2025-01-30', '2024-11-01'],
	reportDate: ['2025-01-30', '2024-09-28'],
	form: ['8-K', '10-K'],
	primaryDocument: ['a8-k.htm', 'aapl-20240928.htm'],
};

describe('the submissions JSON', () => {
	it('lists filings.recent and names the pages of filings.files[]', () => {
		const company = parseCompanySubmissions(
			{
				cik: '320193',
				name: 'Apple Inc.',
				tickers: ['AAPL'],
				filings: {
					recent,
					files: [
						{
							name: 'CIK0000320193-submissions-001.json',
							filingCount: 1200,
							filingFrom: '1994-01-26',
							filingTo: '2014-09-12',
						},
					],
				},
			},
			'x.json',
		);
		expect(company).toMatchObject({ cik: '320193', name: 'Apple Inc.', tickers: ['AAPL'] });
		expect(company.filings).toEqual([
			{
				accession: '0000320193-25-000999',
				cik: '320193',
				form: '8-K',
				filingDate: '2025-01-30',
				company: 'Apple Inc.',
			},
			{
				accession: '0000320193-24-000123',
				cik: '320193',
				form: '10-K',
				filingDate: '2024-11-01',
				company: 'Apple Inc.',
			},
		]);
		expect(company.pages).toEqual([
			{ name: 'CIK0000320193-submissions-001.json', filingFrom: '1994-01-26', filingTo: '2014-09-12' },
		]);
	});

	it('takes a company without a name, tickers or older pages, and skips rows that are not filings', () => {
		const company = parseCompanySubmissions(
			{
				cik: 1,
				filings: {
					recent: {
						accessionNumber: ['bogus', '0000000001-24-000001'],
						form: ['8-K', '8-K'],
						filingDate: ['', '2024-01-10'],
					},
					files: [{ filingCount: 3 }, { name: 'CIK0000000001-submissions-001.json' }],
				},
			},
			'x.json',
		);
		expect(company).toEqual({
			cik: '1',
			name: '',
			tickers: [],
			filings: [{ accession: '0000000001-24-000001', cik: '1', form: '8-K', filingDate: '2024-01-10' }],
			pages: [{ name: 'CIK0000000001-submissions-001.json' }],
		});
		expect(() => parseCompanySubmissions({ cik: 'x', filings: { recent } }, 'x.json')).toThrow(/"cik" is "x"/);
		expect(() => parseSubmissionsPage('[]', '1', '', 'page.json')).toThrow(/not a JSON object/);
	});

	it('reads a page of older filings: the same columns at its top level', () => {
		expect(parseSubmissionsPage(recent, '320193', '', 'page.json').map((f) => f.accession)).toEqual([
			'0000320193-25-000999',
			'0000320193-24-000123',
		]);
	});

	it('says what is wrong with a response that is not the documented shape', () => {
		expect(() => parseCompanySubmissions({ cik: '320193', filings: {} }, 'x.json')).toThrow(
			/x\.json: there is no "filings.recent"/,
		);
		expect(() => parseCompanySubmissions([], 'x.json')).toThrow(SubmissionsFormatError);
		expect(() => parseSubmissionsPage({ ...recent, form: ['8-K'] }, '320193', '', 'page.json')).toThrow(
			/differ in length/,
		);
		expect(() => parseSubmissionsPage({ form: [] }, '320193', '', 'page.json')).toThrow(/no "accessionNumber" array/);
	});
});

describe('company_tickers.json', () => {
	it('maps each ticker, any case, to its CIK', () => {
		const table = parseCompanyTickers({
			'0': { cik_str: 320193, ticker: 'AAPL', title: 'Apple Inc.' },
			'1': { cik_str: 1652044, ticker: 'GOOGL', title: 'Alphabet Inc.' },
			'2': { cik_str: 1652044, ticker: 'GOOG', title: 'Alphabet Inc.' },
			'3': { ticker: 'BROKEN' },
		});
		expect(table.get('AAPL')).toEqual({ cik: '320193', title: 'Apple Inc.' });
		expect(table.get('GOOG')?.cik).toBe('1652044');
		expect(table.has('BROKEN')).toBe(false);
		expect(parseCompanyTickers(null).size).toBe(0);
		expect(parseCompanyTickers({ '0': null, '1': { cik_str: '72333', ticker: 'jwn' } }).get('JWN')).toEqual({
			cik: '72333',
			title: '',
		});
	});
});

describe('the daily index', () => {
	const index = [
		'Description:           Daily Index of EDGAR Dissemination Feed by Company Name',
		'Last Data Received:    January 8, 2025',
		' ',
		'CIK|Company Name|Form Type|Date Filed|File Name',
		'--------------------------------------------------------------------------------',
		'1000045|NICHOLAS FINANCIAL INC|10-Q|20250108|edgar/data/1000045/0000950170-25-003019.txt',
		'1000275|ROYAL BANK OF CANADA|424B2|2025-01-08|edgar/data/1000275/0000950103-25-000301.txt',
		'not a filing line',
		'x|A COMPANY|8-K|20250108|edgar/data/x/0000950170-25-003019.txt',
		'1000045|A COMPANY|8-K|Jan 8|edgar/data/1000045/0000950170-25-003019.txt',
		'',
	].join('\r\n');

	it('reads every filing line after the rule, the date in either layout', () => {
		expect(parseDailyIndex(index)).toEqual([
			{
				accession: '0000950170-25-003019',
				cik: '1000045',
				form: '10-Q',
				filingDate: '2025-01-08',
				company: 'NICHOLAS FINANCIAL INC',
			},
			{
				accession: '0000950103-25-000301',
				cik: '1000275',
				form: '424B2',
				filingDate: '2025-01-08',
				company: 'ROYAL BANK OF CANADA',
			},
		]);
	});

	it('asks for business days only', () => {
		expect(indexDays('2025-01-03', '2025-01-07')).toEqual(['2025-01-03', '2025-01-06', '2025-01-07']);
		expect(indexDays('2025-01-04', '2025-01-05')).toEqual([]);
	});
});

const filing = (accession: string, form: string, filingDate: string): FilingRef => ({
	accession,
	cik: '1',
	form,
	filingDate,
});
const listed = [
	filing('0000000001-24-000001', '8-K', '2024-01-10'),
	filing('0000000001-24-000002', '8-K/A', '2024-02-10'),
	filing('0000000001-24-000003', '10-K', '2024-03-10'),
	filing('0000000001-23-000004', '8-K', '2023-12-31'),
	filing('0000000001-24-000001', '8-K', '2024-01-10'),
];

describe('choosing filings', () => {
	it("takes a form's amendments unless told not to", () => {
		expect(matchesForm('8-K/A', { forms: ['8-K'] })).toBe(true);
		expect(matchesForm('8-k/a', { forms: ['8-K'], amendments: false })).toBe(false);
		expect(matchesForm('10-K', { forms: ['8-K'] })).toBe(false);
		expect(matchesForm('8-K/A', { amendments: false })).toBe(false);
		expect(matchesForm('S-3', {})).toBe(true);
	});

	it('filters by form and date, newest first, each accession once, up to the limit', () => {
		const accessions = (filter: Parameters<typeof filterFilings>[1]) =>
			filterFilings(listed, filter).map((f) => f.accession);
		expect(accessions({ forms: ['8-K'] })).toEqual([
			'0000000001-24-000002',
			'0000000001-24-000001',
			'0000000001-23-000004',
		]);
		expect(accessions({ forms: ['8-K'], amendments: false, since: '2024-01-01' })).toEqual(['0000000001-24-000001']);
		expect(accessions({ until: '2024-01-10', limit: 1 })).toEqual(['0000000001-24-000001']);
	});

	it('reads a page of older filings only when its dates can hold one the filter keeps', () => {
		const page = { filingFrom: '1994-01-26', filingTo: '2014-09-12' };
		expect(pageOverlaps(page, { since: '2015-01-01' })).toBe(false);
		expect(pageOverlaps(page, { since: '2014-09-12' })).toBe(true);
		expect(pageOverlaps(page, { until: '1993-12-31' })).toBe(false);
		expect(pageOverlaps({}, { since: '2015-01-01' })).toBe(true);
	});
});

describe("EDGAR's answers", () => {
	it('tells the rate limit from other refusals', () => {
		expect(classifyResponse(200)).toBe('ok');
		expect(classifyResponse(429)).toBe('rate-limited');
		expect(classifyResponse(403, '<title>SEC.gov | Request Rate Threshold Exceeded</title>')).toBe('rate-limited');
		expect(classifyResponse(403, 'Your Request Originates from an Undeclared Automated Tool')).toBe('refused');
		expect(classifyResponse(404)).toBe('missing');
		expect(classifyResponse(503)).toBe('retry');
		expect(classifyResponse(400)).toBe('refused');
	});

	it('backs off exponentially, jittered between half and all of each step, up to the cap', () => {
		const options = { baseMs: 1000, maxMs: 8000 };
		expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, options, 0))).toEqual([500, 1000, 2000, 4000, 4000]);
		expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, options, 0.999999))).toEqual([
			1000, 2000, 4000, 8000, 8000,
		]);
	});
});

describe('the User-Agent', () => {
	it('must name someone and a contact e-mail', () => {
		expect(userAgentProblem('Example Law Library admin@example.org')).toBeUndefined();
		expect(userAgentProblem(undefined)).toMatch(/no User-Agent/);
		expect(userAgentProblem('  ')).toMatch(/no User-Agent/);
		expect(userAgentProblem('Example Law Library')).toMatch(/no contact e-mail/);
		expect(userAgentProblem('<admin@example.org>')).toMatch(/names no site/);
	});
});

describe('corpus.yaml', () => {
	it('applies the top-level forms and from-date to each company, by ticker or CIK', () => {
		const config = parseCorpusConfig(
			[
				'userAgent: Example Law Library admin@example.org',
				'forms: [8-K, 10-K]',
				'since: 2020-01-01',
				'companies:',
				'  - ticker: aapl',
				'  - cik: "0000072333"',
				'    forms: [8-K]',
				'    since: 2023-01-01',
			].join('\n'),
		);
		expect(config).toEqual({
			userAgent: 'Example Law Library admin@example.org',
			companies: [
				{ ticker: 'AAPL', forms: ['8-K', '10-K'], since: '2020-01-01', amendments: true },
				{ cik: '72333', forms: ['8-K'], since: '2023-01-01', amendments: true },
			],
		});
	});

	it("keeps a company's own settings and the amendments switch, and leaves forms open when none are given", () => {
		expect(parseCorpusConfig('amendments: false\ncompanies:\n  - cik: 320193\n    name: Apple\n').companies).toEqual([
			{ cik: '320193', forms: [], amendments: false },
		]);
	});

	it('names the line and the fix for a mistake', () => {
		const error = (text: string) => {
			try {
				parseCorpusConfig(text, 'content/corpus.yaml');
			} catch (caught) {
				return caught as SourceError;
			}
			throw new Error('parsed');
		};
		const company = error('companies:\n  - ticker: AAPL\n  - name: Apple\n');
		expect(company).toBeInstanceOf(SourceError);
		expect(company.message).toMatch(/^content\/corpus\.yaml:3: companies\.1: expected a company as `ticker: AAPL`/);
		expect(error('since: 2020-1-1\ncompanies:\n  - cik: 1\n').message).toMatch(/^content\/corpus\.yaml:1: since:/);
		expect(error('companies:\n  - cik: 1\nuserAgent: nobody\n').message).toMatch(
			/^content\/corpus\.yaml:3: the User-Agent "nobody" has no contact e-mail.*EDGAR_USER_AGENT/,
		);
		expect(error('companies: [\n').message).toMatch(/^content\/corpus\.yaml:\d+: .*Fix the YAML syntax/);
		expect(error('companies: []\n').message).toMatch(/companies:/);
	});

	it('has the JSON Schema docs/corpus.schema.json holds for editors', () => {
		const committed: unknown = JSON.parse(
			readFileSync(path.resolve(import.meta.dirname, '../../docs/corpus.schema.json'), 'utf8'),
		);
		// Regenerate with `npm run sync -- --schema > docs/corpus.schema.json` when the schema changes.
		expect(committed).toEqual(corpusJsonSchema());
	});
});

describe('the sync state', () => {
	const a = filing('0000000001-24-000001', '8-K', '2024-01-10');
	const b = filing('0000000001-24-000002', '8-K/A', '2024-02-10');

	it('lists what a run has not taken, and records what it took without changing the old state', () => {
		const empty = emptySyncState();
		const after = withTaken(empty, [b, a, a]);
		expect(empty.companies).toEqual({});
		expect(unseenFilings(empty, [a, b])).toEqual([a, b]);
		expect(unseenFilings(after, [a, b])).toEqual([]);
	});

	it('writes the same bytes for the same state, and reads them back', () => {
		const one = serialiseSyncState(withTaken({ ...emptySyncState(), tickers: { AAPL: '320193' } }, [b, a]));
		const two = serialiseSyncState(withTaken({ ...emptySyncState(), tickers: { AAPL: '320193' } }, [a, b]));
		expect(one).toBe(two);
		expect(serialiseSyncState(parseSyncState(one, 'raw.sync.json'))).toBe(one);
	});

	it('refuses a file that is not a state, saying how to start over', () => {
		expect(() => parseSyncState('{', 'raw.sync.json')).toThrow(/raw\.sync\.json: it is not JSON.*Delete it/);
		expect(() => parseSyncState('{"version":2}', 'raw.sync.json')).toThrow(/not a sync state of this version/);
	});
});
