/**
 * One party per real-world entity, across exhibits and across filings. Spellings are matched
 * by `partyKey` (case, punctuation, "The", Inc/Incorporated, Corp/Corporation ignored).
 * Existing ids never change; hand-edited entries (`generated: false`) are referenced, never
 * modified.
 */
import { guessPartyKind, type PartyKind } from '../extract/party-kind.ts';
import { partyKey } from '../extract/party-key.ts';
import { boundedSlug } from '../urls/slug.ts';
import { normaliseCik } from '../edgar-api/accession.ts';
import { detached } from './detached.ts';
import { KeyIndex } from './key-index.ts';
import type { Party } from '../../schemas/party.ts';

const isAllCaps = (name: string) => /[A-Z]/.test(name) && name === name.toUpperCase();

/**
 * The parties of the corpus, indexed by id, spelling and CIK. It answers what a scan over the
 * corpus in order would: a spelling names the first party that has it, a CIK the last.
 * Entries are stored as copies (detached.ts) and never modified; a filing works on copies of
 * its own (PartyRegistry).
 */
export class PartyIndex {
	#byId = new Map<string, Party>();
	/** partyKey of the name and of every alias (empty keys left out). */
	#byKey = new KeyIndex();
	/** The normalised CIK, when the party has one. */
	#byCik = new KeyIndex();

	/** Add a party, or replace the entry with its id (keeping its place in corpus order). */
	add(entry: Party): void {
		const party = detached(entry);
		this.#byId.set(party.id, party);
		this.#byKey.set(party.id, [party.name, ...party.aliases].map(partyKey).filter(Boolean));
		const cik = party.cik ? normaliseCik(party.cik) : undefined;
		this.#byCik.set(party.id, cik ? [cik] : []);
	}

	get(id: string): Party | undefined {
		return this.#byId.get(id);
	}

	idByKey(key: string): string | undefined {
		return this.#byKey.first(key);
	}

	idByCik(normalisedCik: string): string | undefined {
		return this.#byCik.last(normalisedCik);
	}
}

/**
 * The parties one filing references, resolved against the corpus. Corpus parties are copied
 * when first looked up and changed only on the copy, so the corpus changes when the filing's
 * entries are merged into it (CorpusIndex.add), not before: a filing that fails leaves no trace.
 * As before, a spelling or CIK learnt during this filing is found by the next filing, not by
 * this one.
 */
export class PartyRegistry {
	#corpus: PartyIndex;
	/** Copies of corpus parties this filing looked up, and the parties it created. */
	#byId = new Map<string, Party>();
	/** Spellings and CIKs of the parties this filing created (never also in the corpus index). */
	#byKey = new Map<string, Party>();
	/** The SEC's CIK identifies an entity across renames ("APPLE COMPUTER INC" → "Apple Inc."). */
	#byCik = new Map<string, Party>();
	#touched = new Set<string>();

	constructor(corpus: PartyIndex) {
		this.#corpus = corpus;
	}

	/**
	 * Id of the party `nameAsFiled` names (or `cik` identifies), creating it if new; records the
	 * spelling as an alias and the CIK when the entry had none.
	 */
	resolve(nameAsFiled: string, kind?: PartyKind, cik?: string): string {
		const key = cik && /^\d{1,10}$/.test(cik) ? normaliseCik(cik) : undefined;
		const found =
			(key ? (this.#byCik.get(key) ?? this.#copy(this.#corpus.idByCik(key))) : undefined) ?? this.#find(nameAsFiled);
		if (found) {
			this.#touched.add(found.id);
			if (found.generated) {
				this.#addSpelling(found, nameAsFiled);
				if (key && !found.cik) {
					found.cik = cik;
					this.#byCik.set(key, found);
				}
			}
			return found.id;
		}
		const party: Party = {
			id: this.#freeId(boundedSlug(nameAsFiled) || 'party'),
			name: nameAsFiled,
			aliases: [nameAsFiled],
			kind: kind ?? guessPartyKind(nameAsFiled),
			...(key ? { cik } : {}),
			generated: true,
		};
		this.#byId.set(party.id, party);
		if (key) this.#byCik.set(key, party);
		this.#byKey.set(partyKey(nameAsFiled), party);
		this.#touched.add(party.id);
		return party.id;
	}

	/** Record a spelling of a party already known (a signing entity), without creating one. */
	resolveIfKnown(nameAsFiled: string): string | undefined {
		return this.#find(nameAsFiled) ? this.resolve(nameAsFiled) : undefined;
	}

	/** Parties this ingest referenced, in their merged state, in order of first reference. */
	touched(): Party[] {
		return [...this.#touched].map((id) => this.#byId.get(id)!);
	}

	#find(nameAsFiled: string): Party | undefined {
		const key = partyKey(nameAsFiled);
		return this.#byKey.get(key) ?? this.#copy(this.#corpus.idByKey(key));
	}

	/** This filing's copy of party `id`, made on first use. */
	#copy(id: string | undefined): Party | undefined {
		if (id === undefined) return undefined;
		let party = this.#byId.get(id);
		if (!party) {
			party = structuredClone(this.#corpus.get(id)!);
			this.#byId.set(id, party);
		}
		return party;
	}

	#addSpelling(party: Party, nameAsFiled: string) {
		if (!party.aliases.includes(nameAsFiled)) party.aliases.push(nameAsFiled);
		// Display name: the first spelling in mixed case; an ALL-CAPS signature line is only an alias.
		if (isAllCaps(party.name) && !isAllCaps(nameAsFiled)) party.name = nameAsFiled;
	}

	/** A slug not used by another party: "acme-corp", then "acme-corp-2", … */
	#freeId(base: string): string {
		let id = base;
		for (let n = 2; this.#byId.has(id) || this.#corpus.get(id); n++) id = `${base}-${n}`;
		return id;
	}
}
