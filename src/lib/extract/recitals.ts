/**
 * Parties named in an exhibit's own text, where agreements and forms name them:
 *
 * - the opening recital, each party followed by a description and a defined term:
 *   `THIS INDENTURE, dated as of …, between GCM Grosvenor Inc., a Delaware corporation (the
 *   "Company"), and Wilmington Trust, National Association, a national banking association,
 *   not in its individual capacity but solely as trustee (the "Trustee").`
 *   → GCM Grosvenor Inc. (Company), Wilmington Trust, National Association (Trustee);
 * - a recital without defined terms (`… between A and B, as Trustee.`), read like a title;
 * - a form cover's captions, as on Form T-1: the name printed above
 *   `(Exact name of trustee as specified in its charter)` → Trustee, `… of obligor …` → Obligor.
 *
 * Only the opening of the text is read (the first recital found, the first captions), so a
 * party mentioned in passing deep in an exhibit is never taken for a party to it.
 */
import { extractParties, type NamedParty } from './party-clause.ts';
import { normaliseRole } from './roles.ts';

/** How much of the body is searched for the opening recital (a long table of contents comes first in indentures). */
const OPENING_CHARS = 60_000;
const CAPTION_LINES = 200;
const MAX_NAME_CHARS = 120;

/** `, a Delaware corporation (the "Company")`, `, as trustee (the "Trustee")`, `, an individual ("Executive")`. */
const DEFINED_PARTY =
	/,\s+((?:a|an|as)\s+[^()"]{0,200}?)\s*\(\s*(?:the\s+|each\s+a\s+|herein(?:after)?\s+(?:called\s+|referred\s+to\s+as\s+|designated\s+as\s+)?(?:the\s+)?)?"([^"]{2,40})"\s*\)/g;

/** Defined terms that name the document or a thing, never a party. */
const THING_TERMS =
	/^(?:agreement|indenture|plan|notice|notes?|securit(?:y|ies)|award|options?|units?|act|shares?|(?:common\s+)?stock|effective\s+date|closing(?:\s+date)?|grant(?:\s+date)?|program|policy|certificate|prospectus|offering|amendment|guaranty|guarantee|collateral|loan|facility|commitment|premises|property|business|merger|transaction|code|committee|board)$/i;

/** Words that end the text before a party name: `between`, `and`, `of` … when not inside a name. */
const NAME_START =
	/(?:^|\s)(?:by\s+and\s+between|by\s+and\s+among|between|among|and|by|with|to|from|of)\s+(?=[A-Z0-9])/g;

/** Form cover captions naming a party and the role the caption gives it. */
const CAPTION =
	/^\(?\s*exact\s+name\s+of\s+(trustee|obligor|registrant|issuer|guarantor|co-registrant|depositor|sponsor)s?\b[^)]*\)?$/i;

const RECITAL_START =
	/^(?:THIS\s+|This\s+)?[A-Z][\w\s,&'-]{0,80}?\b(?:AGREEMENT|INDENTURE|NOTE|AMENDMENT|PLAN|GUARANTY|GUARANTEE|CONTRACT|DEED|WARRANT|Agreement|Indenture|Note|Amendment|Guaranty|Contract)\b/;

/** Parties of an exhibit from its plain text; see the module comment. Never throws. */
export function extractRecitalParties(text: string): NamedParty[] {
	const opening = normaliseQuotes(text.slice(0, OPENING_CHARS));
	const parties = [...captionParties(opening), ...recitalParties(opening)];
	const seen = new Set<string>();
	return parties.filter((party) => {
		const key = `${party.nameAsFiled.toLowerCase()}|${party.role}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function normaliseQuotes(text: string): string {
	return text
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/\u00a0/g, ' ');
}

function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

function recitalParties(text: string): NamedParty[] {
	const list = paragraphs(text);
	for (const paragraph of list) {
		const defined = definedParties(paragraph);
		if (defined.length > 0) return defined;
	}
	for (const paragraph of list) {
		if (!RECITAL_START.test(paragraph) || !/\b(?:between|among)\b/i.test(paragraph)) continue;
		// First sentence only: the recital names the parties; what follows is about the deal.
		const sentence =
			/^.{0,800}?(?<!\b(?:Inc|Corp|Co|Ltd|N\.A|L\.P|No|Jr|Sr))\.(?=\s+[A-Z]|$)/.exec(paragraph)?.[0] ??
			paragraph.slice(0, 800);
		// Without defined terms the clause is read like a title; only names that say they are an entity count.
		const named = extractParties(sentence, { makerRole: 'Maker' }).parties.filter(
			(party) => isPlausibleName(party.nameAsFiled) && ENTITY_WORD.test(party.nameAsFiled),
		);
		if (named.length > 0) return named;
	}
	return [];
}

/** A name ending in an entity word ("…, Inc.", "… Bank"), or a bank named "Bank of …": "Trust Indenture Act" is not one. */
const ENTITY_WORD =
	/\b(?:Inc|Incorporated|Corp|Corporation|Company|Co|LLC|L\.L\.C|L\.P|LP|Ltd|Limited|N\.A|Association|Bank|Trust|Partners|Holdings|PLC)\.?$|^(?:The\s+)?Bank\s+of\b/i;

function definedParties(paragraph: string): NamedParty[] {
	const parties: NamedParty[] = [];
	let consumed = 0;
	for (const match of paragraph.matchAll(DEFINED_PARTY)) {
		const term = (match[2] ?? '').trim();
		const before = paragraph.slice(consumed, match.index);
		consumed = match.index + match[0].length;
		if (THING_TERMS.test(term)) continue;
		const name = nameBefore(before);
		if (!name) continue;
		parties.push({ nameAsFiled: name, role: normaliseRole(term), roleAsFiled: `(the "${term}")` });
	}
	return parties;
}

/** The party name that ends `before`: the text after the last word that starts a name. */
function nameBefore(before: string): string | undefined {
	// Names never span a parenthesis, a quote or a semicolon.
	const tail = before.slice(Math.max(0, before.search(/[^;:()"]*$/)));
	let start = 0;
	for (const match of tail.matchAll(NAME_START)) {
		// "Bank of America", "Johnson and Johnson": a connector between capitalised words is part of the name.
		const previous = /(\S+)\s*$/.exec(tail.slice(0, match.index + (match[0].startsWith(' ') ? 1 : 0)))?.[1] ?? '';
		if (/^[A-Z][\w.&'-]*$/.test(previous) && !/[,.]$/.test(previous)) continue;
		start = match.index + match[0].length;
	}
	const name = tail.slice(start).replace(/^[\s,]+|[\s,]+$/g, '');
	return isPlausibleName(name) ? name : undefined;
}

function isPlausibleName(name: string): boolean {
	return (
		name.length >= 2 &&
		name.length <= MAX_NAME_CHARS &&
		/^[A-Z0-9]/.test(name) &&
		!/["_]/.test(name) &&
		!/^(?:The\s+)?(?:Company|Corporation|Parties|Party|Holder|Participant|Employee|Executive)$/i.test(name)
	);
}

function captionParties(text: string): NamedParty[] {
	const lines = text.split('\n', CAPTION_LINES).map((line) => line.replace(/\s+/g, ' ').trim());
	const parties: NamedParty[] = [];
	lines.forEach((line, i) => {
		// A caption may share its line with other captions in a column layout; only a caption on its own counts.
		const caption = CAPTION.exec(line);
		if (!caption) return;
		let j = i - 1;
		while (j >= 0 && lines[j] === '') j--;
		const name = lines[j]?.replace(/\s{2,}.*$/, '');
		if (name && isPlausibleName(name) && !/^\(/.test(name)) {
			parties.push({
				nameAsFiled: name,
				role: normaliseRole(caption[1] ?? ''),
				roleAsFiled: line.replace(/^\(|\)$/g, ''),
			});
		}
	});
	return parties;
}
