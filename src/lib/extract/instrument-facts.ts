/**
 * The financial instrument an exhibit title is about, and how the exhibit relates to it:
 *
 *   "Form of 13% Junior Subordinated Note due November 1, 2009."
 *     → note "13% Junior Subordinated Notes due November 1, 2009", rate 13%, evidences
 *   "Indenture, dated as of December 18, 2003, between …"   → indenture, governs
 *   "Warrant Agent Agreement, …"                             → the Warrants, governs
 *   "Loan and Security Agreement, … Ableco Finance LLC, as Agent, …"
 *     → loan facility "Loan and Security Agreement (Ableco Finance LLC, Agent)", governs
 *   "Pledge and Security Agreement, … in favor of Ableco Finance LLC, as agent."
 *     → secures the loan facility whose agent is Ableco Finance LLC
 *   "Term Promissory Note, … in the original principal amount of $4,000,000."
 *     → note "Term Promissory Note ($4,000,000)", evidences
 *
 * Party names here are names as filed; the ingest resolves them to party ids.
 */
import { genericReference } from './party-entity.ts';
import type { instrumentKinds } from '../../schemas/instrument.ts';
import { LONG_DATE_SOURCE, parseLongDate } from './dates.ts';
import { findMoneyAmounts, type Money } from './money.ts';
import type { NamedParty } from './party-clause.ts';
import { escapeRegExp } from '../escape-regexp.ts';

export type InstrumentKind = (typeof instrumentKinds)[number];
export type InstrumentRelation = 'evidences' | 'governs' | 'secures' | 'amends';

export interface InstrumentFacts {
	kind: InstrumentKind;
	relation: InstrumentRelation;
	/** Display name, e.g. "12% Senior Subordinated Notes due August 1, 2003". */
	name: string;
	rate?: { asFiled: string; percent: number };
	/** `date` is ISO, or the year alone where the filing states only the year ("due 2029"). */
	maturity?: { asFiled: string; date: string };
	principal?: Money;
	/** Name (as filed) of the issuer, maker or borrower. */
	issuerName?: string;
	/** Name (as filed) of the trustee, agent or payee. */
	counterpartyName?: string;
	/**
	 * For security and pledge agreements: the secured party, so the ingest can link the
	 * agreement to the loan facility that party is agent for.
	 */
	securedParty?: string;
}

const PERCENT = /(\d+(?:\.\d+)?)(?:\s+(\d)\/(\d))?\s?%/;
const MATURITY = new RegExp(`\\bdue\\s+(${LONG_DATE_SOURCE})`, 'i');
/** A maturity stated as a year: "due 2029", not the first part of "due 2029-2031" or of a date. */
const MATURITY_YEAR = /\bdue\s+((?:19|20)\d{2})\b(?![-–/]\d)/i;
const PRINCIPAL = /principal\s+amount\s+of\s+(\$\s?[\d,]+(?:\.\d+)?(?:\s+(?:million|billion))?)/i;
const AMENDMENT =
	/^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+)?Amendment(?:\s+No\.\s*\d+)?\s+to\s+(?:the\s+)?/i;
/** "Amended and Restated" documents replace the original; they name the same instrument. */
const RESTATED = /^(?:Amended\s+and\s+Restated|Restated|Amended)\s+/i;

export interface InstrumentContext {
	/** The document noun phrase: the title before "dated" and the party clause. */
	head: string;
	title: string;
	parties: readonly NamedParty[];
	registrantName: string;
	/** The exhibit's own text, when the filing carries it: an indenture names what it governs there. */
	text?: string;
	/** Note series the filing's documents define by a short name: "2025 Notes" → "0.000% Notes due 2025" (`definedNoteSeries`). */
	seriesTerms?: ReadonlyMap<string, string>;
}

export function extractInstrumentFacts(context: InstrumentContext): InstrumentFacts | undefined {
	const amendment = AMENDMENT.exec(context.head);
	const head = (amendment ? context.head.slice(amendment[0].length) : context.head)
		.replace(RESTATED, '')
		.replace(/\.$/, '')
		.trim();
	const facts = classify(head, context);
	return facts && amendment ? { ...facts, relation: 'amends' } : facts;
}

/** Share awards and plans grant equity compensation; they create no security or debt of their own. */
const COMPENSATION = /\b(?:Award|Plan|Stock\s+Option|Restricted\s+Stock|Incentive|Bonus|Compensation)\b/i;
/** Agreements about rights that are not a class of securities ("Registration Rights Agreement"). */
const NOT_A_RIGHTS_CLASS =
	/\b(?:Registration|Investor|Stockholder|Shareholder|Voting|Spectrum|License|Licensing|Information|Participation|Preemptive|Tag|Drag)[-\s]+Rights\b/i;

/**
 * The class of securities a head names, and its name as the document names it; ordered, the
 * first match wins ("Warrant Agreement" is about warrants; "Senior Debt Indenture" about
 * senior debt securities).
 */
const SECURITY_CLASSES: ReadonlyArray<[RegExp, InstrumentKind, (match: RegExpExecArray) => string]> = [
	[
		/\b((?:(?:Senior|Subordinated|Junior)\s+)*)Debt(?:\s+Securities|\s+Indenture)?\b/i,
		'debt-securities',
		(m) => `${titleCase(m[1] ?? '')}Debt Securities`,
	],
	[
		/\b((?:Series\s+[A-Z0-9-]+\s+)?(?:(?:Non-Voting|Voting|Convertible|Cumulative|Non-?Cumulative|Perpetual|Participating|Redeemable|Fixed-Rate|Floating-Rate)\s+)*)Preferred\s+Stock\b/i,
		'preferred-stock',
		(m) => `${m[1] ?? ''}Preferred Stock`.trim(),
	],
	[
		/\bDeposit(?:ary)?\s+(?:Agreement|Receipts?|Shares?|Certificates?)\b/i,
		'depositary-shares',
		() => 'Depositary Shares',
	],
	[/\bPurchase\s+Contracts?\b/i, 'purchase-contract', () => 'Purchase Contracts'],
	[/\b(?:[A-Z][\w]*[’']s\s+)?Unit\s+Purchase\s+Option\b/, 'warrant', (m) => m[0]],
	[/\b(?:Subscription\s+)?Rights?\s+(?:Agreement|Certificates?)\b/i, 'right', () => 'Rights'],
	[
		/\b((?:Series\s+\S+\s+|Pre-Funded\s+|Common\s+Stock\s+Purchase\s+)?)Warrants?\b/i,
		'warrant',
		(m) => `${m[1] ?? ''}Warrants`,
	],
	[/\bUnits?\b/i, 'unit', () => 'Units'],
];

/** A note of the financial statements ("Note [1(k)] of Notes to Consolidated Financial Statements") is no promissory note. */
const FINANCIAL_STATEMENT_NOTE =
	/\bNotes?\s+(?:\[?\d[\w()]*\]?|to\s+(?:the\s+)?(?:Consolidated\s+)?Financial\s+Statements)/gi;

const titleCase = (words: string) => words.replace(/\b([a-z])/g, (c) => c.toUpperCase());

function classify(head: string, context: InstrumentContext): InstrumentFacts | undefined {
	const { registrantName, title } = context;
	// "among the Company, …": the borrower or maker the title calls "the Company" is the registrant.
	const parties = context.parties.map((party) =>
		genericReference(party.nameAsFiled) === 'registrant' ? { ...party, nameAsFiled: registrantName } : party,
	);
	const withRole = (pattern: RegExp) => parties.find((p) => pattern.test(p.role));
	if (COMPENSATION.test(head)) return undefined;

	const form = /^(?:Form\s+of\s+(?:the\s+)?|Specimen\s+)(.+)$/i.exec(head);
	const isAgreement = /\b(?:Agreement|Indenture)\b/i.test(head);
	if (
		form &&
		!isAgreement &&
		/\b(?:Notes?|Debentures?|Bonds?)\b/i.test(form[1]!) &&
		!/\bDebt\s+Securities\b/i.test(form[1]!)
	) {
		// "Form of Global Note representing the 2025 Notes": the series the filing defines as "2025 Notes".
		const series = seriesByTerm(form[1]!, context.seriesTerms);
		const security = series ?? seriesNamed(form[1]!.replace(/\s*\(.*$/, ''));
		return {
			kind: 'note',
			relation: 'evidences',
			name: pluraliseSecurity(security),
			...rateAndMaturity(security),
			issuerName: registrantName,
		};
	}
	// "Statement of Eligibility … under the Trust Indenture Act" (Form T-1) is about the trustee.
	if (/\bTrust\s+Indenture\s+Act\b|^Statement\s+of\s+Eligibility\b/i.test(head)) return undefined;
	const securities =
		securityClass(`${head} ${/\bIndenture\b/i.test(head) ? title : ''}`) ?? indentureSecurities(head, context.text);
	if (securities && (form || isAgreement || /\bCertificate|Designation|Amendment\b/i.test(head))) {
		return {
			...securities,
			relation: form && !isAgreement ? 'evidences' : 'governs',
			issuerName: registrantName,
			counterpartyName: withRole(/Agent|Trustee/)?.nameAsFiled,
		};
	}
	if (/\b(?:Loan|Credit|Financing)(?:\s+and\s+Security)?\s+Agreement\b|\bCredit\s+Facility\b/i.test(head)) {
		const agent = withRole(/Agent/) ?? withRole(/Lender/);
		const borrower = withRole(/Borrower/) ?? parties.find((p) => p !== agent);
		const amount = findMoneyAmounts(head)[0] ?? principalOf(title) ?? facilityAmount(context.text?.slice(0, 10_000));
		return {
			kind: 'loan-facility',
			relation: 'governs',
			name: agent ? `${head} (${agent.nameAsFiled}, ${agent.role})` : head,
			...(amount ? { principal: amount } : {}),
			issuerName: borrower?.nameAsFiled,
			counterpartyName: agent?.nameAsFiled,
		};
	}
	if (/\b(?:Pledge|Security)\s+(?:and\s+Security\s+)?Agreement\b/i.test(head)) {
		const securedParty = withRole(/Agent|Beneficiary|Secured|Lender|Trustee/);
		if (!securedParty) return undefined;
		// Not an instrument: the agreement secures the facility its secured party is agent for.
		return {
			kind: 'loan-facility',
			relation: 'secures',
			name: head,
			securedParty: securedParty.nameAsFiled,
		};
	}
	if (/\bNote\b/i.test(head.replace(FINANCIAL_STATEMENT_NOTE, '')) && !isAgreement) {
		const maker = withRole(/Maker|Borrower|Issuer/) ?? parties[0];
		const payee = parties.find((p) => p !== maker);
		// The title's terms first; a note's body states the rest in its opening.
		const body = context.text ? noteTermsInBody(context.text.slice(0, 8000)) : {};
		const principal = principalOf(title) ?? body.principal;
		const terms = rateAndMaturity(head);
		return {
			kind: 'note',
			relation: 'evidences',
			name: principal ? `${head} (${principal.asFiled})` : head,
			...((terms.rate ?? body.rate) ? { rate: terms.rate ?? body.rate } : {}),
			...((terms.maturity ?? body.maturity) ? { maturity: terms.maturity ?? body.maturity } : {}),
			principal,
			issuerName: maker?.nameAsFiled,
			counterpartyName: payee?.nameAsFiled,
		};
	}
	return undefined;
}

/**
 * A series of notes a title names by its rate (or as floating rate) and its maturity:
 * "2.600% Notes due 2024", "Floating Rate Notes due 2016", "4.750% Senior Notes due March 1, 2031".
 */
const NOTE_SERIES = new RegExp(
	`(?:\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?\\s?%|Floating\\s+Rate)\\s+(?:(?:Senior|Subordinated|Junior|Secured|Unsecured|Convertible|Exchangeable|Guaranteed|Fixed[- ]Rate|Fixed-to-Floating\\s+Rate)\\s+)*(?:Notes?|Debentures?|Bonds?)\\s+due\\s+(?:${LONG_DATE_SOURCE}|\\d{4})`,
	'gi',
);

/**
 * Every series of notes a title names, each an instrument: "Officer's Certificate …, including
 * forms of global notes representing the Floating Rate Notes due 2016, … and 3.85% Notes due
 * 2043" evidences six; "Supplemental Indenture … relating to the 4.700% Notes due 2032" governs one.
 * Empty when the title names one note or none (`extractInstrumentFacts` reads those).
 */
export function namedNoteSeries(context: InstrumentContext): InstrumentFacts[] {
	const establishes = /\b(?:Indenture|Certificate|Resolutions?|Supplement)\b/i.test(context.head);
	let series = noteSeriesIn(context.title);
	if (series.length < 2 && !establishes) return [];
	// An officer's certificate or supplemental indenture titled by its date names its series in its opening.
	if (series.length === 0 && context.text) series = noteSeriesIn(context.text.slice(0, 6000));
	const relation: InstrumentRelation = /\bforms?\s+of\b/i.test(context.title) ? 'evidences' : 'governs';
	return series.map(({ name, principal }) => ({
		kind: 'note',
		relation,
		name: pluraliseSecurity(name),
		...rateAndMaturity(name),
		...(principal ? { principal } : {}),
		issuerName: context.registrantName,
		counterpartyName: context.parties.find((p) => /Trustee/.test(p.role))?.nameAsFiled,
	}));
}

/**
 * The short names a document defines for note series: `0.000% Notes due 2025 (the “2025 Notes”)`,
 * `0.500% Notes due 2031 (“2031 Notes” and, together with the 2025 Notes, the “Notes”)`
 * → "2025 notes" → "0.000% Notes due 2025". Keys are lower case.
 */
export function definedNoteSeries(text: string): Map<string, string> {
	const terms = new Map<string, string>();
	for (const match of text.slice(0, 20_000).matchAll(NOTE_SERIES)) {
		const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
		const term = /^\s*\(\s*(?:the\s+)?[“"]([^”"()]{2,40}?)\s*[”"]/.exec(after);
		const key = term?.[1]!.replace(/\s+/g, ' ').trim().toLowerCase();
		// "the Notes" names every series at once: no one series.
		if (key && !GENERIC_TERM.test(key) && !terms.has(key)) terms.set(key, match[0].replace(/\s+/g, ' '));
	}
	return terms;
}

const GENERIC_TERM = /^(?:notes|securities|debt\s+securities|debentures|bonds|global\s+notes)$/;

/** The series a phrase names by its defined short name ("… representing the 2025 Notes"). */
function seriesByTerm(phrase: string, terms: ReadonlyMap<string, string> | undefined): string | undefined {
	if (!terms) return undefined;
	const lower = phrase.toLowerCase();
	// The longest term the phrase contains: "2025 Euro Notes" before "2025 Notes".
	const named = [...terms.keys()]
		.filter((term) => new RegExp(`\\b${escapeRegExp(term)}\\b`).test(lower))
		.sort((a, b) => b.length - a.length)[0];
	return named ? terms.get(named) : undefined;
}

/** Each series `text` names, once, with the principal amount just before it ("€1,000,000,000 aggregate principal amount of"). */
function noteSeriesIn(text: string): Array<{ name: string; principal?: Money }> {
	const found = new Map<string, { name: string; principal?: Money }>();
	for (const match of text.matchAll(NOTE_SERIES)) {
		const name = match[0].replace(/\s+/g, ' ');
		if (found.has(name.toLowerCase())) continue;
		const before = text.slice(Math.max(0, match.index - 80), match.index).replace(/\s+/g, ' ');
		const amount =
			/(\S+(?:\s+(?:million|billion))?)\s+(?:in\s+)?aggregate\s+principal\s+amount\s+of\s+(?:the\s+|its\s+|our\s+)?$/i.exec(
				before,
			);
		const principal = amount ? findMoneyAmounts(amount[1]!)[0] : undefined;
		found.set(name.toLowerCase(), { name, ...(principal ? { principal } : {}) });
	}
	return [...found.values()];
}

function securityClass(text: string): Pick<InstrumentFacts, 'kind' | 'name'> | undefined {
	if (NOT_A_RIGHTS_CLASS.test(text) && !/\bWarrant|Unit|Preferred|Debt\b/i.test(text)) return undefined;
	for (const [pattern, kind, name] of SECURITY_CLASSES) {
		const match = pattern.exec(text);
		if (match) return { kind, name: name(match) };
	}
	return undefined;
}

/** What an indenture's text calls what it governs: `(herein called the "Securities")`, `"Notes" means …`. */
function indentureSecurities(
	head: string,
	text: string | undefined,
): Pick<InstrumentFacts, 'kind' | 'name'> | undefined {
	if (!text || !/\bIndenture\b/i.test(head)) return undefined;
	const TERM = '["“](Securities|Debt\\s+Securities|Notes|Debentures)["”]';
	const term =
		new RegExp(`\\(\\s*(?:herein(?:after)?\\s+(?:called|referred\\s+to\\s+as)\\s+)?the\\s+${TERM}\\s*\\)`, 'i').exec(
			text.slice(0, 40_000),
		) ?? new RegExp(`${TERM}\\s+(?:means|shall\\s+mean)\\b`, 'i').exec(text.slice(0, 80_000));
	if (!term) return undefined;
	return { kind: /Notes/i.test(term[1]!) ? 'note' : 'debt-securities', name: term[1]! };
}

/** "12% Senior Subordinated Note due August 1, 2003" → "12% Senior Subordinated Notes due August 1, 2003"; "Unit" → "Units". */
/**
 * The series a form of note names: "Note for 0.125% Notes due 2029", "Global Notes representing
 * the Registrant’s 0.450% notes due 2025", "Registrant’s 1.998% Notes due 2026" → "0.125% Notes
 * due 2029", "0.450% Notes due 2025", "1.998% Notes due 2026"; else the text as it is.
 */
function seriesNamed(security: string): string {
	const named = /\b(?:for|representing|evidencing)\s+(?:the\s+)?(.*\b(?:Notes|Debentures|Bonds)\b.*)$/i.exec(security);
	return (named?.[1] ?? security)
		.replace(/^(?:the\s+)?(?:Registrant|Company|Issuer)[’']s\s+/i, '')
		.replace(/\b(?:notes|debentures|bonds)\b/, titleCase);
}

function pluraliseSecurity(security: string): string {
	return security.replace(/\b(Note|Debenture|Bond|Warrant|Unit)\b(?!s)/i, '$1s');
}

function rateAndMaturity(text: string): Pick<InstrumentFacts, 'rate' | 'maturity'> {
	const rate = PERCENT.exec(text);
	const maturity = MATURITY.exec(text);
	const date = maturity ? parseLongDate(maturity[1]!) : undefined;
	// Most series are named by the year alone: "0.125% Notes due 2029".
	const year = date ? undefined : MATURITY_YEAR.exec(text)?.[1];
	return {
		...(rate
			? { rate: { asFiled: rate[0], percent: Number(rate[1]) + (rate[2] ? Number(rate[2]) / Number(rate[3]) : 0) } }
			: {}),
		...(maturity && date ? { maturity: { asFiled: maturity[1]!, date } } : {}),
		...(year ? { maturity: { asFiled: year, date: year } } : {}),
	};
}

/**
 * What a promissory note's opening states: "the principal sum of $300,000", "interest … at the
 * rate of 8% per annum", "Maturity Date: June 30, 2021" or "due and payable on June 30, 2021".
 */
function noteTermsInBody(opening: string): Pick<InstrumentFacts, 'rate' | 'maturity' | 'principal'> {
	const text = opening.replace(/\s+/g, ' ');
	const sum =
		/\bprincipal\s+(?:sum|amount)\s+of\s+(?:[A-Z][A-Za-z\s-]+(?:Dollars)?\s*)?\(?((?:U\.S\.\s?)?\$\s?[\d,]+(?:\.\d+)?)/i.exec(
			text,
		);
	const principal = sum ? findMoneyAmounts(sum[1]!)[0] : undefined;
	const rate = /\b(?:interest\b[^.]{0,120}?\brate\s+(?:of|equal\s+to)\s+|at\s+)(\d+(?:\.\d+)?\s?%)\s+per\s+annum/i.exec(
		text,
	);
	const due = new RegExp(
		`\\b(?:Maturity\\s+Date["”]?\\)?\\s*(?::|means|shall\\s+be|is)?\\s*|due\\s+and\\s+payable\\s+(?:in\\s+full\\s+)?(?:on|by)\\s+|on\\s+or\\s+before\\s+)(${LONG_DATE_SOURCE})`,
		'i',
	).exec(text);
	const date = due ? parseLongDate(due[1]!) : undefined;
	return {
		...(principal ? { principal } : {}),
		...(rate ? { rate: { asFiled: rate[1]!, percent: Number.parseFloat(rate[1]!) } } : {}),
		...(due && date ? { maturity: { asFiled: due[1]!, date } } : {}),
	};
}

/**
 * The amount a credit agreement's opening gives its facility: "a revolving credit facility in an
 * aggregate principal amount of up to $500,000,000", "Commitments … not to exceed $75,000,000".
 */
function facilityAmount(opening: string | undefined): Money | undefined {
	if (!opening) return undefined;
	const match =
		/\b(?:aggregate\s+(?:principal\s+)?amount|commitments?|(?:credit\s+)?facilit(?:y|ies))\s+(?:in\s+an\s+(?:aggregate\s+)?(?:principal\s+)?amount\s+)?(?:of|not\s+to\s+exceed|up\s+to)\s+(?:up\s+to\s+)?((?:U\.S\.\s?)?\$\s?[\d,]+(?:\.\d+)?(?:\s+(?:million|billion))?)/i.exec(
			opening.replace(/\s+/g, ' '),
		);
	return match ? findMoneyAmounts(match[1]!)[0] : undefined;
}

function principalOf(title: string): Money | undefined {
	const match = PRINCIPAL.exec(title);
	return match ? findMoneyAmounts(match[1]!)[0] : undefined;
}
