/**
 * Whether a run of text names an entity that can be a party: an organisation (a corporate
 * suffix or an entity word — Bank, Trust Company, Association, LLP, Partners…) or a person
 * (two to five capitalised name words, initials and suffixes allowed). Surface patterns that
 * find parties ("between X and Y", `X (the "Company")`) also match dates, file numbers,
 * statutes, sentences and boilerplate; this is the check that keeps those out.
 *
 * Generic references ("the Company", "the Registrant", "the undersigned") are not names:
 * `genericReference` says which entity such a phrase points at, so it can be resolved.
 */

/** Corporate suffixes and entity words that make a name an organisation's. */
const ORGANISATION =
	/\b(?:Inc|Incorporated|Corp|Corporation|Company|LLC|L\.L\.C|LLP|L\.L\.P|LLLP|LP|L\.P|Ltd|Limited|PLC|P\.L\.C|N\.A|N\.V|B\.V|S\.A|GmbH|Pte|P\.C|P\.A|S\.p\.A|S\.A\.R\.L|Bank|Bancorp|Bancorporation|Trust|Association|Partners|Partnership|Holdings|Group|Fund|Capital|Securities|Services|Financial|Finance|Management|Ventures|Industries|International|Foundation|University|Bureau|Authority|Agency|Ministry)\b\.?/i;
/** Short suffixes that are also words or state abbreviations in lower or mixed case: only as written. */
const SHORT_SUFFIX = /\b(?:Co|CO|SA|AG|SE|PC|PA|NV|BV)\b\.?/;
/** Two partners' names joined by an ampersand, as law and accounting firms are named: "Parsons Behle & Latimer". */
const FIRM = /^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*(?:,\s+[A-Z][\w'’.-]+)*\s+&\s+[A-Z][\w'’.-]+/;
/** A person: "Michael A. Lubin", "Glenn K.C. Ching", "Jose “Pepe” Carmona", "Dr. Ahmed M. Hamdy", "Shalabh Gupta, M.D.". */
const PERSON =
	/^(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z]\.(?:\s?[A-Z]\.)*|[“"][\p{L}]+[”"]|(?:de|van|von|der|da|di|le|la)|[A-Z][\p{L}'’-]+)){1,4}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV|M\.D\.|Ph\.D\.|Esq\.|CPA))*$/u;
/** What never starts a party's name: sentences, boilerplate, placeholders, web and mail addresses. */
const NOT_A_NAME =
	/[|@]|\bwww\.|^(?:We|I|It|This|These|Such|Each|Any|All|Our|Its|His|Her|Their|KNOW|WHEREAS|NOW|IN\s+WITNESS|Pursuant|Ladies|Dear|Re:|Attention|The\s+undersigned)\b|[[\]●•_]|\b(?:have|has|had|is|are|was|were|shall|will|may|acted|hereby|herein|thereof)\b/i;
/** Laws, rules and document parts: "Regulation AB", "Rule 416 under the Securities Act of 1933". */
const LAW_OR_PART =
	/^(?:the\s+)?(?:Rule|Regulation|Section|Article|Schedule|Exhibit|Annex|Item|Form|Chapter|Title|Part)\s|\bAct\b(?:\s+of\s+\d{4})?$|\bCode\b$/i;
/** A date or a file number: "December 18, 2003", "2010 (File No. 001-08923)". */
const DATE_OR_NUMBER =
	/\b(?:19|20)\d{2}\b.*\(|\bFile\s+No\b|^\d[\d,.\s/-]*$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d/i;

const MAX_NAME_CHARS = 120;

export function isOrganisationName(name: string): boolean {
	return ORGANISATION.test(name) || SHORT_SUFFIX.test(name) || FIRM.test(name);
}

/**
 * Words of descriptions, documents and offices, never of a person's name: capitalised words
 * that PERSON would take for one ("Independent Registered Public Accounting Firm", "Merchant
 * Discount Antitrust Litigation", "Exchange Commission").
 */
const NOT_PERSON_WORD =
	/\b(?:Firm|Accounting|Accountants?|Auditors?|Counsel|Public|Registered|Independent|Commission|Exchange|Litigation|Planning|Bureau|Administration|Department|Ministry|Agency|Authority|Office|Agreement|Plan|Report|Statement|Consent|Opinion|Certificate|Schedule|Annex|Exhibit|Letter|Notes?|Stock|Shares?)\b/;

export function isPersonName(name: string): boolean {
	return PERSON.test(name.trim()) && !isOrganisationName(name) && !NOT_PERSON_WORD.test(name);
}

/** True when `name` (as filed, trimmed) can be a party: see the module comment. */
export function isPartyName(name: string): boolean {
	const text = name.trim();
	if (text.length < 2 || text.length > MAX_NAME_CHARS || !/^[A-Z0-9“"]/.test(text)) return false;
	if (NOT_A_NAME.test(text) || LAW_OR_PART.test(text) || DATE_OR_NUMBER.test(text)) return false;
	if (genericReference(text)) return false;
	// A suffix alone ("Inc.", "M.D.") is what a name split at its commas leaves behind.
	if (/^(?:Inc|Corp|Co|Ltd|Limited|LLC|L\.P|N\.A|M\.D|Ph\.D|Jr|Sr)\.?$/i.test(text)) return false;
	return isOrganisationName(text) || isPersonName(text);
}

/** What a generic reference points at, or undefined when the text is not one. */
export type GenericReference = 'registrant' | 'class' | 'placeholder';

/**
 * "the Company", "the Registrant", "the Issuer", "the Corporation" name the filer of an
 * exhibit index; "the Holders", "the Lenders", "the undersigned" are classes or signers,
 * never a party of their own.
 */
export function genericReference(text: string): GenericReference | undefined {
	const bare = text
		.trim()
		.replace(/^(?:the|this|such)\s+/i, '')
		.replace(/['’]s$/, '');
	if (
		/^(?:Company|Registrant|Issuer|Corporation|Partnership|Trust|Sponsor|Issuing\s+Entity|Depositor|Parent)$/i.test(
			bare,
		)
	) {
		return 'registrant';
	}
	if (
		/^(?:undersigned|Holders?|Lenders?|Purchasers?|Investors?|Buyers?|Sellers?|Parties|Party|Subscribers?|Stockholders?|Shareholders?|Members?|Employees?|Participants?|Grantees?|Optionees?|Recipients?|Noteholders?|Guarantors|Subsidiaries|Banks)$/i.test(
			bare,
		)
	) {
		return 'class';
	}
	if (/^[[\]●•_\s.-]+$/.test(bare)) return 'placeholder';
	return undefined;
}
