/**
 * One party per real-world entity, across exhibits and across filings. Spellings are matched
 * by `partyKey` (case, punctuation, "The", Inc/Incorporated, Corp/Corporation ignored).
 * Existing ids never change; hand-edited entries (`generated: false`) are referenced, never
 * modified.
 */
import { guessPartyKind, type PartyKind } from '../extract/party-kind.ts';
import { partyKey } from '../extract/party-key.ts';
import { slugify } from '../slug.ts';
import type { Party } from '../../schemas/party.ts';

const isAllCaps = (name: string) => /[A-Z]/.test(name) && name === name.toUpperCase();

export class PartyRegistry {
	#byKey = new Map<string, Party>();
	#byId = new Map<string, Party>();
	/** The SEC's CIK identifies an entity across renames ("APPLE COMPUTER INC" → "Apple Inc."). */
	#byCik = new Map<string, Party>();
	#touched = new Set<string>();

	constructor(existing: readonly Party[]) {
		for (const party of existing) {
			const copy = structuredClone(party);
			this.#byId.set(copy.id, copy);
			if (copy.cik) this.#byCik.set(normaliseCik(copy.cik), copy);
			for (const name of [copy.name, ...copy.aliases]) {
				const key = partyKey(name);
				if (key && !this.#byKey.has(key)) this.#byKey.set(key, copy);
			}
		}
	}

	/**
	 * Id of the party `nameAsFiled` names (or `cik` identifies), creating it if new; records the
	 * spelling as an alias and the CIK when the entry had none.
	 */
	resolve(nameAsFiled: string, kind?: PartyKind, cik?: string): string {
		const key = cik && /^\d{1,10}$/.test(cik) ? normaliseCik(cik) : undefined;
		const found = (key ? this.#byCik.get(key) : undefined) ?? this.#find(nameAsFiled);
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
			id: this.#freeId(slugify(nameAsFiled) || 'party'),
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
		return this.#byKey.get(partyKey(nameAsFiled));
	}

	#addSpelling(party: Party, nameAsFiled: string) {
		if (!party.aliases.includes(nameAsFiled)) party.aliases.push(nameAsFiled);
		// Display name: the first spelling in mixed case; an ALL-CAPS signature line is only an alias.
		if (isAllCaps(party.name) && !isAllCaps(nameAsFiled)) party.name = nameAsFiled;
	}

	/** A slug not used by another party: "acme-corp", then "acme-corp-2", … */
	#freeId(base: string): string {
		let id = base;
		for (let n = 2; this.#byId.has(id); n++) id = `${base}-${n}`;
		return id;
	}
}

/** CIKs are filed with and without leading zeros ("0000072333", "72333"). */
function normaliseCik(cik: string): string {
	return cik.replace(/^0+/, '');
}
