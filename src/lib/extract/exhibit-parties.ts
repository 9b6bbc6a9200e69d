/**
 * The principals of one exhibit, with their roles: what a paralegal lists as its parties.
 *
 * Formulaic documents, which make up most of a registration statement, name their parties
 * in set places, so each kind (src/lib/extract/document-kind.ts) has its own small reading:
 *
 * - opinion: the law firm (the title's "Opinion of X", else the signature) as Counsel, and the
 *   companies the letter is addressed to (its address block, "counsel to X") as Addressee;
 * - consent: the firm giving it, as Counsel when it is included in an opinion or speaks of
 *   one, else as Auditor (a consent to be named a director: Director Nominee);
 * - power of attorney: the registrant (Company) and the attorneys-in-fact it appoints
 *   ("constitutes and appoints X and Y"), read from the exhibit or the signature pages;
 * - Form T-1: the trustee and the obligor of its cover captions;
 * - certification: the registrant (Company) and the officer who certifies ("I, X, certify");
 * - servicer report: the servicer it is "of", and the firm giving an attestation (Auditor);
 * - distribution statement: the parties its page headings name with their roles (statement-parties.ts);
 * - list of subsidiary guarantors and issuers: each entity with the role the list gives it (guarantor-list-parties.ts);
 * - fee table: each registrant; charter, plan: the company the title or opening names;
 *   form or specimen of a security, press release: the registrant (Issuer, Company).
 *
 * Agreements and everything else take the parties their title and opening recital name,
 * each checked to be an entity (src/lib/extract/party-entity.ts); "the Company" and "the
 * Registrant" resolve to the registrant, whose role is "Company" where the text gives none,
 * and the agreement's own name gives the other side's role ("Placement Agent Agreement").
 */
import { type DocumentKind, documentKind } from './document-kind.ts';
import type { NamedParty } from './party-clause.ts';
import { genericReference, isOrganisationName, isPartyName, isPersonName } from './party-entity.ts';
import { partyKey } from './party-key.ts';
import { guarantorListParties } from './guarantor-list-parties.ts';
import { statementParties } from './statement-parties.ts';
import { normaliseWhitespace } from '../report/text-columns.ts';
import { escapeRegExp } from '../escape-regexp.ts';

export interface PartyContext {
	number: string;
	title: string;
	/** The exhibit's own text, when the submission carries it as a document. */
	text?: string;
	/** True when this filing carries the exhibit (filed or furnished herewith). */
	filed: boolean;
	/** The registrant as its cover names it, then co-registrants. */
	registrants: readonly string[];
	/** The primary document's text: its signature pages carry powers of attorney. */
	primaryText: string;
	/** Parties the title names ("between X and Y, as Trustee"). */
	titleParties: readonly NamedParty[];
	/** Parties the exhibit's opening recital or cover captions name. */
	bodyParties: readonly NamedParty[];
}

export function exhibitParties(context: PartyContext): NamedParty[] {
	const kind = documentKind(context.number, context.title);
	const parties = (FORMULAIC[kind]?.(context) ?? agreementParties(context)).map((party) => ({
		...party,
		nameAsFiled: cleanName(party.nameAsFiled),
	}));
	return unique(parties.filter((party) => isPartyName(party.nameAsFiled)));
}

type Reader = (context: PartyContext) => NamedParty[];

/** A name as filed without what layout and signatures add: zero-width spaces, a conformed "/s/". */
const cleanName = (name: string) => normaliseWhitespace(name).replace(/^\/s\/\s*/i, '');

const FORMULAIC: Partial<Record<DocumentKind, Reader>> = {
	opinion: opinionParties,
	consent: consentParties,
	'power-of-attorney': powerOfAttorneyParties,
	'trustee-eligibility': trusteeEligibilityParties,
	certification: certificationParties,
	'servicer-report': servicerReportParties,
	'distribution-statement': (context) => statementParties(context.text ?? ''),
	'guarantor-list': (context) => guarantorListParties(context.text ?? ''),
	'fee-table': (context) => (context.filed ? everyRegistrant(context, 'Registrant') : []),
	charter: (context) => namedRegistrant(context, 'Company'),
	plan: (context) => namedRegistrant(context, 'Company'),
	'security-form': securityIssuer,
	'press-release': (context) => registrant(context, 'Company'),
};

/** The registrant (the cover's), or every registrant of the filing, in a role. */
const registrant = (context: PartyContext, role: string): NamedParty[] =>
	context.registrants.slice(0, 1).map((name) => ({ nameAsFiled: name, role }));
const everyRegistrant = (context: PartyContext, role: string): NamedParty[] =>
	context.registrants.map((name) => ({ nameAsFiled: name, role }));

/** The registrant, when the title (or the opening of its text) names it or calls it "the Company". */
function namedRegistrant(context: PartyContext, role: string): NamedParty[] {
	const opening = (context.text ?? '').slice(0, 3000);
	const named = context.registrants.find((name) => mentions(context.title, name) || mentions(opening, name));
	if (named) return [{ nameAsFiled: named, role }];
	if (/\bthe\s+(?:Company|Registrant|Corporation)\b/i.test(context.title)) return registrant(context, role);
	return [];
}

/** The issuer of a form of note or warrant: a registrant the title names, else the registrant. */
function securityIssuer(context: PartyContext): NamedParty[] {
	const named = context.registrants.find((name) => mentions(context.title, name));
	return named ? [{ nameAsFiled: named, role: 'Issuer' }] : registrant(context, 'Issuer');
}

/**
 * A Form T-1's trustee and obligors: its cover captions when the filing carries it; listed only,
 * the trustee its title names and, as Obligor, each registrant whose indenture it names ("as
 * Trustee for the TRC Indenture and the TR Finance Indenture"), by name or by the abbreviation
 * the filing defines for it (`Thomson Reuters Corporation (“TRC”)`).
 */
function trusteeEligibilityParties(context: PartyContext): NamedParty[] {
	const trustee = titleTrustee(context.title);
	if (context.bodyParties.length > 0 || context.text) return [...context.bodyParties, ...trustee];
	const named = (name: string) =>
		mentions(context.title, name) ||
		definedAbbreviations(context.primaryText, name).some((abbreviation) =>
			new RegExp(`\\b${escapeRegExp(abbreviation)}\\b`).test(context.title),
		);
	return [...trustee, ...context.registrants.filter(named).map((name) => ({ nameAsFiled: name, role: 'Obligor' }))];
}

/** The abbreviations a document defines for `name`: `Thomson Reuters Corporation (“TRC”)` → ["TRC"]. */
function definedAbbreviations(text: string, name: string): string[] {
	const pattern = new RegExp(
		`${escapeRegExp(corporateCore(name))}[\\w.,\\s]{0,20}?\\s*\\((?:the\\s+|together,?\\s+)?[“"]([A-Z][A-Za-z&]{1,11})[”"]\\)`,
		'gi',
	);
	return [...text.slice(0, 200_000).matchAll(pattern)].map((match) => match[1]!);
}

/** True when `text` names `name`, its corporate suffix aside ("Acme" for "Acme Holdings, Inc."). */
function mentions(text: string, name: string): boolean {
	const core = corporateCore(name);
	if (core.length < 3) return false;
	return new RegExp(`\\b${escapeRegExp(core)}\\b`, 'i').test(text.replace(/\s+/g, ' '));
}

/** "Acme Holdings, Inc." → "Acme Holdings"; "The Buckle, Inc." → "Buckle". */
function corporateCore(name: string): string {
	return name
		.replace(/^the\s+/i, '')
		.replace(
			/[,\s]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|Ltd|Limited|PLC|SA|AG|N\.V|L\.P|LP)\.?$/i,
			'',
		)
		.trim();
}

/** "Opinion of Homburger AG, Swiss counsel of ADC" → "Homburger AG". */
function firmOfTitle(title: string, noun: RegExp): string | undefined {
	const match = new RegExp(`${noun.source}\\s+of\\s+(.+)$`, 'i').exec(title);
	if (!match) return undefined;
	// "Consent of Independent Registered Public Accounting Firm, KPMG LLP": what the firm is, then (perhaps) its name.
	const named = match[1]!.replace(FIRM_DESCRIPTION, '');
	return named === '' ? undefined : nameBeforeDescription(named);
}

const FIRM_DESCRIPTION =
	/^(?:the\s+)?(?:Independent\s+)?(?:Registered\s+)?(?:(?:Certified\s+)?Public\s+)?(?:Accounting\s+Firm|Accountants?|Auditors?|Counsel)\b\s*[,—–-]?\s*/i;

/**
 * A firm or person's name where a description follows it: cut at "(", at " to be named",
 * at " as to", or at a comma that starts a description (", Swiss counsel", ", independent
 * registered public accounting firm", ", as counsel"), never at a comma inside the name.
 */
function nameBeforeDescription(text: string): string {
	const cut = text
		.replace(/\s*\(.*$/, '')
		.replace(/\s+(?:to\s+be\s+named|as\s+to|regarding|relating|with\s+respect)\b.*$/i, '')
		// After a corporate suffix, lower-case words describe the firm: "BDO USA, P.C. independent registered …".
		.replace(/(\b(?:LLP|LLC|P\.C|P\.A|Inc|Ltd|AG|SA|PC)\.?)\s+[a-z].*$/, '$1')
		.replace(
			/,\s+(?:(?:[A-Z][a-z]+\s+){0,3}(?:[Cc]ounsel|[Aa]uditors?|[Aa]ccountants?)\b|[Ii]ndependent\b|[a-z]).*$/,
			'',
		)
		.replace(/[.,;\s]+$/, '');
	return /\b(?:Inc|Corp|Co|Ltd|P\.C|P\.A|L\.P|N\.A|Jr|Sr|M\.D|Ph\.D)$/.test(cut) ? `${cut}.` : cut;
}

function opinionParties(context: PartyContext): NamedParty[] {
	const firm = firmOfTitle(context.title, /opinion/) ?? (context.text ? signingFirm(context.text) : undefined);
	const counsel: NamedParty[] = firm ? [{ nameAsFiled: firm, role: 'Counsel' }] : [];
	if (!context.text) return counsel;
	const addressees = letterAddressees(context.text, context.registrants).filter(
		(name) => !firm || partyKey(name) !== partyKey(firm),
	);
	return [...addressees.map((name) => ({ nameAsFiled: name, role: 'Addressee' })), ...counsel];
}

/** The firm that signs a letter: the last "/s/ X" (or the line after "Very truly yours") naming an organisation. */
function signingFirm(text: string): string | undefined {
	const lines = text
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const signed = lines.flatMap((line) => /^\/s\/\s*(.+)$/.exec(line)?.[1] ?? []).filter(isOrganisationName);
	return signed[signed.length - 1];
}

/** Whom a letter is addressed to: entity lines of its address block, and "counsel to/for X". */
function letterAddressees(text: string, registrants: readonly string[]): string[] {
	const lines = text
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const salutation = lines.findIndex((line) => /^(?:Ladies\s+and\s+Gentlemen|Dear\b|To\s+whom\b|Re:|RE:)/.test(line));
	const block = lines.slice(0, salutation > 0 ? salutation : Math.min(lines.length, 12));
	// An address line names one entity: no digits (street numbers, ZIP codes), no dashes joining a subject line.
	const names = block.filter((line) => line.length <= 70 && !/\d|\s[–—-]\s/.test(line) && isOrganisationName(line));
	const opening = lines.slice(0, 40).join(' ');
	for (const match of opening.matchAll(
		/\bcounsel\s+(?:to|for)\s+((?:[A-Z][\w.&'’-]*,?\s+){0,8}?[A-Z][\w.&'’-]*\.?)(?=,\s+an?\s|\s+\(|,\s+and\b|\s+and\s+(?:its|the)\b|\s+in\s+connection)/g,
	)) {
		// A registrant's name the pattern would cut at its parenthesis: "Thomson Reuters (Tax & Accounting) Inc.".
		const at = opening.slice(match.index + match[0].length - match[1]!.length);
		names.push(registrants.find((name) => at.startsWith(name)) ?? match[1]!.replace(/,$/, ''));
	}
	// Without an address block, a registrant the letter names in its opening is addressed (the letterhead ran into its address).
	if (names.length === 0) for (const name of registrants) if (mentions(opening.slice(0, 1500), name)) names.push(name);
	return names;
}

function consentParties(context: PartyContext): NamedParty[] {
	const firm = firmOfTitle(context.title, /consents?/);
	if (!firm) return context.bodyParties.slice();
	if (/\bto\s+be\s+named\b/i.test(context.title)) return [{ nameAsFiled: firm, role: 'Director Nominee' }];
	const speaksOfOpinion = /\bincluded\s+in\b.*\b(?:opinion|Exhibit\s+5)|\bopinion\b/i.test(context.title);
	const text = context.text ?? '';
	const auditorWords = /\baccounting\s+firm|\baccountants?\b|\bauditors?\b/i;
	const asAuditor = auditorWords.test(context.title) || /\bour\s+(?:audit\s+)?reports?\b/i.test(text);
	const asCounsel = speaksOfOpinion || (!asAuditor && /\b(?:opinion|legal\s+matters|counsel)\b/i.test(text));
	return [{ nameAsFiled: firm, role: asCounsel ? 'Counsel' : 'Auditor' }];
}

/**
 * `… constitutes and appoints X, Y and Z, and each of them, as his true and lawful attorneys-in-fact …`,
 * `… hereby appoints each of X, Y and Z as attorney-in-fact …`.
 */
const APPOINTS =
	/\b(?:constitutes?\s+and\s+appoints?|hereby\s+appoints?)\s+(?:each\s+of\s+)?(.+?)(?:,?\s+(?:and\s+)?(?:each|any|either)\s+of\s+them\b|,?\s+or\s+any\s+of\s+them\b|,?\s+(?:as\s+)?(?:his|her|its|their|our)\s+(?:true|lawful|attorney)|,?\s+as\s+(?:(?:the\s+)?true\s+and\s+lawful\s+)?attorneys?|,\s+with\s+full\b)/gi;

function powerOfAttorneyParties(context: PartyContext): NamedParty[] {
	if (!context.filed && !context.text) return [];
	if (context.text) return [...everyRegistrant(context, 'Company'), ...appointedAttorneys(context.text)];
	// In the signature pages: a registration statement for several registrants has a page of
	// signatures for each ("SIGNATURES OF TR FINANCE LLC"), each with its own appointment, and
	// one filed for two forms (F-10 and F-3) says which form each page signs.
	const form = /\bthis\s+(?:Form\s+)?([A-Z]{1,2}-\d{1,2}[A-Z]?)\b/.exec(context.title)?.[1];
	const sections = signatureSections(context.primaryText);
	const signing = sections.filter((section) => !form || !section.form || section.form === form);
	if (!signing.some((section) => section.entity)) {
		return [...everyRegistrant(context, 'Company'), ...appointedAttorneys(context.primaryText)];
	}
	const companies = signing.flatMap((section) => {
		if (!section.entity) return [];
		const known = context.registrants.find((name) => partyKey(name) === partyKey(section.entity!));
		return [{ nameAsFiled: known ?? section.entity, role: 'Company' }];
	});
	return [...companies, ...signing.flatMap((section) => appointedAttorneys(section.text))];
}

/** The people an appointment makes attorneys-in-fact: "constitutes and appoints X and Y, … attorney". */
function appointedAttorneys(text: string): NamedParty[] {
	const source = text.replace(/\s+/g, ' ');
	// The appointment that makes attorneys: "attorney" follows within the sentence.
	const appointment = [...source.matchAll(APPOINTS)].find((match) =>
		/attorney/i.test(source.slice(match.index, match.index + match[0].length + 200)),
	);
	return (appointment?.[1] ?? '')
		.split(/,(?!\s*(?:Jr|Sr|M\.D|Ph\.D|Esq)\b)\s*(?:and\s+)?|\s+and\s+/)
		.map((name) => name.trim())
		.filter(isPersonName)
		.map((name) => ({ nameAsFiled: name, role: 'Attorney-in-Fact' }));
}

/** The signature pages of a document: "SIGNATURES" or "SIGNATURES OF X" to the next, with the form each signs for. */
function signatureSections(text: string): Array<{ entity?: string; form?: string; text: string }> {
	const sections: Array<{ entity?: string; form?: string; text: string }> = [];
	let current: { entity?: string; lines: string[] } | undefined;
	const close = () => {
		if (!current) return;
		const body = current.lines.join('\n');
		const form = /requirements\s+for\s+filing\s+on\s+Form\s+([A-Z]{1,2}-\d{1,2}[A-Z]?)\b/i.exec(body)?.[1];
		sections.push({ ...(current.entity ? { entity: current.entity } : {}), ...(form ? { form } : {}), text: body });
	};
	for (const line of text.split('\n')) {
		const heading = /^\s*SIGNATURES?(?:\s+OF\s+(.+?))?\s*$/.exec(line);
		if (heading) {
			close();
			current = { ...(heading[1] ? { entity: heading[1] } : {}), lines: [] };
		} else current?.lines.push(line);
	}
	close();
	return sections;
}

/** `I, Jane Q. Roe, certify that …`, `I, Jane Roe, Chief Financial Officer of Acme Inc., hereby certify …`. */
const CERTIFIES = /\bI,\s+([A-Z][^,]{2,60}?),\s+(?:[^,]{0,120},\s+)?(?:do\s+)?(?:hereby\s+)?certify\b/;

function certificationParties(context: PartyContext): NamedParty[] {
	const officer = context.text ? CERTIFIES.exec(context.text.replace(/\s+/g, ' '))?.[1] : undefined;
	return [...registrant(context, 'Company'), ...(officer ? [{ nameAsFiled: officer.trim(), role: 'Officer' }] : [])];
}

/**
 * "Servicer Compliance Statement of X", "Report on Assessment of Compliance … of X": X is the
 * servicer; "Attestation Report of Firm LLP on …": the firm attests, as Auditor.
 */
function servicerReportParties(context: PartyContext): NamedParty[] {
	const attestation =
		/^(?:Report\s+of\s+Independent\s+Registered\s+Public\s+Accounting\s+Firm|Attestation\s+Report)\s+of\s+(.+?)(?:\s+on\b|,|$)/i.exec(
			context.title,
		);
	if (attestation) return [{ nameAsFiled: nameBeforeDescription(attestation[1]!), role: 'Auditor' }];
	const servicer = /\bof\s+([A-Z][^()]+?)(?:,\s+as\s+(?:the\s+)?[a-z\s]*servicer\b.*)?$/i.exec(context.title);
	const parties = [...context.titleParties];
	if (servicer) parties.push({ nameAsFiled: nameBeforeDescription(servicer[1]!), role: 'Servicer' });
	return parties;
}

/** "Statement of Eligibility of Deutsche Bank Trust Company Americas, as Trustee …". */
function titleTrustee(title: string): NamedParty[] {
	const match = /\b(?:Eligibility|T-1)\s+of\s+(.+?),?\s+as\s+(?:the\s+)?trustee\b/i.exec(title);
	return match ? [{ nameAsFiled: match[1]!.trim(), role: 'Trustee' }] : [];
}

/**
 * The other side's role that an agreement's name gives, when its title says none: the
 * registrant makes the agreement, the named counterparty plays the role. Ordered: the
 * first match wins.
 */
const COUNTERPARTY_ROLES: ReadonlyArray<[RegExp, string, string]> = [
	[/\bIndenture\b/i, 'Issuer', 'Trustee'],
	[/\bEmployment\b|\bSeverance\b|\bChange\s+(?:in|of)\s+Control\b/i, 'Employer', 'Employee'],
	[/\bPlacement\s+Agen(?:t|cy)\b/i, 'Company', 'Placement Agent'],
	[/\bWarrant\s+Agen(?:t|cy)\b/i, 'Company', 'Warrant Agent'],
	[/\bUnderwriting\b/i, 'Company', 'Underwriter'],
	[/\bSales\s+Agen(?:t|cy)\b|\bEquity\s+Distribution\b|\bAt[-\s]the[-\s]Market\b/i, 'Company', 'Sales Agent'],
	[/\bAsset\s+Purchase\b/i, 'Purchaser', 'Seller'],
	[/\b(?:Securities|Stock|Share|Note|Subscription)\s+Purchase\b|\bSubscription\b/i, 'Company', 'Purchaser'],
	[/\bServices?\s+Agreement\b/i, 'Company', 'Service Provider'],
	[/\bConsulting\b/i, 'Company', 'Consultant'],
];

function agreementParties(context: PartyContext): NamedParty[] {
	const [first] = context.registrants;
	const resolved = [...context.titleParties, ...context.bodyParties].flatMap((party) => {
		const reference = genericReference(party.nameAsFiled);
		if (reference === 'registrant' && first) return [{ ...party, nameAsFiled: first }];
		return reference ? [] : [party];
	});
	const merged = mergeByName([...resolved, ...namedInTitle(context)]);
	const roles = COUNTERPARTY_ROLES.find(([pattern]) => pattern.test(context.title));
	const registrantKeys = new Set(context.registrants.map(partyKey));
	// The filer's side is named first: when no registrant is named (a predecessor's agreement), the first party is it.
	const filerSide = merged.find((party) => registrantKeys.has(partyKey(party.nameAsFiled))) ?? merged[0];
	for (const party of merged) {
		if (!isGeneric(party.role)) continue;
		if (party === filerSide) party.role = roles?.[1] ?? 'Company';
		else if (roles && (roles[2] !== 'Employee' || isPersonName(party.nameAsFiled))) party.role = roles[2];
	}
	return merged;
}

/** An organisation's own agreement: "Limited Liability Limited Partnership Agreement of X" → X. */
const ORGANISATION_AGREEMENT =
	/\b(Partnership|Operating|Limited\s+Liability\s+Company|LLC|Shareholders['’]?|Stockholders['’]?)\s+Agreement\s+of\s+(.+)$/i;

/**
 * Parties a title names without a connector: the organisation an organisational agreement is
 * of, and a registrant an indenture is named after ("TR Finance Indenture") as its Issuer.
 */
function namedInTitle(context: PartyContext): NamedParty[] {
	const organisation = ORGANISATION_AGREEMENT.exec(context.title);
	if (organisation) {
		const role = /partnership/i.test(organisation[1]!) ? 'Partnership' : 'Company';
		return [{ nameAsFiled: nameBeforeDescription(organisation[2]!), role }];
	}
	if (!/\bIndenture\b/i.test(context.title) || context.titleParties.length > 0) return [];
	const head = context.title.split(/,|\bdated\b/i)[0]!;
	return context.registrants
		.filter((name) => mentions(head, name))
		.map((name) => ({ nameAsFiled: name, role: 'Issuer' }));
}

/** A role the construction gave ("between A and B"), not the document: a better one replaces it. */
const isGeneric = (role: string) => role === 'Party' || role === '';

/** One entry per name: a later mention with a specific role replaces a generic one. */
function mergeByName(parties: readonly NamedParty[]): NamedParty[] {
	const merged: NamedParty[] = [];
	for (const party of parties) {
		const same = merged.find((p) => partyKey(p.nameAsFiled) === partyKey(party.nameAsFiled));
		if (!same) merged.push({ ...party });
		else if (isGeneric(same.role) && !isGeneric(party.role)) {
			Object.assign(same, { role: party.role, ...(party.roleAsFiled ? { roleAsFiled: party.roleAsFiled } : {}) });
		} else if (same.role !== party.role && !isGeneric(party.role)) merged.push({ ...party });
	}
	return merged;
}

function unique(parties: readonly NamedParty[]): NamedParty[] {
	const seen = new Set<string>();
	return parties.filter((party) => {
		const key = `${partyKey(party.nameAsFiled)}|${party.role}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
