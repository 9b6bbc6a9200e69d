/**
 * The command line of `npm run fetch` (scripts/fetch.ts): what to fetch (companies, accession
 * numbers, or a day's filings), the filter, and where to put it; a value the fetcher cannot use
 * is a one-line usage error (scripts/lib/cli-args.ts prints it) before any request is sent.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { normaliseAccession, normaliseCik } from '../../../src/lib/edgar-api/accession.ts';
import type { FilingFilter } from '../../../src/lib/edgar-api/filing-filter.ts';
import { type CommandLine, HELP, parseCommandLine, UsageError } from '../cli-args.ts';
import { MAX_REQUESTS_PER_SECOND } from './rate-limiter.ts';

export type FetchTarget =
	| { kind: 'companies'; tickers: string[]; ciks: string[] }
	| { kind: 'accessions'; accessions: string[]; cik?: string }
	| { kind: 'days'; since: string; until: string }
	/** The filings the content folder's exhibits are incorporated from (scripts/lib/fetch/list-referenced.ts). */
	| { kind: 'referenced' };

export interface FetchOptions {
	target: FetchTarget;
	filter: FilingFilter;
	/** As given; undefined: `raw/` beside the content folder. */
	raw?: string;
	ingest: boolean;
	requestsPerSecond?: number;
	quiet: boolean;
}

export const fetchCommandLine = {
	script: 'scripts/fetch.ts',
	usage:
		'Usage: npm run fetch -- (--ticker T… | --cik N… | --accession A… | --date YYYY-MM-DD | --referenced) [--forms 8-K,10-K] ' +
		'[--no-amendments] [--since DATE] [--until DATE] [--limit N] [--raw DIR] [--no-ingest] [--rate N] [-q]',
	help: `Downloads complete submissions ({accession}.txt: every document, exhibits and images included) from
EDGAR into the raw folder, then ingests them into the content folder (content/, or $CONTENT_DIR).
Requires a User-Agent naming your site and a contact e-mail: EDGAR_USER_AGENT, or userAgent in
the content folder's corpus.yaml.

What to fetch (one of):
  --ticker T        a company by ticker (company_tickers.json); repeat, or T1,T2
  --cik N           a company by CIK; repeat, or N1,N2
  --accession A     a filing by accession number (0000950123-03-014557); repeat, or A1,A2.
                    The Archives path needs the company's CIK: give --cik when an agent filed it
                    (the accession's first ten digits are then the agent's, not the company's)
  --date D          every filer's filings of day D, from EDGAR's daily index; with --until, a range
                    (--since D --until E without --date does the same)
  --referenced      the filings the content folder's exhibits are incorporated by reference from
                    ("incorporated by reference to Exhibit 4.1 to the Form 8-K filed …"), so that
                    their pages link them inside the site; those it holds already are skipped

Which filings (companies and days):
  --forms F,G       forms as EDGAR names them (8-K,10-K); every form when left out
  --no-amendments   leave out amendments (8-K/A for 8-K), included by default
  --since D         filed on or after D (YYYY-MM-DD)
  --until D         filed on or before D
  --limit N         at most N filings per company (per run for days), the newest

Where, and how fast:
  --raw DIR         the raw folder (default: raw/ beside the content folder)
  --no-ingest       download only
  --rate N          requests a second, at most ${MAX_REQUESTS_PER_SECOND} (default 5)
  --quiet, -q       no progress on stderr
  --help, -h        print this help

Environment: EDGAR_USER_AGENT; SEC_WWW_ORIGIN, SEC_DATA_ORIGIN (defaults https://www.sec.gov,
https://data.sec.gov); EDGAR_COOL_DOWN_MS (after a 429, default 600000); EDGAR_BACKOFF_MS
(first retry after a 5xx or a network error, default 1000).`,
	examples: [
		'EDGAR_USER_AGENT="My Filings site me@example.com" npm run fetch -- --ticker AAPL --forms 8-K --since 2024-01-01',
		'npm run fetch -- --cik 320193 --forms 10-K --no-amendments --limit 3',
		'npm run fetch -- --accession 0001193125-19-292676 --cik 320193',
		'npm run fetch -- --date 2025-01-08 --forms 8-K --no-ingest',
		'npm run fetch -- --referenced',
	],
	options: {
		ticker: { type: 'string', multiple: true },
		cik: { type: 'string', multiple: true },
		accession: { type: 'string', multiple: true },
		date: { type: 'string' },
		referenced: { type: 'boolean', default: false },
		forms: { type: 'string', multiple: true },
		'no-amendments': { type: 'boolean', default: false },
		since: { type: 'string' },
		until: { type: 'string' },
		limit: { type: 'string' },
		raw: { type: 'string' },
		'no-ingest': { type: 'boolean', default: false },
		rate: { type: 'string' },
		quiet: { type: 'boolean', short: 'q', default: false },
	},
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

const list = (values: readonly string[] | undefined) =>
	(values ?? [])
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);

export function isoDay(value: string, option: string): string {
	if (
		!/^\d{4}-\d{2}-\d{2}$/.test(value) ||
		Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
		new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
	)
		throw new UsageError(`${option} "${value}" is not a date like 2003-12-31.`);
	return value;
}

export function parseRate(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const rate = Number(value);
	if (!(rate > 0 && rate <= MAX_REQUESTS_PER_SECOND))
		throw new UsageError(
			`--rate ${value}: EDGAR allows at most ${MAX_REQUESTS_PER_SECOND} requests a second; give a number in (0, ${MAX_REQUESTS_PER_SECOND}].`,
		);
	return rate;
}

export function parseFetchOptions(argv: string[], today: string): FetchOptions | typeof HELP {
	const parsed = parseCommandLine(argv, fetchCommandLine);
	if (parsed === HELP) return HELP;
	const { values } = parsed;
	const tickers = list(values.ticker).map((t) => t.toUpperCase());
	const ciks = list(values.cik).map((value) => {
		const cik = normaliseCik(value);
		if (cik === undefined) throw new UsageError(`--cik "${value}" is not a CIK (up to ten digits, e.g. 320193).`);
		return cik;
	});
	const accessions = list(values.accession).map((value) => {
		const accession = normaliseAccession(value);
		if (accession === undefined)
			throw new UsageError(`--accession "${value}" is not an accession number like 0000950123-03-014557.`);
		return accession;
	});
	const since = values.since === undefined ? undefined : isoDay(values.since, '--since');
	const until = values.until === undefined ? undefined : isoDay(values.until, '--until');
	const date = values.date === undefined ? undefined : isoDay(values.date, '--date');
	let limit: number | undefined;
	if (values.limit !== undefined) {
		limit = Number(values.limit);
		if (!Number.isInteger(limit) || limit < 1)
			throw new UsageError(`--limit "${values.limit}" is not a positive whole number.`);
	}

	let target: FetchTarget;
	if (values.referenced) {
		if (accessions.length > 0 || tickers.length > 0 || ciks.length > 0 || date !== undefined || since !== undefined)
			throw new UsageError('--referenced goes alone: the content folder says which filings to fetch.');
		target = { kind: 'referenced' };
	} else if (accessions.length > 0) {
		if (tickers.length > 0 || date !== undefined)
			throw new UsageError('--accession goes alone (or with one --cik for its Archives path).');
		if (ciks.length > 1)
			throw new UsageError('--accession takes at most one --cik: the company whose Archives folder holds the filings.');
		target = { kind: 'accessions', accessions, ...(ciks[0] !== undefined ? { cik: ciks[0] } : {}) };
	} else if (tickers.length > 0 || ciks.length > 0) {
		if (date !== undefined)
			throw new UsageError(
				"--date lists every filer's filings of a day; leave out --ticker and --cik, or use --since/--until for a company.",
			);
		target = { kind: 'companies', tickers, ciks };
	} else if (date !== undefined || since !== undefined) {
		if (date !== undefined && since !== undefined)
			throw new UsageError('give the first day as --date or as --since, not both.');
		const first = (date ?? since)!;
		const last = until ?? (date !== undefined ? date : today);
		if (last < first) throw new UsageError(`--until ${last} is before ${first}.`);
		target = { kind: 'days', since: first, until: last };
	} else throw new UsageError('say what to fetch: --ticker, --cik, --accession, --date or --referenced.');

	return {
		target,
		filter: {
			forms: list(values.forms),
			amendments: !values['no-amendments'],
			...(since !== undefined ? { since } : {}),
			...(until !== undefined ? { until } : {}),
			...(limit !== undefined ? { limit } : {}),
		},
		...(values.raw !== undefined ? { raw: values.raw } : {}),
		ingest: !values['no-ingest'],
		...(values.rate !== undefined ? { requestsPerSecond: parseRate(values.rate)! } : {}),
		quiet: values.quiet,
	};
}
