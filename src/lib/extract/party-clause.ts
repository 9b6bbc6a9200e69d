/**
 * Parties named in an exhibit title and their roles:
 *
 *   "…, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee."
 *     → Lexington Precision Corporation (Party), Wilmington Trust Company (Trustee)
 *   "…, made by X in favor of Y, as agent, in the original principal amount of …"
 *     → X (Maker, or the role the caller gives makers), Y (Agent)
 *   "…, by and among A and B, as borrowers, and C, as Agent, … and the Lenders from time
 *     to time party thereto." → A, B (Borrower), C (Agent); "the Lenders …" is an unnamed class.
 *
 * An "as …" phrase in the plural ("as borrowers") applies to every name since the previous
 * role; in the singular ("as Trustee") only to the name just before it.
 */
import { genericReference, isOrganisationName, isPartyName } from './party-entity.ts';
import { isPluralRole, normaliseRole } from './roles.ts';

export interface NamedParty {
	/** Name exactly as written, e.g. "The Cit Group/ Commercial Financing, Inc.". */
	nameAsFiled: string;
	/** Role, title case singular, e.g. "Borrower". */
	role: string;
	/** Role as written, e.g. "as borrowers"; absent when the role comes from the construction. */
	roleAsFiled?: string;
}

export interface PartyClause {
	parties: NamedParty[];
	/** Unnamed classes of parties as filed, e.g. "Purchasers listed therein". */
	otherParties: string[];
}

type Construction = 'party' | 'maker' | 'beneficiary';

const CONNECTOR =
	/\b(by\s+and\s+between|by\s+and\s+among|between|among|made\s+by|issued\s+by|executed\s+by|granted\s+by|in\s+favou?r\s+of|for\s+the\s+benefit\s+of)\s+/gi;

/** Where the party clause stops: what follows is about the document, not its parties. */
const CLAUSE_END =
	/,?\s+(?:relating\s+to|with\s+respect\s+to|pursuant\s+to|in\s+connection\s+with|in\s+the\s+(?:original\s+|aggregate\s+)?principal\s+amount|dated)\b/i;

/** A comma-separated piece that finishes the name before it: "Lexington Rubber Group, Inc.". */
const NAME_SUFFIX =
	/^(?:National\s+Association|Inc|Incorporated|Corp|Co|Ltd|Limited|L\.?L\.?C|LLC|L\.?P|N\.?\s?A|P\.?C|P\.?A|PLC|S\.?A|N\.?V|B\.?V|AG|GmbH|S\.p\.A|S\.A\.\s+de\s+C\.V|S\.\s?de\s+R\.L\.(?:\s+de\s+C\.V)?|Sociedad\s+(?:An[oó]nima|de\s+Responsabilidad\s+Limitada)(?:\s+de\s+Capital\s+Variable)?|Jr|Sr|II|III|IV|M\.D|Ph\.D|Esq)\.?$/i;

/** Abbreviations whose full stop belongs to the name, not to the sentence. */
// Initialisms count only when dotted throughout ("L.L.C." yes, "LLC." no: that dot ends the sentence).
const ABBREVIATION_END = /(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr)|\b(?:L\.P|N\.A|L\.L\.C|S\.A|N\.V|P\.C))\.$/i;

/** Unnamed classes: "Purchasers listed therein", "the Lenders from time to time party thereto". */
const CLASS_WORDS = /\b(?:therein|thereto|hereto|herein|from\s+time\s+to\s+time|listed\s+on|named\s+on|signatory)\b/i;
const CLASS_NOUN =
	/^(?:(?:the|certain|various|several|other|its|their)\s+)?(?:[a-z]|(?:Initial\s+)?(?:Purchasers|Lenders|Holders|Investors|Buyers|Sellers|Stockholders|Shareholders|Guarantors|Subsidiaries|Banks|Noteholders|Grantors|Pledgors|Borrowers|Members|Parties|Signatories|Persons|Employees|Directors|Officers|Subscribers|Underwriters)\b)/;

/** Role words that let "as Administrative Agent and Collateral Agent" stay one role. */
const ROLE_TAIL =
	/^(?:[A-Z][\w-]*\s+)*(?:Agent|Trustee|Arranger|Lender|Borrower|Guarantor|Issuer|Purchaser|Representative|Bookrunner|Manager|Registrar|Custodian)s?$/;

/**
 * What describes a party rather than names it: a parenthetical in lower case ("(acting for
 * themselves and as representatives of …)", "(as successor to …)", "(fka …)"), also one the
 * title leaves open; the short name a party is given ("(“GMSP”)"); and "for itself and on behalf
 * of its Subsidiaries".
 */
const DESCRIPTIVE_ASIDE =
	/\s*\((?=[a-z])[^()]*(?:\)|$)|\s*\([“"][^()“”"]{1,40}[”"]\)|\s+for\s+itself(?:\s+and\s+(?:on\s+behalf\s+of|as\s+agent\s+for)\s+[^,]+)?/g;

export function extractParties(title: string, options: { makerRole: string }): PartyClause {
	const text = title
		.trim()
		.replace(/\.$/, (dot) => (ABBREVIATION_END.test(title.trim()) ? dot : ''))
		.replace(DESCRIPTIVE_ASIDE, '');
	const connectors = [...text.matchAll(CONNECTOR)];
	const parties: NamedParty[] = [];
	const otherParties: string[] = [];

	connectors.forEach((connector, n) => {
		const from = connector.index + connector[0].length;
		const to = connectors[n + 1]?.index ?? text.length;
		const clause = text.slice(from, to);
		const end = CLAUSE_END.exec(clause);
		const word = connector[1]!.toLowerCase();
		const construction: Construction = /favou?r|benefit/.test(word)
			? 'beneficiary'
			: /\bby$/.test(word) && !/and/.test(word)
				? 'maker'
				: 'party';
		const defaultRole =
			construction === 'maker' ? options.makerRole : construction === 'beneficiary' ? 'Beneficiary' : 'Party';
		const bounded = end ? clause.slice(0, end.index) : clause;
		// "issued by Acme Corp. to John Smith": the maker, then whom the note or warrant is issued to.
		const issuedTo = construction === 'maker' ? /\s+to\s+(?=[A-Z])/.exec(bounded) : null;
		if (issuedTo) {
			readClause(bounded.slice(0, issuedTo.index), defaultRole, parties, otherParties);
			readClause(bounded.slice(issuedTo.index + issuedTo[0].length), 'Holder', parties, otherParties);
		} else readClause(bounded, defaultRole, parties, otherParties);
	});
	return { parties, otherParties };
}

function readClause(clause: string, defaultRole: string, parties: NamedParty[], otherParties: string[]) {
	let pending: string[] = [];
	const settle = (names: string[], role: string, roleAsFiled?: string) => {
		for (const nameAsFiled of names)
			parties.push(roleAsFiled ? { nameAsFiled, role, roleAsFiled } : { nameAsFiled, role });
	};
	const addName = (piece: string) => {
		const name = piece
			.replace(/^(?:and|or)\s+/i, '')
			.replace(/^each\s+of\s+/i, '')
			.replace(/[,;]+$/, '')
			.trim();
		if (name === '') return;
		// "the Company", "the Registrant" name the filer: kept, for src/lib/extract/exhibit-parties.ts to resolve.
		if (genericReference(name) === 'registrant') pending.push(name);
		else if (CLASS_WORDS.test(name) || CLASS_NOUN.test(name)) otherParties.push(name);
		else pending.push(name);
	};

	const segments = commaSegments(clause);
	for (let k = 0; k < segments.length; k++) {
		const piece = segments[k]!.replace(/^(?:and|or)\s+/i, '').trim();
		// "as successor-in-interest to Norwest Business Credit, Inc." says whom the party succeeded, not its role.
		if (/^as\s+(?:the\s+|a\s+)?successor\b/i.test(piece)) continue;
		if (/^(?:each\s+)?as\s+/i.test(piece)) {
			const [first, ...rest] = splitOnAnd(piece);
			let roleAsFiled = first!;
			while (rest[0] && ROLE_TAIL.test(rest[0].replace(/^as\s+/i, ''))) roleAsFiled += ` and ${rest.shift()}`;
			const role = normaliseRole(roleAsFiled);
			if (isPluralRole(roleAsFiled)) settle(pending, role, roleAsFiled);
			else if (pending.length > 0) {
				// A singular role names only the party just before it; those before that get the default.
				settle(pending.slice(0, -1), defaultRole);
				settle(pending.slice(-1), role, roleAsFiled);
			}
			pending = [];
			// "as Guarantor and U.S. Bank National Association as Guarantee Trustee": a name after the
			// role can carry a role of its own, read next.
			for (const name of rest) {
				const [named, role] = nameThenRole(name);
				if (role) segments.splice(k + 1, 0, named!, role);
				else addName(name);
			}
		} else if (/^[a-z]/.test(piece) && !/^(?:each|the|certain|various|several|its|their)\b/.test(piece)) {
			break; // a trailing lower-case phrase ("in the original principal amount …") ends the clause
		} else {
			splitOnAnd(piece).forEach(addName);
		}
	}
	settle(pending, defaultRole);
}

/** Split on commas, re-joining corporate suffixes to the name they end ("Group, Inc."). */
function commaSegments(clause: string): string[] {
	const segments: string[] = [];
	// Semicolons separate groups of parties as commas do: "Mastercard Incorporated; Visa, Inc., …".
	for (const raw of clause.split(/[,;]\s*/)) {
		const segment = raw.trim();
		if (segment === '') continue;
		// "Acme Holdings, Inc. and B", "Bank of America, N.A. as Administrative Agent": the suffix ends
		// the name before it; the rest is the next name, or the role.
		const suffixThenMore = /^(.+?)\s+((?:and|or|as)\s+.+)$/i.exec(segment);
		if (segments.length > 0 && NAME_SUFFIX.test(segment)) segments[segments.length - 1] += `, ${segment}`;
		else if (segments.length > 0 && suffixThenMore && NAME_SUFFIX.test(suffixThenMore[1]!)) {
			segments[segments.length - 1] += `, ${suffixThenMore[1]}`;
			segments.push(...nameThenRole(suffixThenMore[2]!));
		} else segments.push(...nameThenRole(segment));
	}
	return segments;
}

/** A role printed without a comma before it: "Wilmington Trust Company as Property Trustee" → name, "as Property Trustee". */
const ROLE_WITHOUT_COMMA =
	/^([A-Z].*?\S)\s+(as\s+(?:the\s+|an?\s+)?(?:[A-Z][^,]*|(?:[a-z-]+\s+){0,3}(?:agent|trustee|grantor|grantee|borrower|lender|guarantor|issuer|depositor|servicer|administrator|purchaser|seller|buyer)s?))$/;

function nameThenRole(segment: string): string[] {
	const split = ROLE_WITHOUT_COMMA.exec(segment);
	return split ? [split[1]!, split[2]!] : [segment];
}

/**
 * Words that end a bank's name but never name a party alone: "Driftwood Bank and Trust",
 * "Harris Trust and Savings Bank" are one name each, not two.
 */
const INSTITUTION_TAIL = /^(?:(?:trust|savings|loan|bank|banking|company|co\.?|association|national|federal)\s*)+$/i;

/**
 * "Shanghai Planning and Land Resource Administration Bureau": words that name nobody alone,
 * before "and", begin the organisation's name after it (not a defined short name, "Adobe and
 * Wells Fargo Bank", nor "X and the Company").
 */
const isNameTail = (before: string, part: string) =>
	/^[A-Z]\S*\s+\S/.test(before) &&
	!/^(?:the|a|an)\s/i.test(part) &&
	genericReference(before) === undefined &&
	!isPartyName(before) &&
	isOrganisationName(`${before} and ${part}`);

/** Split on " and " between names. "each of A and B" → ["each of A", "B"]; "A Bank and Trust" stays whole. */
function splitOnAnd(text: string): string[] {
	const names: string[] = [];
	for (const part of text
		.split(/\s+and\s+/)
		.map((p) => p.trim())
		.filter(Boolean)) {
		const before = names[names.length - 1];
		if (before !== undefined && (INSTITUTION_TAIL.test(part) || isNameTail(before, part)))
			names[names.length - 1] += ` and ${part}`;
		else names.push(part);
	}
	return names;
}
