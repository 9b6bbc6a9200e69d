/**
 * Exhibits as long as real ones, for the build bench's default corpus
 * (scripts/lib/synthetic-submissions.ts; `--light` keeps the old ~7.5 kB ones).
 *
 * Lengths are drawn from `EXHIBIT_TEXT_QUANTILES`, a quantile function calibrated on real
 * exhibits (docs/scaling.md, "The bench corpus"): the text of an exhibit — its Markdown body as
 * ingest writes it — has a median of 9.6 kB, a mean of 72 kB, a 90th percentile of 203 kB and a
 * long tail past 1 MB. Each length gets the structure real exhibits of that length have, as
 * measured on tests/fixtures/samples:
 *
 * | text            | what it is                     | structure                                                       |
 * |-----------------|--------------------------------|-----------------------------------------------------------------|
 * | under 1.5 kB    | auditor's consent (EX-23)      | a letter of two or three paragraphs                             |
 * | 1.5 – 25 kB     | legal opinion (EX-5), release  | a letter of numbered paragraphs; a release has a results table |
 * | 25 kB – 1 MB    | indenture or agreement (4, 10) | ARTICLEs of numbered Sections (one per ~2.2 kB), a definitions  |
 * |                 |                                | section, a cross-reference per section, a table per ~11 kB,    |
 * |                 |                                | schedules                                                       |
 * | over 1 MB       | servicer report (EX-99)        | fixed-width statements, one per pool (`<pre>`)                  |
 *
 * Exhibits are HTML documents, as filing agents have written them since 2001, so ingest
 * converts them as it does real ones (tables to Markdown tables, `<pre>` to fixed-width blocks).
 */
import { CLAUSES, PEOPLE_FIRST, PEOPLE_LAST } from './synthetic-corpus.ts';

type Rng = { next: () => number; int: (min: number, max: number) => number; pick: <T>(list: readonly T[]) => T };

/**
 * Points `[u, bytes]` of the quantile function of an exhibit's text length: a uniform draw `u`
 * is a length by log-linear interpolation between the two points around it. The median and 90th
 * percentile are read off real exhibits; the points above the 90th place the mean (72 kB) and
 * make one exhibit in 200 longer than 1 MB (indentures run 200 kB, a servicer report 1.6 MB).
 */
export const EXHIBIT_TEXT_QUANTILES: readonly (readonly [number, number])[] = [
	[0, 550],
	[0.5, 9_600],
	[0.9, 203_000],
	[0.98, 500_000],
	[0.995, 1_000_000],
	[1, 1_650_000],
];

/** The text length (bytes) at quantile `u` in [0, 1) of `EXHIBIT_TEXT_QUANTILES`. */
export function exhibitTextLength(u: number): number {
	const upper = EXHIBIT_TEXT_QUANTILES.findIndex(([q]) => q > u);
	const [q0, b0] = EXHIBIT_TEXT_QUANTILES[upper - 1]!;
	const [q1, b1] = EXHIBIT_TEXT_QUANTILES[upper]!;
	return Math.round(b0 * (b1 / b0) ** ((u - q0) / (q1 - q0)));
}

/** The parties and instrument an exhibit's text names (scripts/lib/synthetic-submissions.ts). */
export interface ExhibitDeal {
	company: string;
	state: string;
	bank: string;
	instrument: string;
	principal: number;
	date: string;
}

/** An agreement kind: how its recital names the counterparty, and its articles. */
export interface AgreementKind {
	title: string;
	role: string;
	defined: string;
	articles: readonly string[];
}

/** What a drawn length makes of an exhibit. */
export type RealisticKind = 'consent' | 'opinion' | 'press release' | 'agreement' | 'servicer report';

/** The kind of exhibit real ones of `length` bytes of text are (the table above). */
export function realisticKind(length: number, u: number): RealisticKind {
	if (length < 1_500) return 'consent';
	if (length < 25_000) return u < 0.6 ? 'opinion' : 'press release';
	if (length < 1_000_000) return 'agreement';
	return 'servicer report';
}

const DEFINED_TERMS = [
	'Affiliate',
	'Applicable Procedures',
	'Board of Directors',
	'Business Day',
	'Capital Stock',
	'Collateral',
	'Default',
	'Depositary',
	'Event of Default',
	'Global Security',
	'Holder',
	'Indebtedness',
	'Interest Payment Date',
	'Lien',
	'Maturity Date',
	'Obligations',
	"Officers' Certificate",
	'Opinion of Counsel',
	'Outstanding',
	'Permitted Indebtedness',
	'Person',
	'Record Date',
	'Responsible Officer',
	'Senior Indebtedness',
	'Stated Maturity',
	'Subsidiary',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const money = (n: number) => `$${n.toLocaleString('en-US')}`;

/** Collects an exhibit's HTML and counts its text, which is what the length is drawn for. */
class Writer {
	readonly parts: string[] = [];
	text = 0;
	readonly target: number;
	constructor(target: number) {
		this.target = target;
	}
	get full() {
		return this.text >= this.target;
	}
	paragraph(text: string, style = '') {
		this.parts.push(`<p${style ? ` style="${style}"` : ''}>${escapeHtml(text)}</p>`);
		this.text += text.length + 2;
	}
	centred(text: string) {
		this.parts.push(`<p style="text-align:center"><b>${escapeHtml(text)}</b></p>`);
		this.text += text.length + 2;
	}
	table(header: readonly string[], rows: readonly (readonly string[])[]) {
		const row = (cells: readonly string[], tag: string) =>
			`<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
		this.parts.push(`<table>${row(header, 'th')}${rows.map((r) => row(r, 'td')).join('')}</table>`);
		// A Markdown table pads every cell to its column's width.
		const width = header.reduce((sum, h, i) => sum + Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 3, 1);
		this.text += width * (rows.length + 2) + 2;
	}
	pre(lines: readonly string[]) {
		this.parts.push(`<pre>${escapeHtml(lines.join('\n'))}</pre>`);
		this.text += lines.reduce((sum, line) => sum + line.length + 1, 8);
	}
	html() {
		return `<HTML>\n<BODY>\n${this.parts.join('\n')}\n</BODY>\n</HTML>\n`;
	}
}

/** Two recurring clauses, filled with the deal's names; `reference` cites another section. */
function clauses(rng: Rng, deal: ExhibitDeal, reference?: string): string {
	const fill = (clause: string) =>
		clause.replaceAll('{A}', deal.company).replaceAll('{B}', deal.bank).replaceAll('{I}', deal.instrument);
	const cited = reference ? ` Except as provided in ${reference}, the foregoing applies to each series.` : '';
	return `${fill(rng.pick(CLAUSES))} ${fill(rng.pick(CLAUSES))}${cited}`;
}

function signature(out: Writer, rng: Rng, who: string) {
	out.paragraph(`${who.toUpperCase()}`);
	out.paragraph(`By: /s/ ${rng.pick(PEOPLE_FIRST)} ${rng.pick(PEOPLE_LAST)}`);
}

function consent(out: Writer, rng: Rng, deal: ExhibitDeal) {
	out.centred('CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM');
	out.paragraph(
		`We consent to the incorporation by reference in this Registration Statement of our report dated ${deal.date}, relating to the financial statements of ${deal.company}.`,
	);
	// The signature's ~60 bytes count towards the length.
	while (out.text + 60 < out.target)
		out.paragraph(
			`We also consent to the reference to our firm under the caption "Experts" in the prospectus of ${deal.company}.`,
		);
	signature(out, rng, `${rng.pick(PEOPLE_LAST)} & ${rng.pick(PEOPLE_LAST)} LLP`);
}

function opinion(out: Writer, rng: Rng, deal: ExhibitDeal) {
	out.paragraph(deal.date);
	out.paragraph(`${deal.company}`);
	out.paragraph('Ladies and Gentlemen:');
	out.paragraph(
		`We have acted as counsel to ${deal.company}, a ${deal.state} corporation (the "Company"), in connection with the issuance of ${money(deal.principal)} aggregate principal amount of its ${deal.instrument} (the "Securities") under an indenture with ${deal.bank}, as trustee.`,
	);
	for (let n = 1; !out.full; n++) out.paragraph(`${n}. ${clauses(rng, deal)}`);
	out.paragraph('Very truly yours,');
	signature(out, rng, `${rng.pick(PEOPLE_LAST)} ${rng.pick(PEOPLE_LAST)} LLP`);
}

function pressRelease(out: Writer, rng: Rng, deal: ExhibitDeal) {
	out.centred('FOR IMMEDIATE RELEASE');
	out.paragraph(
		`${deal.company} today announced that it has entered into agreements with ${deal.bank} providing for ${money(deal.principal)} of ${deal.instrument}.`,
	);
	const quarter = (q: number) => [`Quarter ${q}`, money(rng.int(10, 900) * 100_000), money(rng.int(1, 90) * 100_000)];
	out.table(['Period', 'Net sales', 'Net income'], [1, 2, 3, 4].map(quarter));
	while (!out.full) out.paragraph(clauses(rng, deal));
}

/**
 * An indenture or agreement: caption, recitals, then articles of numbered sections until the
 * length is reached — Article I defines terms, sections cite one another, a table now and then —
 * then signatures and a schedule or two.
 */
function agreement(out: Writer, rng: Rng, deal: ExhibitDeal, kind: AgreementKind) {
	out.centred(deal.company.toUpperCase());
	out.centred(kind.title.toUpperCase());
	out.centred(`Dated as of ${deal.date}`);
	out.paragraph(
		`THIS ${kind.title.toUpperCase()}, dated as of ${deal.date}, between ${deal.company}, a ${deal.state} corporation (the "Company"), and ${deal.bank}, as ${kind.role} (the "${kind.defined}").`,
	);
	out.paragraph(
		`WHEREAS, the Company has duly authorized the issuance of its ${deal.instrument} in an aggregate principal amount of ${money(deal.principal)} (the "Securities");`,
	);
	// Sections per article from the length, so a 30 kB agreement and a 250 kB indenture both
	// come out as real ones do (4–8 and 10–14 articles, ~95 sections at 200 kB).
	const articles = Math.min(ROMAN.length, Math.max(3, Math.round(Math.sqrt(out.target / 1_500))));
	const perArticle = Math.max(2, Math.ceil(out.target / 2_200 / articles));
	const scheduleBytes = out.target * 0.08;
	const body = new Writer(out.target - scheduleBytes);
	for (let a = 1; a <= articles && !body.full; a++) {
		const title = a === 1 ? 'Definitions' : (kind.articles[(a - 1) % kind.articles.length] ?? 'Miscellaneous');
		body.centred(`ARTICLE ${ROMAN[a - 1]}`);
		body.centred(title.toUpperCase());
		for (let s = 1; s <= perArticle && !body.full; s++) {
			const number = `${a}.${String(s).padStart(2, '0')}`;
			if (a === 1 && s === 1) {
				body.paragraph(`Section ${number} Definitions.`);
				for (const term of DEFINED_TERMS.slice(0, Math.min(DEFINED_TERMS.length, 4 + perArticle * 2)))
					body.paragraph(`"${term}" means ${clauses(rng, deal).replace(/^The /, 'the ')}`);
				continue;
			}
			const cited = `Section ${rng.int(1, a)}.${String(rng.int(1, perArticle)).padStart(2, '0')}`;
			body.paragraph(`Section ${number} ${rng.pick(DEFINED_TERMS)}. ${clauses(rng, deal, cited)}`);
			for (let p = rng.int(0, 2); p > 0; p--) body.paragraph(`(${'abc'[p - 1]}) ${clauses(rng, deal)}`);
			if (rng.next() < 0.2)
				body.table(
					['Payment Date', 'Principal', 'Interest'],
					Array.from({ length: rng.int(3, 8) }, (_, r) => [
						`Year ${r + 1}`,
						money(Math.round(deal.principal / 8)),
						money(rng.int(100, 999) * 1000),
					]),
				);
		}
	}
	out.parts.push(...body.parts);
	out.text += body.text;
	out.paragraph(
		`IN WITNESS WHEREOF, the parties hereto have caused this ${kind.title} to be duly executed as of the date first written above.`,
	);
	signature(out, rng, deal.company);
	signature(out, rng, `${deal.bank}, as ${kind.defined}`);
	for (let n = 0; !out.full; n++) {
		out.centred(`SCHEDULE ${'ABCDEFGHIJ'[n % 10]}`);
		out.table(
			['Holder', 'Principal Amount', 'Notice Address'],
			Array.from({ length: 12 }, () => [
				`${rng.pick(PEOPLE_FIRST)} ${rng.pick(PEOPLE_LAST)}`,
				money(rng.int(1, 900) * 10_000),
				`${rng.int(1, 999)} Main Street, New York, New York`,
			]),
		);
	}
}

/** A servicer's monthly report: a fixed-width statement per pool, as the 1.6 MB real one is. */
function servicerReport(out: Writer, rng: Rng, deal: ExhibitDeal) {
	out.centred('MONTHLY SERVICER REPORT');
	out.paragraph(`${deal.company}, Mortgage Pass-Through Certificates, distribution date ${deal.date}.`);
	for (let pool = 1; !out.full; pool++) {
		const lines = [
			`POOL ${String(pool).padStart(4, '0')}   ${deal.bank.toUpperCase()}, AS TRUSTEE`,
			'CLASS      ORIGINAL FACE   BEGINNING BAL    PRINCIPAL DIST   INTEREST DIST    ENDING BAL',
			'-------  ---------------  ---------------  ---------------  ---------------  ---------------',
		];
		for (const cls of ['A-1', 'A-2', 'A-3', 'A-4', 'M-1', 'M-2', 'B-1', 'B-2', 'R']) {
			const cells = Array.from({ length: 5 }, () => money(rng.int(1_000, 99_999) * 1_000).padStart(15));
			lines.push(`${cls.padEnd(7)}  ${cells.join('  ')}`);
		}
		out.pre(lines);
	}
}

/**
 * The HTML of one exhibit of `length` bytes of text (within a paragraph or a table of it).
 * `kind` is the agreement an agreement-length exhibit is.
 */
export function realisticExhibitHtml(
	rng: Rng,
	length: number,
	what: RealisticKind,
	deal: ExhibitDeal,
	kind: AgreementKind,
): string {
	const out = new Writer(length);
	if (what === 'consent') consent(out, rng, deal);
	else if (what === 'opinion') opinion(out, rng, deal);
	else if (what === 'press release') pressRelease(out, rng, deal);
	else if (what === 'agreement') agreement(out, rng, deal, kind);
	else servicerReport(out, rng, deal);
	return out.html();
}
