/**
 * Instruments across filings. Ids are `{issuer-id}-{name-slug}`, so the same instrument named
 * in two filings lands on one entry. Merging fills fields the entry lacks and never overwrites
 * what an earlier ingest (or a human, `generated: false`) recorded.
 */
import type { Instrument } from '../../schemas/instrument.ts';
import { slugify } from '../slug.ts';

/** "Term Promissory Note ($4,000,000)" → "term-promissory-note-4000000" (no "4-000-000"). */
export function instrumentId(issuerId: string | undefined, name: string): string {
	const nameSlug = slugify(name.replace(/(\d),(?=\d{3}\b)/g, '$1'));
	return issuerId ? `${issuerId}-${nameSlug}` : nameSlug;
}

const MERGED_FIELDS = ['rate', 'maturity', 'principal', 'issuer', 'counterparty'] as const;

export class InstrumentRegistry {
	#byId = new Map<string, Instrument>();
	#touched = new Set<string>();

	constructor(existing: readonly Instrument[]) {
		for (const instrument of existing) this.#byId.set(instrument.id, structuredClone(instrument));
	}

	upsert(candidate: Instrument): string {
		const existing = this.#byId.get(candidate.id);
		if (!existing) this.#byId.set(candidate.id, structuredClone(candidate));
		else if (existing.generated) {
			for (const field of MERGED_FIELDS) {
				if (existing[field] === undefined && candidate[field] !== undefined) Object.assign(existing, { [field]: candidate[field] });
			}
		}
		this.#touched.add(candidate.id);
		return candidate.id;
	}

	get(id: string): Instrument | undefined {
		return this.#byId.get(id);
	}

	/**
	 * The loan facility `agentId` is agent for: one touched by this ingest first, else the only
	 * one in the corpus. Ambiguous matches link nothing rather than guess.
	 */
	findFacilityByAgent(agentId: string): Instrument | undefined {
		const facilities = [...this.#byId.values()].filter((i) => i.kind === 'loan-facility' && i.counterparty === agentId);
		const current = facilities.filter((i) => this.#touched.has(i.id));
		if (current.length === 1) return current[0];
		return current.length === 0 && facilities.length === 1 ? facilities[0] : undefined;
	}

	touched(): Instrument[] {
		return [...this.#touched].map((id) => this.#byId.get(id)!);
	}
}
