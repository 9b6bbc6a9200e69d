/**
 * Deterministic synthetic raw EDGAR submissions (`<SEC-DOCUMENT>` text files, one per 8-K),
 * for the build bench: unlike scripts/lib/synthetic-corpus.ts (a content folder), these go
 * through `npm run ingest` like real downloads, so the bench measures ingest too and the
 * exhibits carry what ingest extracts — ARTICLE/Section headings, recitals naming the parties
 * ("between X, a Delaware corporation (the "Company"), and Y, as trustee"), defined terms,
 * amounts, tables. By default the exhibits are HTML and as long as real ones
 * (scripts/lib/realistic-exhibits.ts); `corpus: 'light'` writes the ~7.5 kB plain-text
 * exhibits of the bench's earlier tables, with page breaks and the odd fixed-width table.
 *
 * ```ts
 * await writeSyntheticSubmissions('.cache/bench/raw-1000', { exhibits: 1000 });
 * // → { filings: 196, exhibits: 1000, bytes: 89_774_976 }
 * await writeSyntheticSubmissions('.cache/bench/raw-1000', { exhibits: 1000, corpus: 'light' });
 * // → { filings: 196, exhibits: 1000, bytes: 8_37x_xxx }
 * ```
 *
 * Every filing is drawn from its own PRNG stream (seed and filing number), so filing n is the
 * same whatever comes after it, and `syntheticSubmission(n + 1, …)` is "one more filing" for
 * the incremental bench.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	BANK_NAMES,
	CLAUSES,
	COMPANY_SUFFIX,
	NAME_FIRST,
	NAME_SECOND,
	PEOPLE_FIRST,
	PEOPLE_LAST,
	random,
	slug,
	written,
} from './synthetic-corpus.ts';
import {
	type ExhibitDeal,
	exhibitTextLength,
	realisticExhibitHtml,
	realisticKind,
	type RealisticKind,
} from './realistic-exhibits.ts';

export interface SyntheticSubmissionsOptions {
	/** Exhibits in all; filings get 3 to 7 each (the last one fewer if needed). */
	exhibits: number;
	/** PRNG seed; change it for a different corpus of the same size. */
	seed?: number;
	/**
	 * `realistic` (the default): HTML exhibits as long as real ones, with their structure
	 * (scripts/lib/realistic-exhibits.ts). `light`: the ~7.5 kB text exhibits of the bench's
	 * history, byte for byte as before, so old tables stay comparable.
	 */
	corpus?: SyntheticCorpusKind;
}

export type SyntheticCorpusKind = 'realistic' | 'light';

/** The years a filing's date is drawn from. */
const FIRST_YEAR = 1996;
const LAST_YEAR = 2024;

/** A date after every date a corpus draws: the filing dated so is the newest (the incremental bench's "new filing arrives"). */
export const AFTER_EVERY_DATE = [LAST_YEAR + 1, 1, 15] as const;

export interface SyntheticSubmission {
	/** File name, `{registrant}_8-K_{date}_{n}.txt`. */
	name: string;
	text: string;
	exhibits: number;
}

export const DEFAULT_SEED = 20031218;

/** Registrants grow with the corpus (one per ~15 exhibits), so party hubs stay realistic in size. */
export const registrantCountFor = (exhibits: number) => Math.max(3, Math.ceil(exhibits / 15));

const STATES = ['Delaware', 'New York', 'Nevada', 'Ohio', 'Maryland'] as const;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Kinds of exhibit: the counterparty's role as the recital names it, and the article titles. */
const KINDS = [
	{
		family: '4',
		title: 'Indenture',
		role: 'trustee',
		defined: 'Trustee',
		articles: [
			'Definitions and Incorporation by Reference',
			'The Securities',
			'Redemption',
			'Covenants',
			'Defaults and Remedies',
			'Trustee',
			'Subordination',
			'Miscellaneous',
		],
	},
	{
		family: '4',
		title: 'Warrant Agreement',
		role: 'warrant agent',
		defined: 'Warrant Agent',
		articles: [
			'Definitions',
			'Issuance and Execution of Warrants',
			'Exercise Price and Adjustments',
			'Warrant Agent',
			'Miscellaneous',
		],
	},
	{
		family: '10',
		title: 'Loan and Security Agreement',
		role: 'agent for the lenders',
		defined: 'Agent',
		articles: [
			'Definitions',
			'Loans',
			'Security Interest',
			'Conditions Precedent',
			'Representations and Warranties',
			'Events of Default',
			'Miscellaneous',
		],
	},
	{
		family: '10',
		title: 'Credit Agreement',
		role: 'administrative agent',
		defined: 'Administrative Agent',
		articles: [
			'Definitions',
			'The Credits',
			'Conditions',
			'Affirmative Covenants',
			'Negative Covenants',
			'Events of Default',
			'Miscellaneous',
		],
	},
	{
		family: '10',
		title: 'Pledge Agreement',
		role: 'pledgee',
		defined: 'Pledgee',
		articles: ['Definitions', 'Pledge', 'Remedies', 'Miscellaneous'],
	},
	{ family: '99', title: 'Press Release', role: null, defined: null, articles: [] },
] as const;
type Kind = (typeof KINDS)[number];
type Agreement = Exclude<Kind, { role: null }>;
const AGREEMENTS = KINDS.filter((kind): kind is Agreement => kind.role !== null);

/** Exhibit numbers and titles of the realistic corpus's kinds other than agreements. */
const REALISTIC_EXHIBITS: Record<Exclude<RealisticKind, 'agreement'>, { family: string; title: string }> = {
	consent: { family: '23', title: 'Consent of Independent Registered Public Accounting Firm' },
	opinion: { family: '5', title: 'Opinion of Counsel' },
	'press release': { family: '99', title: 'Press Release' },
	'servicer report': { family: '99', title: 'Monthly Servicer Report' },
};

const DEFINED_TERMS = [
	'Business Day',
	'Collateral',
	'Event of Default',
	'Indebtedness',
	'Lien',
	'Maturity Date',
	'Obligations',
	"Officers' Certificate",
	'Permitted Indebtedness',
	'Person',
	'Senior Indebtedness',
	'Subsidiary',
];

type Rng = ReturnType<typeof random>;
const money = (n: number) => `$${n.toLocaleString('en-US')}`;
const iso = (y: number, m: number, d: number) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
const center = (line: string, width = 72) => `${' '.repeat(Math.max(0, Math.floor((width - line.length) / 2)))}${line}`;
/** Fill paragraphs to ~70 columns, as EDGAR text filings are laid out. */
const wrap = (text: string, indent = '') => {
	const lines: string[] = [];
	let line = indent;
	for (const word of text.split(' ')) {
		if (line.length + word.length > 70 && line.trim()) {
			lines.push(line.trimEnd());
			line = '';
		}
		line += `${word} `;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines.join('\n');
};

function registrantName(n: number) {
	const base = `${NAME_FIRST[n % NAME_FIRST.length]} ${NAME_SECOND[Math.floor(n / NAME_FIRST.length) % NAME_SECOND.length]}`;
	const round = Math.floor(n / (NAME_FIRST.length * NAME_SECOND.length));
	return `${base}${round > 0 ? ` ${round + 1}` : ''} ${COMPANY_SUFFIX[n % COMPANY_SUFFIX.length]}`;
}

/** The parties and instrument of one filing's exhibits: the shape the realistic exhibits are written from. */
type Deal = ExhibitDeal;

/** One exhibit's text: caption, recitals, then articles of sections made of recurring clauses. */
function exhibitText(rng: Rng, kind: Kind, number: string, deal: Deal): string {
	const fill = (clause: string) =>
		clause.replaceAll('{A}', deal.company).replaceAll('{B}', deal.bank).replaceAll('{I}', deal.instrument);
	const out = [center(`EXHIBIT ${number}`), ''];
	if (kind.role === null) {
		out.push(center('FOR IMMEDIATE RELEASE'), '');
		out.push(
			wrap(
				`${deal.company} today announced that it has entered into agreements with ${deal.bank} providing for ${money(deal.principal)} of ${deal.instrument}. The proceeds will be used to refinance existing Indebtedness and for general corporate purposes.`,
			),
		);
		for (let p = rng.int(4, 10); p > 0; p--)
			out.push('', wrap(`${fill(rng.pick(CLAUSES))} ${fill(rng.pick(CLAUSES))}`));
		return `${out.join('\n')}\n`;
	}
	out.push(
		center(deal.company.toUpperCase()),
		'',
		center(kind.title.toUpperCase()),
		'',
		center(`Dated as of ${deal.date}`),
		'',
	);
	out.push(
		wrap(
			`THIS ${kind.title.toUpperCase()}, dated as of ${deal.date}, between ${deal.company}, a ${deal.state} corporation (the "Company"), and ${deal.bank}, as ${kind.role} (the "${kind.defined}").`,
			'     ',
		),
		'',
		center('RECITALS'),
		'',
		wrap(
			`WHEREAS, the Company has duly authorized the issuance of its ${deal.instrument} in an aggregate principal amount of ${money(deal.principal)} (the "Securities");`,
			'     ',
		),
		'',
		wrap(
			`NOW, THEREFORE, in consideration of the premises and the mutual covenants herein, the Company and the ${kind.defined} agree as follows:`,
			'     ',
		),
	);
	const articles = kind.articles.slice(0, rng.int(3, kind.articles.length));
	let page = 1;
	for (const [a, articleTitle] of articles.entries()) {
		out.push('', center(`ARTICLE ${ROMAN[a]}`), center(articleTitle.toUpperCase()), '');
		for (let s = 1, sections = rng.int(2, 4); s <= sections; s++) {
			const heading = a === 0 && s === 1 ? 'Definitions' : rng.pick(DEFINED_TERMS);
			out.push(`Section ${a + 1}.${String(s).padStart(2, '0')}. ${heading}.`, '');
			if (a === 0 && s === 1) {
				for (const term of DEFINED_TERMS.slice(0, rng.int(3, 6))) {
					const clause = fill(rng.pick(CLAUSES));
					out.push(wrap(`"${term}" means that ${clause[0]!.toLowerCase()}${clause.slice(1)}`, '     '), '');
				}
			}
			for (let p = rng.int(1, 2); p > 0; p--)
				out.push(wrap(`${fill(rng.pick(CLAUSES))} ${fill(rng.pick(CLAUSES))}`, '     '), '');
			if (rng.next() < 0.08) {
				// A fixed-width schedule, as text filings lay them out.
				out.push(
					'     Payment Date             Principal        Interest',
					'     ------------------   --------------   ------------',
				);
				for (let r = 1; r <= 4; r++)
					out.push(
						`     ${`Year ${r}`.padEnd(21)}${money(Math.round(deal.principal / 4)).padStart(14)}   ${money(rng.int(100, 999) * 1000).padStart(12)}`,
					);
				out.push('');
			}
		}
		if (a % 2 === 1) out.push(center(String(++page)), '<PAGE>', '');
	}
	out.push(
		'',
		wrap(
			`IN WITNESS WHEREOF, the parties hereto have caused this ${kind.title} to be duly executed as of the date first written above.`,
			'     ',
		),
		'',
	);
	out.push(
		`                                   ${deal.company.toUpperCase()}`,
		'',
		`                                   By: /s/ ${rng.pick(PEOPLE_FIRST)} ${rng.pick(PEOPLE_LAST)}`,
		'',
		`                                   ${deal.bank.toUpperCase()}, as ${kind.defined}`,
	);
	return `${out.join('\n')}\n`;
}

/**
 * Filing number `n` (1-based) of a corpus of `exhibits`: the submission text and file name.
 * `exhibitCount` caps its exhibits (the last filing of a corpus takes what is left); `filedOn`
 * (year, month, day) replaces the date it draws — AFTER_EVERY_DATE makes it the newest filing.
 */
export function syntheticSubmission(
	n: number,
	options: SyntheticSubmissionsOptions,
	exhibitCount?: number,
	filedOn?: readonly [number, number, number],
): SyntheticSubmission {
	const rng = random((options.seed ?? DEFAULT_SEED) ^ Math.imul(n, 0x9e3779b1));
	const registrantIndex = (n - 1) % registrantCountFor(options.exhibits);
	const company = registrantName(registrantIndex);
	const cik = String(1_000_000 + registrantIndex).padStart(10, '0');
	const bank = `${rng.pick(NAME_FIRST)} ${rng.pick(BANK_NAMES)}`;
	// Drawn even when `filedOn` replaces it, so the draws after it (rate, terms) stay those of filing n.
	const drawn = [rng.int(FIRST_YEAR, LAST_YEAR), rng.int(1, 12), rng.int(1, 28)] as const;
	const [y, m, d] = filedOn ?? drawn;
	const rate = rng.pick([5, 6.5, 7.25, 8, 9.5, 10, 11, 12, 13]);
	const deal: Deal = {
		company,
		state: STATES[registrantIndex % STATES.length]!,
		bank,
		instrument: `${rate}% Senior Subordinated Notes due ${written(y + rng.int(3, 12), rng.int(1, 12), rng.int(1, 28))}`,
		principal: rng.int(10, 500) * 1_000_000,
		date: written(y, m, d),
	};
	const count = exhibitCount ?? rng.int(3, 7);
	const perFamily: Record<string, number> = {};
	const numbered = (family: string) => {
		perFamily[family] = (perFamily[family] ?? 0) + 1;
		return `${family}.${perFamily[family]}`;
	};
	const agreementTitle = (kind: Agreement) =>
		`${kind.title}, dated as of ${deal.date}, between ${company} and ${bank}, as ${kind.defined}.`;
	const exhibits =
		options.corpus === 'light'
			? Array.from({ length: count }, () => {
					const kind = rng.pick(KINDS);
					const number = numbered(kind.family);
					const title = kind.role === null ? `Press release of ${company} dated ${deal.date}.` : agreementTitle(kind);
					return {
						number,
						title,
						description: kind.title.toUpperCase(),
						text: () => exhibitText(rng, kind, number, deal),
					};
				})
			: Array.from({ length: count }, () => {
					const length = exhibitTextLength(rng.next());
					const what = realisticKind(length, rng.next());
					const kind = rng.pick(AGREEMENTS);
					const other = what === 'agreement' ? undefined : REALISTIC_EXHIBITS[what];
					const number = numbered(other?.family ?? kind.family);
					const title = other ? `${other.title} of ${company} dated ${deal.date}.` : agreementTitle(kind);
					const description = (other?.title ?? kind.title).toUpperCase();
					return { number, title, description, text: () => realisticExhibitHtml(rng, length, what, deal, kind) };
				});
	const accession = `${cik}-${String(y % 100).padStart(2, '0')}-${String(n).padStart(6, '0')}`;
	const signer = `${rng.pick(PEOPLE_FIRST)} ${rng.pick(PEOPLE_LAST)}`;
	const primary = [
		center('SECURITIES AND EXCHANGE COMMISSION'),
		center('Washington, D.C. 20549'),
		'',
		center('FORM 8-K'),
		'',
		center('CURRENT REPORT'),
		center('Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934'),
		'',
		center('Date of Report (Date of earliest event reported)'),
		center(deal.date.toUpperCase()),
		'',
		center(company.toUpperCase()),
		center('(Exact name of registrant as specified in its charter)'),
		'',
		`     ${deal.state.toUpperCase().padEnd(24)}0-${1000 + registrantIndex}`.padEnd(50) +
			`${10 + (registrantIndex % 89)}-${String(1_000_000 + registrantIndex).slice(-7)}`,
		'(State or other jurisdiction   (Commission       (I.R.S. Employer',
		'   of incorporation)            File Number)      Identification No.)',
		'',
		'<PAGE>',
		'',
		'Item 1.01. Entry into a Material Definitive Agreement.',
		'',
		wrap(
			`On ${deal.date}, ${company} entered into agreements with ${bank} relating to ${money(deal.principal)} of its ${deal.instrument}.`,
			'     ',
		),
		'',
		'Item 9.01. Financial Statements and Exhibits.',
		'',
		'(d) Exhibits.',
		'',
		'Exhibit No.   Description',
		...exhibits.map((e) => `${e.number.padEnd(14)}${e.title}`),
		'',
		center('SIGNATURES'),
		'',
		wrap(
			'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.',
			'     ',
		),
		'',
		`                                   ${company.toUpperCase()}`,
		'',
		`Date: ${deal.date}                  By: /s/ ${signer}`,
		`                                   Name: ${signer}`,
		'                                   Title: Chief Financial Officer',
	].join('\n');
	const documents = [
		{ type: '8-K', description: 'CURRENT REPORT', text: `${primary}\n` },
		...exhibits.map((e) => ({ type: `EX-${e.number}`, description: e.description, text: e.text() })),
	];
	const header = [
		`<SEC-DOCUMENT>${accession}.txt : ${iso(y, m, d)}`,
		`<SEC-HEADER>${accession}.hdr.sgml : ${iso(y, m, d)}`,
		`ACCESSION NUMBER:\t\t${accession}`,
		'CONFORMED SUBMISSION TYPE:\t8-K',
		`PUBLIC DOCUMENT COUNT:\t\t${documents.length}`,
		`CONFORMED PERIOD OF REPORT:\t${iso(y, m, d)}`,
		`FILED AS OF DATE:\t\t${iso(y, m, d)}`,
		'',
		'FILER:',
		'',
		'\tCOMPANY DATA:',
		`\t\tCOMPANY CONFORMED NAME:\t\t\t${company.toUpperCase()}`,
		`\t\tCENTRAL INDEX KEY:\t\t\t${cik}`,
		`\t\tSTATE OF INCORPORATION:\t\t\t${deal.state.slice(0, 2).toUpperCase()}`,
		'',
		'\tFILING VALUES:',
		'\t\tFORM TYPE:\t\t8-K',
		`\t\tSEC FILE NUMBER:\t0-${1000 + registrantIndex}`,
		'</SEC-HEADER>',
	];
	const body = documents.map(
		(doc, i) =>
			`<DOCUMENT>\n<TYPE>${doc.type}\n<SEQUENCE>${i + 1}\n<DESCRIPTION>${doc.description}\n<TEXT>\n${doc.text}</TEXT>\n</DOCUMENT>`,
	);
	const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return {
		name: `${slug(company)}_8-K_${date}_${n}.txt`,
		text: `${header.join('\n')}\n${body.join('\n')}\n</SEC-DOCUMENT>\n`,
		exhibits: count,
	};
}

/** Write the submissions of a corpus of `exhibits` into `dir` (replacing what is there). */
export async function writeSyntheticSubmissions(
	dir: string,
	options: SyntheticSubmissionsOptions,
): Promise<{ filings: number; exhibits: number; bytes: number }> {
	if (!Number.isInteger(options.exhibits) || options.exhibits < 1) {
		throw new Error(
			`Synthetic submissions need a whole number of exhibits above zero, got ${options.exhibits}. Pass e.g. --exhibits 1000.`,
		);
	}
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	let exhibits = 0;
	let bytes = 0;
	let n = 0;
	const writes: Promise<void>[] = [];
	while (exhibits < options.exhibits) {
		n++;
		const first = syntheticSubmission(n, options);
		const filing =
			first.exhibits > options.exhibits - exhibits
				? syntheticSubmission(n, options, options.exhibits - exhibits)
				: first;
		exhibits += filing.exhibits;
		bytes += Buffer.byteLength(filing.text);
		writes.push(writeFile(path.join(dir, filing.name), filing.text));
		// Keep memory flat at 100,000 exhibits: drain queued writes now and then.
		if (writes.length >= 500) await Promise.all(writes.splice(0));
	}
	await Promise.all(writes);
	return { filings: n, exhibits, bytes };
}
