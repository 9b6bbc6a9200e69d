/**
 * Instruments across filings. Ids are `{issuer-id}-{name-slug}`, so the same instrument named
 * in two filings lands on one entry. Merging fills fields the entry lacks and never overwrites
 * what an earlier ingest (or a human, `generated: false`) recorded.
 */
import type { Instrument } from '../../schemas/instrument.ts';
import { boundedSlug, slugify } from '../urls/slug.ts';
import { detached } from './detached.ts';
import { KeyIndex } from './key-index.ts';

/** "Term Promissory Note ($4,000,000)" → "term-promissory-note-4000000" (no "4-000-000"). */
export function instrumentId(issuerId: string | undefined, name: string): string {
	const nameSlug = slugify(name.replace(/(\d),(?=\d{3}\b)/g, '$1'));
	return boundedSlug(issuerId ? `${issuerId}-${nameSlug}` : nameSlug);
}

const MERGED_FIELDS = ['rate', 'maturity', 'principal', 'issuer', 'counterparty'] as const;

/**
 * The instruments of the corpus by id, and its loan facilities by agent. Entries are stored as
 * copies (detached.ts) and never modified; a filing works on copies of its own (InstrumentRegistry).
 */
export class InstrumentIndex {
	#byId = new Map<string, Instrument>();
	/** Loan facilities by counterparty (their agent), so finding one does not scan every instrument. */
	#facilitiesByAgent = new KeyIndex();

	/** Add an instrument, or replace the entry with its id. */
	add(entry: Instrument): void {
		const instrument = detached(entry);
		this.#byId.set(instrument.id, instrument);
		const agent = instrument.kind === 'loan-facility' ? instrument.counterparty : undefined;
		this.#facilitiesByAgent.set(instrument.id, agent === undefined ? [] : [agent]);
	}

	get(id: string): Instrument | undefined {
		return this.#byId.get(id);
	}

	facilityIds(agentId: string): string[] {
		return this.#facilitiesByAgent.all(agentId);
	}
}

/**
 * The instruments one filing references. Corpus instruments are copied when first looked up and
 * changed only on the copy; the corpus changes when the filing's entries are merged into it.
 */
export class InstrumentRegistry {
	#corpus: InstrumentIndex;
	/** Copies of corpus instruments this filing looked up, and the instruments it created. */
	#byId = new Map<string, Instrument>();
	#touched = new Set<string>();

	constructor(corpus: InstrumentIndex) {
		this.#corpus = corpus;
	}

	upsert(candidate: Instrument): string {
		const existing = this.#copy(candidate.id);
		if (!existing) this.#byId.set(candidate.id, structuredClone(candidate));
		else if (existing.generated) {
			for (const field of MERGED_FIELDS) {
				if (existing[field] === undefined && candidate[field] !== undefined)
					Object.assign(existing, { [field]: candidate[field] });
			}
		}
		this.#touched.add(candidate.id);
		return candidate.id;
	}

	get(id: string): Instrument | undefined {
		return this.#copy(id);
	}

	/**
	 * The loan facility `agentId` is agent for: one touched by this ingest first, else the only
	 * one in the corpus. Ambiguous matches link nothing rather than guess.
	 */
	findFacilityByAgent(agentId: string): Instrument | undefined {
		// The corpus's facilities for this agent, and this filing's copies (whose counterparty an
		// upsert may have filled in), each once, in their current state.
		const ids = new Set([...this.#corpus.facilityIds(agentId), ...this.#byId.keys()]);
		const facilities = [...ids]
			.map((id) => this.#copy(id)!)
			.filter((i) => i.kind === 'loan-facility' && i.counterparty === agentId);
		const current = facilities.filter((i) => this.#touched.has(i.id));
		if (current.length === 1) return current[0];
		return current.length === 0 && facilities.length === 1 ? facilities[0] : undefined;
	}

	touched(): Instrument[] {
		return [...this.#touched].map((id) => this.#byId.get(id)!);
	}

	/** This filing's copy of instrument `id`, made on first use. */
	#copy(id: string): Instrument | undefined {
		let instrument = this.#byId.get(id);
		if (!instrument) {
			const stored = this.#corpus.get(id);
			if (!stored) return undefined;
			instrument = structuredClone(stored);
			this.#byId.set(id, instrument);
		}
		return instrument;
	}
}
