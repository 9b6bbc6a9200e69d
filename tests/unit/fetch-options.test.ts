import { describe, expect, it } from 'vitest';
import { HELP, UsageError } from '../../scripts/lib/cli-args.ts';
import { parseFetchOptions } from '../../scripts/lib/fetch/fetch-options.ts';

const TODAY = '2026-12-01';
const parse = (...argv: string[]) => parseFetchOptions(argv, TODAY);
const target = (...argv: string[]) => {
	const options = parse(...argv);
	if (options === HELP) throw new Error('--help');
	return options.target;
};

describe("npm run fetch's command line", () => {
	it('takes companies by ticker and CIK, repeated or comma-separated, with the filter', () => {
		expect(
			parse(
				'--ticker',
				'aapl,msft',
				'--cik',
				'0000072333',
				'--forms',
				'8-K,10-K',
				'--since',
				'2003-01-01',
				'--limit',
				'3',
			),
		).toEqual({
			target: { kind: 'companies', tickers: ['AAPL', 'MSFT'], ciks: ['72333'] },
			filter: { forms: ['8-K', '10-K'], amendments: true, since: '2003-01-01', limit: 3 },
			ingest: true,
			quiet: false,
		});
		expect(parse('--cik', '1', '--no-amendments', '--no-ingest', '--rate', '10', '--raw', 'r')).toMatchObject({
			filter: { amendments: false },
			ingest: false,
			requestsPerSecond: 10,
			raw: 'r',
		});
	});

	it('takes accession numbers with or without dashes, with one CIK for their Archives folder', () => {
		expect(parse('--accession', '000095012303014557', '--cik', '58361')).toMatchObject({
			target: { kind: 'accessions', accessions: ['0000950123-03-014557'], cik: '58361' },
		});
	});

	it('takes a day, or a range of days, of the daily index', () => {
		expect(target('--date', '2025-01-08', '--forms', '8-K')).toEqual({
			kind: 'days',
			since: '2025-01-08',
			until: '2025-01-08',
		});
		expect(target('--date', '2025-01-06', '--until', '2025-01-10')).toMatchObject({ until: '2025-01-10' });
		expect(target('--since', '2026-11-30')).toEqual({ kind: 'days', since: '2026-11-30', until: TODAY });
	});

	it('turns a command it cannot run into one line saying why', () => {
		const mistake = (...argv: string[]) => {
			try {
				parse(...argv);
			} catch (error) {
				expect(error).toBeInstanceOf(UsageError);
				return (error as Error).message;
			}
			throw new Error('parsed');
		};
		expect(mistake()).toMatch(/say what to fetch/);
		expect(mistake('--cik', 'AAPL')).toMatch(/--cik "AAPL" is not a CIK/);
		expect(mistake('--accession', '123')).toMatch(/is not an accession number/);
		expect(mistake('--ticker', 'AAPL', '--date', '2025-01-08')).toMatch(/--date lists every filer's filings/);
		expect(mistake('--accession', '0000950123-03-014557', '--cik', '1,2')).toMatch(/at most one --cik/);
		expect(mistake('--date', '2025-01-08', '--until', '2025-01-01')).toMatch(/--until 2025-01-01 is before 2025-01-08/);
		expect(mistake('--cik', '1', '--limit', '0')).toMatch(/--limit "0" is not a positive whole number/);
		expect(mistake('--cik', '1', '--rate', '20')).toMatch(/at most 10 requests a second/);
		expect(mistake('--cik', '1', '--since', '2003-02-29')).toMatch(/--since "2003-02-29" is not a date/);
		expect(mistake('--bogus')).toMatch(/Unknown option '--bogus'/);
	});

	it('answers --help', () => {
		expect(parse('--help')).toBe(HELP);
	});
});
