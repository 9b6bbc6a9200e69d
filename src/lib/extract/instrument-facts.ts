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
import type { instrumentKinds } from '../../schemas/instrument.ts';
import { LONG_DATE_SOURCE, parseLongDate } from './dates.ts';
import { findMoneyAmounts, type Money } from './money.ts';
import type { NamedParty } from './party-clause.ts';

export type InstrumentKind = (typeof instrumentKinds)[number];
export type InstrumentRelation = 'evidences' | 'governs' | 'secures' | 'amends';

export interface InstrumentFacts {
	kind: InstrumentKind;
	relation: InstrumentRelation;
	/** Display name, e.g. "12% Senior Subordinated Notes due August 1, 2003". */
	name: string;
	rate?: { asFiled: string; percent: number };
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
	/** True for a form of a class of securities the registrant issues (notes, warrants, units). */
	isSecurityClass: boolean;
}

const PERCENT = /(\d+(?:\.\d+)?)(?:\s+(\d)\/(\d))?\s?%/;
const MATURITY = new RegExp(`\\bdue\\s+(${LONG_DATE_SOURCE})`, 'i');
const PRINCIPAL = /principal\s+amount\s+of\s+(\$\s?[\d,]+(?:\.\d+)?(?:\s+(?:million|billion))?)/i;
const AMENDMENT =
	/^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+)?Amendment(?:\s+No\.\s*\d+)?\s+to\s+(?:the\s+)?/i;
/** "Amended and Restated" documents replace the original; they name the same instrument. */
const RESTATED = /^(?:Amended\s+and\s+Restated|Restated|Amended)\s+/i;

export interface InstrumentContext {
	/** The document noun phrase: the title before "dated" and the party clause. */
	head: string;
	title: string;
	dateAsFiled?: string;
	parties: readonly NamedParty[];
	registrantName: string;
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

function classify(head: string, context: InstrumentContext): InstrumentFacts | undefined {
	const { parties, registrantName, title } = context;
	const withRole = (pattern: RegExp) => parties.find((p) => pattern.test(p.role));

	const form = /^Form\s+of\s+(?:the\s+)?(.+)$/i.exec(head);
	if (form) {
		const security = form[1]!;
		const kind: InstrumentKind | undefined = /\b(?:Notes?|Debentures?|Bonds?)\b/i.test(security)
			? 'note'
			: /\bWarrants?\b/i.test(security)
				? 'warrant'
				: /\bUnits?\b/i.test(security)
					? 'unit'
					: undefined;
		if (!kind) return undefined;
		return {
			kind,
			relation: 'evidences',
			name: pluraliseSecurity(security),
			...rateAndMaturity(security),
			issuerName: registrantName,
			isSecurityClass: true,
		};
	}
	if (/\bWarrant\s+(?:Agent\s+)?Agreement\b/i.test(head)) {
		return {
			kind: 'warrant',
			relation: 'governs',
			name: 'Warrants',
			issuerName: registrantName,
			counterpartyName: withRole(/Agent/)?.nameAsFiled,
			isSecurityClass: true,
		};
	}
	// "Statement of Eligibility … under the Trust Indenture Act" (Form T-1) is about the trustee, not an indenture.
	if (
		/\bIndenture\b/i.test(head) &&
		!/\bSupplemental\b/i.test(head) &&
		!/\bTrust\s+Indenture\s+Act\b|^Statement\s+of\s+Eligibility\b/i.test(head)
	) {
		const trustee = withRole(/Trustee/);
		const issuer = parties.find(
			(p) => p !== trustee && (p.role === 'Party' || p.role === 'Issuer' || p.role === 'Company'),
		);
		return {
			kind: 'indenture',
			relation: 'governs',
			name: context.dateAsFiled ? `${head} dated ${context.dateAsFiled}` : head,
			issuerName: issuer?.nameAsFiled ?? registrantName,
			counterpartyName: trustee?.nameAsFiled,
			isSecurityClass: false,
		};
	}
	if (/\b(?:Loan|Credit|Financing)(?:\s+and\s+Security)?\s+Agreement\b|\bCredit\s+Facility\b/i.test(head)) {
		const agent = withRole(/Agent/) ?? withRole(/Lender/);
		const borrower = withRole(/Borrower/) ?? parties.find((p) => p !== agent);
		return {
			kind: 'loan-facility',
			relation: 'governs',
			name: agent ? `${head} (${agent.nameAsFiled}, ${agent.role})` : head,
			issuerName: borrower?.nameAsFiled,
			counterpartyName: agent?.nameAsFiled,
			isSecurityClass: false,
		};
	}
	const security = /\bPledge(?:\s+and\s+Security)?\s+Agreement\b/i.test(head)
		? 'pledge-agreement'
		: /\bSecurity\s+Agreement\b/i.test(head)
			? 'security-agreement'
			: undefined;
	if (security) {
		const securedParty = withRole(/Agent|Beneficiary|Secured|Lender|Trustee/);
		const grantor = parties.find((p) => p !== securedParty);
		return {
			kind: security,
			relation: 'secures',
			name: securedParty ? `${head} (${securedParty.nameAsFiled}, ${securedParty.role})` : head,
			issuerName: grantor?.nameAsFiled,
			counterpartyName: securedParty?.nameAsFiled,
			securedParty: securedParty?.nameAsFiled,
			isSecurityClass: false,
		};
	}
	if (/\bNote\b/i.test(head)) {
		const maker = withRole(/Maker|Borrower|Issuer/) ?? parties[0];
		const payee = parties.find((p) => p !== maker);
		const principal = principalOf(title);
		return {
			kind: 'note',
			relation: 'evidences',
			name: principal ? `${head} (${principal.asFiled})` : head,
			...rateAndMaturity(head),
			principal,
			issuerName: maker?.nameAsFiled,
			counterpartyName: payee?.nameAsFiled,
			isSecurityClass: false,
		};
	}
	return undefined;
}

/** "12% Senior Subordinated Note due August 1, 2003" → "12% Senior Subordinated Notes due August 1, 2003"; "Unit" → "Units". */
function pluraliseSecurity(security: string): string {
	return security.replace(/\b(Note|Debenture|Bond|Warrant|Unit)\b(?!s)/i, '$1s');
}

function rateAndMaturity(text: string): Pick<InstrumentFacts, 'rate' | 'maturity'> {
	const rate = PERCENT.exec(text);
	const maturity = MATURITY.exec(text);
	const date = maturity ? parseLongDate(maturity[1]!) : undefined;
	return {
		...(rate
			? { rate: { asFiled: rate[0], percent: Number(rate[1]) + (rate[2] ? Number(rate[2]) / Number(rate[3]) : 0) } }
			: {}),
		...(maturity && date ? { maturity: { asFiled: maturity[1]!, date } } : {}),
	};
}

function principalOf(title: string): Money | undefined {
	const match = PRINCIPAL.exec(title);
	return match ? findMoneyAmounts(match[1]!)[0] : undefined;
}
