/**
 * Amendment chains: an exhibit whose title says it amends, restates or supplements another
 * document ("Amendment No. 1 to the Amended and Restated Bylaws of the Company", "Second Amended
 * and Restated Credit Agreement", "First Supplemental Indenture to the Indenture dated …") is
 * linked to the document it amends when the corpus holds it. A corpus-level pass run once by
 * buildCorpus, over each registrant's exhibits grouped by title: general title rules, no names.
 *
 * The target must be, like the amendment:
 * - of the same registrant (the filing's) and the same parties: the other parties one names (a
 *   trustee, a lender, an employee) are among those the other names, or neither names any — two
 *   employment agreements with different officers share a title and nothing else;
 * - of the matching title: an amendment names its target ("… to X"), which must be X itself
 *   (`documentKey`); a restatement is the next version of its family ("Bylaws", "Amended and
 *   Restated Bylaws", "Second Amended and Restated Bylaws"), so its target is the latest earlier
 *   version of that family;
 * - earlier: by the document's date, else the filing date of the filing it is incorporated
 *   from, else the date of the filing that holds it (`effectiveDate`).
 *
 * An exhibit listed as "Not filed" is a placeholder, not a document: it neither amends nor is
 * amended. The same document incorporated in several filings has a page in each; the target is
 * then the copy with text, else the first in URL order.
 */
import type { ExhibitView } from './build-corpus.ts';

export type AmendmentKind = 'restatement' | 'amendment' | 'supplement';

/** What an amending title says about the document it amends. */
export interface AmendingTitle {
	kind: AmendmentKind;
	/** documentKey of the target an amendment or supplement names ("… to X"); absent for a restatement. */
	target?: string;
	/** A supplement that names no target ("First Supplemental Indenture, dated …") supplements an indenture. */
	anyIndenture?: boolean;
}

export interface AmendmentLink {
	exhibit: ExhibitView;
	kind: AmendmentKind;
}

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
];
const ORDINAL = `(?:${ORDINALS.join('|')}|\\d+(?:st|nd|rd|th))`;
const RESTATED_RE = new RegExp(`^(?:(${ORDINAL}) )?(?:amended and )?restated `);
const AMENDMENT_RE = new RegExp(
	`^(?:(?:certificate|articles) of )?(?:${ORDINAL} )?amendment(?: agreement)?(?: no\\.? ?\\d+)?(?: agreement)? to (.+)$`,
);
const SUPPLEMENT_RE = new RegExp(`^(?:${ORDINAL} )?supplemental indenture(?: no\\.? ?\\d+)?(?: to (.+))?$`);
/** Where a title's name of the document ends and its description begins: date, parties, filing, as amended. */
const QUALIFIER_RE =
	/,?\s+(?:(?:is\s+)?dated|effective|made|entered\s+into|(?:by\s+and\s+)?(?:between|among)|as\s+(?:subsequently\s+)?amended|filed\s+with|in\s+favor\s+of)\b.*$|\s*\(.*$/;

/** The title in one case and spacing, typographic quotes and dashes plain, "Form of" and "The" dropped. */
function plainTitle(title: string): string {
	return title
		.toLowerCase()
		.replace(/[\u2018\u2019\u201c\u201d"]/g, '')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(?:form of )?(?:the )?/, '');
}

/**
 * The name of the document a title gives, without its description: lower case, no "Form of",
 * no date, parties or "as amended" clause, no "of the Company" / "of {registrant}", punctuation
 * as spaces. "Amended and Restated Bylaws of GCM Grosvenor Inc." → "amended and restated bylaws".
 * `registrantNames`: the registrant's name and aliases as filed.
 */
export function documentKey(title: string, registrantNames: readonly string[] = []): string {
	let key = plainTitle(title).replace(QUALIFIER_RE, '');
	for (const name of ['the company', 'the registrant', 'the issuer', 'the corporation', ...registrantNames]) {
		const suffix = ` of ${name
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/[.,]+$/, '')}`;
		if (suffix.length > 4 && key.replace(/[.,]+$/, '').endsWith(suffix)) {
			key = key.replace(/[.,]+$/, '').slice(0, -suffix.length);
			break;
		}
	}
	return key
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/^the /, '');
}

/** A version's family and place in it: "Second Amended and Restated Bylaws" → bylaws, 2; "Bylaws" → bylaws, 0. */
export function documentVersion(key: string): { family: string; version: number } {
	const restated = RESTATED_RE.exec(key);
	if (!restated) return { family: key, version: 0 };
	const ordinal = restated[1];
	const version = ordinal === undefined ? 1 : ORDINALS.indexOf(ordinal) + 1 || Number.parseInt(ordinal, 10);
	return { family: key.slice(restated[0].length), version };
}

/** What a title says it amends, or undefined for a title that amends nothing. */
export function readAmendingTitle(title: string, registrantNames: readonly string[] = []): AmendingTitle | undefined {
	const plain = plainTitle(title);
	const amendment = AMENDMENT_RE.exec(plain);
	if (amendment) return { kind: 'amendment', target: documentKey(amendment[1]!, registrantNames) };
	const supplement = SUPPLEMENT_RE.exec(plain.replace(QUALIFIER_RE, ''));
	if (supplement)
		return supplement[1] === undefined
			? { kind: 'supplement', anyIndenture: true }
			: { kind: 'supplement', target: documentKey(supplement[1], registrantNames) };
	const key = documentKey(title, registrantNames);
	if (documentVersion(key).version > 0 || /,?\s+as\s+amended\s+and\s+restated\b/.test(plain))
		return { kind: 'restatement' };
	return undefined;
}

/** The date a version is placed by: its own, else the filing it was incorporated from, else its filing's. */
export function effectiveDate(exhibit: ExhibitView): string {
	const { data, filing } = exhibit;
	return (
		data.date ??
		data.incorporatedFrom?.filed ??
		data.incorporatedFrom?.period ??
		filing.data.filedDate ??
		filing.data.reportDate ??
		''
	);
}

interface Version {
	exhibit: ExhibitView;
	key: string;
	family: string;
	version: number;
	date: string;
	/** Whether `date` is the document's own, not a filing's. */
	ownDate: boolean;
	/** Party ids other than the registrant's. */
	parties: Set<string>;
	amending?: AmendingTitle;
}

/**
 * The same parties: one's other parties contain the other's (a supplemental indenture adds
 * guarantors to the company and trustee; an amendment may be signed by the agent alone for the
 * lenders), and a document naming none matches only another naming none.
 */
function sameParties(a: Version, b: Version): boolean {
	if (a.parties.size === 0 || b.parties.size === 0) return a.parties.size === b.parties.size;
	const [small, large] = a.parties.size <= b.parties.size ? [a.parties, b.parties] : [b.parties, a.parties];
	for (const party of small) if (!large.has(party)) return false;
	return true;
}

/**
 * Whether `target` can come before `amending`: an earlier date; or the same date when one of them
 * has no date of its own (placed by a filing, as two exhibits incorporated from one filing are),
 * and the amending title names the target or restates a lower version. Two documents dated the
 * same day by themselves are not one another's versions.
 */
function earlier(target: Version, amending: Version): boolean {
	if (target.date !== amending.date) return target.date < amending.date;
	if (target.ownDate && amending.ownDate) return false;
	return amending.amending?.kind !== 'restatement' || target.version < amending.version;
}

/** Later date first; then the copy with text; then URL order. */
function preferred(a: Version, b: Version): number {
	return (
		b.date.localeCompare(a.date) ||
		b.version - a.version ||
		Number(b.exhibit.data.hasBody) - Number(a.exhibit.data.hasBody) ||
		a.exhibit.urlOrder - b.exhibit.urlOrder
	);
}

/** A registrant's versions by title, so that each amending one looks only at those its title can mean. */
interface Versions {
	all: Version[];
	byKey: Map<string, Version[]>;
	byFamily: Map<string, Version[]>;
	indentures: Version[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
};

/** The document `amending` amends among the registrant's other versions, or undefined. */
function findTarget(amending: Version, versions: Versions): Version | undefined {
	const title = amending.amending!;
	const pool =
		title.kind === 'restatement'
			? versions.byFamily.get(amending.family)
			: title.target !== undefined
				? versions.byKey.get(title.target)
				: versions.indentures;
	const candidates = (pool ?? []).filter((other) => {
		if (other === amending || other.amending?.kind === 'amendment' || other.amending?.kind === 'supplement')
			return false;
		if (!sameParties(amending, other)) return false;
		if (!earlier(other, amending)) return false;
		// The pool holds only documents of the title's family, named key, or indentures.
		return title.kind !== 'restatement' || other.key !== amending.key;
	});
	// An unnamed indenture is found only when the registrant's earlier indentures with these parties are one document.
	if (title.anyIndenture && new Set(candidates.map((one) => one.key)).size > 1) return undefined;
	return candidates.sort(preferred)[0];
}

/**
 * Link every amending exhibit of the corpus to the exhibit it amends: sets `amends` on the one and
 * adds it to `amendedBy` of the other (in date order). `exhibits` in reading order.
 */
export function linkAmendments(exhibits: readonly ExhibitView[]): void {
	const byRegistrant = new Map<string, Versions>();
	for (const exhibit of exhibits) {
		if (exhibit.data.status === 'Not filed') continue;
		const registrant = exhibit.filing.registrant;
		const names = [registrant.data.name, ...registrant.data.aliases];
		const key = documentKey(exhibit.data.title, names);
		const version: Version = {
			exhibit,
			key,
			...documentVersion(key),
			date: effectiveDate(exhibit),
			ownDate: exhibit.data.date !== undefined,
			parties: new Set(exhibit.parties.map(({ party }) => party.id).filter((id) => id !== registrant.id)),
			amending: readAmendingTitle(exhibit.data.title, names),
		};
		let versions = byRegistrant.get(registrant.id);
		if (!versions) {
			versions = { all: [], byKey: new Map(), byFamily: new Map(), indentures: [] };
			byRegistrant.set(registrant.id, versions);
		}
		versions.all.push(version);
		push(versions.byKey, version.key, version);
		push(versions.byFamily, version.family, version);
		if (/(?:^| )indenture$/.test(key)) versions.indentures.push(version);
	}
	for (const versions of byRegistrant.values()) {
		for (const version of versions.all) {
			if (!version.amending) continue;
			const target = findTarget(version, versions);
			if (!target) continue;
			version.exhibit.amends = { exhibit: target.exhibit, kind: version.amending.kind };
			target.exhibit.amendedBy.push({ exhibit: version.exhibit, kind: version.amending.kind });
		}
	}
	for (const exhibit of exhibits)
		exhibit.amendedBy.sort(
			(a, b) =>
				effectiveDate(a.exhibit).localeCompare(effectiveDate(b.exhibit)) || a.exhibit.urlOrder - b.exhibit.urlOrder,
		);
}

/**
 * The history of the documents given (an instrument's): each with every version it amends and
 * every one amending it, transitively, oldest first.
 */
export function amendmentHistory(documents: readonly ExhibitView[]): ExhibitView[] {
	const seen = new Set<ExhibitView>();
	const visit = (exhibit: ExhibitView) => {
		if (seen.has(exhibit)) return;
		seen.add(exhibit);
		if (exhibit.amends) visit(exhibit.amends.exhibit);
		for (const { exhibit: later } of exhibit.amendedBy) visit(later);
	};
	documents.forEach(visit);
	return [...seen].sort((a, b) => effectiveDate(a).localeCompare(effectiveDate(b)) || a.urlOrder - b.urlOrder);
}

/** Whether the page comparing `exhibit` with the version it restates exists: both have text. */
export function hasComparison(exhibit: ExhibitView): boolean {
	return exhibit.amends?.kind === 'restatement' && exhibit.data.hasBody && exhibit.amends.exhibit.data.hasBody;
}
