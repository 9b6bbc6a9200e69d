/**
 * What kind of document an exhibit is, from its number and title. Regulation S-K Item 601
 * numbers exhibits by kind — 3 articles and bylaws, 4 instruments defining rights, 5 legal
 * opinions, 23 consents, 24 powers of attorney, 25 Forms T-1, 31/32 certifications, 99
 * additional exhibits (press releases), 33–35 servicing criteria reports of asset-backed
 * issuers, 107 filing fee tables — so the number decides first
 * and the title confirms or refines it ("Opinion of …" filed as 8, "Press release" as 99.1).
 * Each formulaic kind has its own party reading (src/lib/extract/exhibit-parties.ts).
 */
import { exhibitFamily } from '../report/exhibit-number.ts';

export type DocumentKind =
	| 'opinion'
	| 'consent'
	| 'power-of-attorney'
	| 'trustee-eligibility'
	| 'certification'
	| 'servicer-report'
	| 'distribution-statement'
	| 'guarantor-list'
	| 'fee-table'
	| 'charter'
	| 'security-form'
	| 'press-release'
	| 'plan'
	| 'agreement'
	| 'other';

/** A form or specimen of the security itself, not an agreement or indenture about it. */
const SECURITY_FORM =
	/^(?:(?:Form|Specimen)s?\s+of\s+(?:the\s+)?|Specimen\s+)(?!.*\b(?:Agreement|Indenture|Amendment|Plan|Letter|Opinion|Consent)\b).*\b(?:Notes?|Debentures?|Bonds?|Warrants?|Certificates?|Units?|Rights?|Receipts?|Securit(?:y|ies)|Purchase\s+Option)\b/i;
const CHARTER =
	/\b(?:(?:Certificate|Articles)\s+of\s+(?:Incorporation|Formation|Organization|Association|Amendment)|By-?laws|Memorandum\s+(?:and|&)\s+Articles|Charter|Articles\s+Amendment|Certificate\s+of\s+(?:Designations?|Merger|Conversion))\b/i;

const DISTRIBUTION_STATEMENT =
	/\b(?:statements?\s+to\s+(?:certificate|note|bond|unit)holders|distribution\s+(?:date\s+)?(?:statement|report)|remittance\s+report|(?:monthly\s+)?servic(?:er|ing)(?:['’]s)?\s+(?:monthly\s+)?(?:report|statement)|trustee['’]s\s+(?:monthly\s+)?(?:report|statement))\b/i;

export function documentKind(number: string, title: string): DocumentKind {
	// The family as a number: `"23.1"` → 23, `"10.A49"` → 10 (NaN for a number that has none).
	const family = Number.parseInt(exhibitFamily(number).slice('EX-'.length), 10);
	const t = title.trim();
	if (family === 107 || /^filing\s+fees?\b|\bfiling\s+fee\s+tables?\b/i.test(t)) return 'fee-table';
	if (/\b(?:Form\s+T-1|Statement\s+of\s+Eligibility)\b/i.test(t) || (family === 25 && !/\bconsent\b/i.test(t))) {
		return 'trustee-eligibility';
	}
	if (/\bpowers?\s+of\s+attorney\b/i.test(t) || (family === 24 && !/\bconsent\b/i.test(t))) return 'power-of-attorney';
	if (/^(?:[\w-]+\s+){0,3}opinion\s+of\b|^legal\s+opinion\b/i.test(t) || (family === 5 && !/\bconsent\b/i.test(t))) {
		return 'opinion';
	}
	if (/^consents?\s+of\b/i.test(t) || family === 23) return 'consent';
	if (family === 31 || family === 32 || /\bcertification\b/i.test(t)) return 'certification';
	// Asset-backed issuers' annual exhibits: 33 assessment of compliance, 34 attestation, 35 servicer compliance statement.
	if (family === 33 || family === 34 || family === 35 || /\bservicer\s+compliance\b/i.test(t)) return 'servicer-report';
	// Item 601(b)(22) since 2021: the subsidiary guarantors and issuers of guaranteed securities.
	if ((family === 22 && /\b(?:guarant|issuer)/i.test(t)) || /\bsubsidiary\s+guarantors?\b/i.test(t))
		return 'guarantor-list';
	// An asset-backed issuer's monthly report to its investors, filed on Form 8-K.
	if (DISTRIBUTION_STATEMENT.test(t)) return 'distribution-statement';
	if (/\b(?:press|news)\s+release\b/i.test(t)) return 'press-release';
	if (SECURITY_FORM.test(t)) return 'security-form';
	if (CHARTER.test(t) && !/\bAgreement\b/i.test(t)) return 'charter';
	if (/\bPlan\b/.test(t) && !/\b(?:Agreement|Merger|Arrangement|Reorganization)\b/i.test(t)) return 'plan';
	if (/\b(?:Agreement|Indenture|Contract|Amendment|Note|Guarant(?:y|ee)|Letter)\b/i.test(t)) return 'agreement';
	return 'other';
}
