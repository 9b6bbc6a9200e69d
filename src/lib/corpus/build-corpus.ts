/**
 * src/lib/corpus/ owns the joined corpus: these views, the page cache keys of incremental
 * builds (page-cache-keys.ts) and the machine-readable twins of the pages (json-twins.ts).
 *
 * The corpus: every collection entry, cross-checked and joined once into the views pages
 * render. Pure (no `astro:*` imports) so the joins and the dangling-reference errors are unit
 * tested; `src/data/site-corpus.ts` feeds it from `getCollection`.
 */
import type { Exhibit, Filing, Instrument, Party } from '../../schemas/index.ts';
import { linkAmendments, type AmendmentLink } from './amendment-chains.ts';
import { compareExhibitNumbers } from '../report/exhibit-number.ts';
import { exhibitUrl, filingUrl, instrumentUrl, partyUrl } from '../urls/routes.ts';
import { exhibitSlug } from '../urls/slug.ts';

/** One collection entry as the loader gives it: id, validated data, and its file for messages. */
export interface Entry<T> {
	id: string;
	data: T;
	/** Path of the entry's file, relative to the project (e.g. `content/parties/x.yaml`). */
	filePath?: string;
	/** Astro's digest of the entry's file: an exhibit page renders its body from the file. */
	digest?: string | number;
}

export interface CorpusInput {
	filings: Entry<Filing>[];
	exhibits: Entry<Exhibit>[];
	parties: Entry<Party>[];
	instruments: Entry<Instrument>[];
}

export interface FilingView {
	id: string;
	data: Filing;
	url: string;
	registrant: PartyView;
	exhibits: ExhibitView[];
	/** Calendar year of the report (or filing) date, for grouping and the search filter. */
	year?: string;
}

export interface ExhibitView {
	/** Collection entry id, `{filingId}/ex-4-1`. */
	entryId: string;
	/** Digest of the exhibit's file, whose body the page renders (part of its cache key). */
	digest?: string | number;
	/** Position among all the corpus's exhibits in URL order (locale-aware): a cheap, stable tie-break. */
	urlOrder: number;
	data: Exhibit;
	url: string;
	slug: string;
	filing: FilingView;
	parties: { party: PartyView; role: string; roleAsFiled?: string; nameAsFiled: string }[];
	instruments: { instrument: InstrumentView; relation: Exhibit['instruments'][number]['relation'] }[];
	prev?: ExhibitView;
	next?: ExhibitView;
	/** The document this one amends, restates or supplements, when the corpus holds it (amendment-chains.ts). */
	amends?: AmendmentLink;
	/** The documents amending this one, oldest first. */
	amendedBy: AmendmentLink[];
}

export interface PartyView {
	id: string;
	data: Party;
	url: string;
	/** Every exhibit naming the party, with its role there, in filing then exhibit order. */
	appearances: { exhibit: ExhibitView; role: string; roleAsFiled?: string; nameAsFiled: string }[];
	/** Filings where the party is the registrant. */
	registrantOf: FilingView[];
	/** Filings the party signed, with the signer title. */
	signed: { filing: FilingView; title?: string }[];
}

export interface InstrumentView {
	id: string;
	data: Instrument;
	url: string;
	issuer?: PartyView;
	counterparty?: PartyView;
	/** Every exhibit that governs, evidences, secures or amends it. */
	documents: { exhibit: ExhibitView; relation: Exhibit['instruments'][number]['relation'] }[];
}

export interface Corpus {
	filings: FilingView[];
	exhibits: ExhibitView[];
	parties: PartyView[];
	instruments: InstrumentView[];
	filing(id: string): FilingView | undefined;
	party(id: string): PartyView | undefined;
	instrument(id: string): InstrumentView | undefined;
}

/** Thrown with every dangling reference at once, so one build run shows all of them. */
export class CorpusError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`The content has ${problems.length} broken reference(s):\n- ${problems.join('\n- ')}`);
		this.name = 'CorpusError';
		this.problems = problems;
	}
}

const where = (entry: Entry<unknown>, fallback: string) => entry.filePath ?? fallback;

/** Join the collections into views; throws CorpusError naming each dangling id and its file. */
/** `readingAids: false` links no amendment chains (src/data/reading-aids.ts: the bench's measure of their cost). */
export function buildCorpus(input: CorpusInput, { readingAids = true } = {}): Corpus {
	const problems: string[] = [];
	const parties = new Map<string, PartyView>();
	for (const entry of sortById(input.parties)) {
		parties.set(entry.id, {
			id: entry.id,
			data: entry.data,
			url: partyUrl(entry.id),
			appearances: [],
			registrantOf: [],
			signed: [],
		});
	}
	const instruments = new Map<string, InstrumentView>();
	for (const entry of sortById(input.instruments)) {
		const file = where(entry, `content/instruments/${entry.id}.yaml`);
		const view: InstrumentView = { id: entry.id, data: entry.data, url: instrumentUrl(entry.id), documents: [] };
		for (const field of ['issuer', 'counterparty'] as const) {
			const ref = entry.data[field];
			if (ref === undefined) continue;
			const party = parties.get(ref);
			if (party) view[field] = party;
			else problems.push(danglingParty(`Instrument "${entry.id}" in ${file}`, `${field} "${ref}"`));
		}
		instruments.set(entry.id, view);
	}

	const filings = new Map<string, FilingView>();
	for (const entry of input.filings) {
		const file = where(entry, `content/filings/${entry.id}.yaml`);
		let registrant = parties.get(entry.data.registrant);
		if (!registrant) {
			problems.push(danglingParty(`Filing "${entry.id}" in ${file}`, `registrant "${entry.data.registrant}"`));
			// A stand-in keeps the filing's exhibits checkable, so one run reports every problem
			// instead of blaming the exhibits for a filing that is merely missing its registrant.
			registrant = {
				id: entry.data.registrant,
				data: { id: entry.data.registrant, name: entry.data.registrant, aliases: [], kind: 'company', generated: true },
				url: '',
				appearances: [],
				registrantOf: [],
				signed: [],
			};
		}
		const date = entry.data.reportDate ?? entry.data.filedDate;
		const view: FilingView = {
			id: entry.id,
			data: entry.data,
			url: filingUrl(entry.id),
			registrant,
			exhibits: [],
			year: date?.slice(0, 4),
		};
		registrant.registrantOf.push(view);
		for (const signature of entry.data.signatures) {
			if (signature.signerParty === undefined) continue;
			const signer = parties.get(signature.signerParty);
			if (signer) signer.signed.push({ filing: view, title: signature.title });
			else problems.push(danglingParty(`Filing "${entry.id}" in ${file}`, `signer "${signature.signerParty}"`));
		}
		filings.set(entry.id, view);
	}

	const exhibits: ExhibitView[] = [];
	for (const entry of input.exhibits) {
		const file = where(entry, `content/exhibits/${entry.id}.md`);
		const label = `Exhibit ${entry.data.number} in ${file}`;
		const filing = filings.get(entry.data.filing);
		if (!filing) {
			problems.push(
				`${label} belongs to filing "${entry.data.filing}", which has no entry in content/filings/. Ingest the filing or fix the id.`,
			);
			continue;
		}
		const view: ExhibitView = {
			entryId: entry.id,
			digest: entry.digest,
			urlOrder: 0,
			data: entry.data,
			url: exhibitUrl(filing.id, entry.data.number),
			slug: exhibitSlug(entry.data.number),
			filing,
			parties: [],
			instruments: [],
			amendedBy: [],
		};
		for (const ref of entry.data.parties) {
			const party = parties.get(ref.party);
			if (!party) {
				problems.push(danglingParty(label, `party "${ref.party}"`));
				continue;
			}
			const link = { party, role: ref.role, roleAsFiled: ref.roleAsFiled, nameAsFiled: ref.nameAsFiled };
			view.parties.push(link);
		}
		for (const ref of entry.data.instruments) {
			const instrument = instruments.get(ref.instrument);
			if (instrument) view.instruments.push({ instrument, relation: ref.relation });
			else
				problems.push(
					`${label} names instrument "${ref.instrument}", which has no entry in content/instruments/. Add the instrument or fix the id.`,
				);
		}
		filing.exhibits.push(view);
		exhibits.push(view);
	}
	if (problems.length > 0) throw new CorpusError(problems);

	const filingList = [...filings.values()].sort(byDateThenId);
	const exhibitList: ExhibitView[] = [];
	for (const filing of filingList) {
		filing.exhibits.sort(exhibitOrder(filing.data.exhibits));
		filing.exhibits.forEach((exhibit, i) => {
			exhibit.prev = filing.exhibits[i - 1];
			exhibit.next = filing.exhibits[i + 1];
			exhibitList.push(exhibit);
			// Back-links are filled here, in reading order, so hub pages list documents in order.
			for (const { party, role, roleAsFiled, nameAsFiled } of exhibit.parties)
				party.appearances.push({ exhibit, role, roleAsFiled, nameAsFiled });
			for (const { instrument, relation } of exhibit.instruments) instrument.documents.push({ exhibit, relation });
		});
	}
	[...exhibitList].sort((a, b) => a.url.localeCompare(b.url)).forEach((exhibit, i) => (exhibit.urlOrder = i));
	if (readingAids) linkAmendments(exhibitList);

	return {
		filings: filingList,
		exhibits: exhibitList,
		parties: [...parties.values()],
		instruments: [...instruments.values()],
		filing: (id) => filings.get(id),
		party: (id) => parties.get(id),
		instrument: (id) => instruments.get(id),
	};
}

/** How many related exhibits an exhibit page lists. */
const RELATED_LIMIT = 8;
/**
 * A party named in more exhibits than this is a hub (a trustee bank of hundreds of
 * indentures): sharing it says little about two documents, its own page lists them all, and
 * scanning its exhibits for every exhibit it appears in would cost time in the square of the
 * corpus. Instruments relate exhibits whatever their size.
 */
const HUB_PARTY_EXHIBITS = 100;

/** Computed once per exhibit: both its page's cache key and its page read the list. */
const relatedCache = new WeakMap<ExhibitView, RelatedExhibit[]>();

export interface RelatedExhibit {
	exhibit: ExhibitView;
	/** Names of the parties and instruments the two exhibits share, sorted. */
	shared: string[];
}

/**
 * Exhibits of the same corpus that share a party (other than the filing's registrant, who is
 * party to nearly everything, and hub parties: HUB_PARTY_EXHIBITS) or an instrument with
 * `exhibit`, most shared links first, then in URL order.
 */
export function relatedExhibits(exhibit: ExhibitView): RelatedExhibit[] {
	let related = relatedCache.get(exhibit);
	if (!related) {
		related = findRelatedExhibits(exhibit);
		relatedCache.set(exhibit, related);
	}
	return related;
}

function findRelatedExhibits(exhibit: ExhibitView): RelatedExhibit[] {
	const shared = new Map<ExhibitView, Set<string>>();
	const note = (other: ExhibitView, what: string) => {
		if (other === exhibit) return;
		const set = shared.get(other) ?? new Set<string>();
		set.add(what);
		shared.set(other, set);
	};
	for (const { party } of exhibit.parties) {
		if (party.id === exhibit.filing.registrant.id || party.appearances.length > HUB_PARTY_EXHIBITS) continue;
		for (const appearance of party.appearances) note(appearance.exhibit, party.data.name);
	}
	for (const { instrument } of exhibit.instruments) {
		for (const document of instrument.documents) note(document.exhibit, instrument.data.name);
	}
	return [...shared.entries()]
		.map(([other, names]) => ({ exhibit: other, shared: [...names].sort() }))
		.sort((a, b) => b.shared.length - a.shared.length || a.exhibit.urlOrder - b.exhibit.urlOrder)
		.slice(0, RELATED_LIMIT);
}

function danglingParty(subject: string, reference: string): string {
	return `${subject} names ${reference}, which has no entry in content/parties/. Add the party or fix the id.`;
}

function sortById<T>(entries: Entry<T>[]): Entry<T>[] {
	return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}

/** Newest first; ties by id so the order never depends on file-system order. */
function byDateThenId(a: FilingView, b: FilingView): number {
	const da = a.data.reportDate ?? a.data.filedDate ?? '';
	const db = b.data.reportDate ?? b.data.filedDate ?? '';
	return db.localeCompare(da) || a.id.localeCompare(b.id);
}

/** The filing's own exhibit order first, then any unlisted exhibit by number. */
function exhibitOrder(listed: string[]) {
	const position = new Map(listed.map((number, i) => [number, i]));
	return (a: ExhibitView, b: ExhibitView) => {
		const pa = position.get(a.data.number) ?? Number.MAX_SAFE_INTEGER;
		const pb = position.get(b.data.number) ?? Number.MAX_SAFE_INTEGER;
		return pa - pb || compareExhibitNumbers(a.data.number, b.data.number);
	};
}
