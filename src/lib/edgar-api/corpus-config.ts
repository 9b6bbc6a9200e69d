/**
 * `corpus.yaml` in the content folder: the scope `npm run sync` keeps a site up to date with,
 * written by hand. The Zod schema below is the contract; docs/corpus.schema.json is generated
 * from it (`npm run sync -- --schema`) for editors' YAML completion, and a unit test keeps the
 * two the same. Errors name the file, the line and the fix (SourceError).
 *
 *   userAgent: Example Law Library admin@example.org
 *   forms: [8-K, 10-K]
 *   since: 2020-01-01
 *   companies:
 *     - ticker: AAPL
 *     - cik: 320193
 *       forms: [10-Q]
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { isoDate } from '../../schemas/common.ts';
import { SourceError } from '../source-error.ts';
import { normaliseCik } from './accession.ts';
import { userAgentProblem, USER_AGENT_REMEDY } from './user-agent.ts';

const forms = z
	.array(z.string().min(1))
	.describe(
		'Forms as EDGAR names them, e.g. ["8-K", "10-K"]; amendments (8-K/A) are included unless `amendments: false`.',
	);
const since = isoDate.describe('Fetch filings filed on or after this date, ISO "YYYY-MM-DD".');

const companyOverrides = {
	forms: forms.optional().describe("This company's forms, instead of the top-level `forms`."),
	since: since.optional().describe("This company's from-date, instead of the top-level `since`."),
};

export const corpusConfigSchema = z
	.object({
		$schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
		userAgent: z
			.string()
			.optional()
			.describe(
				'Who is asking, with a contact e-mail, as the SEC asks: "Example Law Library admin@example.org". EDGAR_USER_AGENT overrides it.',
			),
		forms: forms.optional().describe('Forms to fetch for every company; every form when left out.'),
		amendments: z
			.boolean()
			.optional()
			.describe("Whether a form's amendments (8-K/A for 8-K) are fetched. Default true."),
		since: since.optional(),
		companies: z
			.array(
				z.union([
					z
						.object({
							ticker: z.string().min(1).describe('Ticker, resolved through company_tickers.json, e.g. "AAPL".'),
							...companyOverrides,
						})
						.strict(),
					z
						.object({
							cik: z
								.union([z.number().int().positive(), z.string().regex(/^(?:CIK)?\d{1,10}$/i)])
								.describe('Central Index Key, with or without leading zeros, e.g. 320193.'),
							name: z.string().optional().describe('A name for your own reference; not sent to EDGAR.'),
							...companyOverrides,
						})
						.strict(),
				]),
			)
			.min(1)
			.describe('The companies whose filings the site carries, each by `ticker` or by `cik`.'),
	})
	.strict()
	.describe('The filings `npm run sync` keeps this site up to date with (corpus.yaml in the content folder).');

export type CorpusConfigInput = z.input<typeof corpusConfigSchema>;

/** One company of the scope, with the top-level forms and from-date applied. */
export interface CorpusCompany {
	/** Exactly one of the two. */
	ticker?: string;
	cik?: string;
	forms: string[];
	since?: string;
	amendments: boolean;
}

export interface CorpusConfig {
	userAgent?: string;
	companies: CorpusCompany[];
}

/** The JSON Schema editors read (docs/corpus.schema.json). */
export const corpusJsonSchema = (): unknown => z.toJSONSchema(corpusConfigSchema, { io: 'input' });

export function parseCorpusConfig(text: string, file = 'corpus.yaml'): CorpusConfig {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	const yamlError = doc.errors[0];
	if (yamlError)
		throw new SourceError(
			file,
			lineAt(yamlError.pos[0]),
			yamlError.message.split('\n')[0] ?? '',
			'Fix the YAML syntax',
		);
	const parsed = corpusConfigSchema.safeParse(doc.toJS());
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
		const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
		throw new SourceError(
			file,
			lineAt(node?.range?.[0]),
			`${where}${issue.code === 'invalid_union' ? 'expected a company as `ticker: AAPL` or `cik: 320193` (with optional `forms` and `since`)' : issue.message}`,
			'See docs/corpus.schema.json for what corpus.yaml holds',
		);
	}
	const config = parsed.data;
	if (config.userAgent !== undefined) {
		const problem = userAgentProblem(config.userAgent);
		if (problem) throw new SourceError(file, lineAt(lineOfKey(doc, 'userAgent')), problem, USER_AGENT_REMEDY);
	}
	return {
		...(config.userAgent !== undefined ? { userAgent: config.userAgent.trim() } : {}),
		companies: config.companies.map((company) => ({
			...('ticker' in company ? { ticker: company.ticker.toUpperCase() } : { cik: normaliseCik(company.cik) }),
			forms: company.forms ?? config.forms ?? [],
			...((company.since ?? config.since) !== undefined ? { since: company.since ?? config.since } : {}),
			amendments: config.amendments ?? true,
		})),
	};
}

function lineOfKey(doc: ReturnType<typeof parseDocument>, key: string): number | undefined {
	const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
	return node?.range?.[0];
}
