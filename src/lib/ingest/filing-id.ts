/**
 * Filing ids are frozen at ingest: the accession number when known, else a slug
 * `{registrant-id}-{form}-{report date}`. A re-ingest of the same bytes, or of a corrected
 * source with the same slug, keeps the id it had, so published URLs never move.
 */
import type { Filing } from '../../schemas/filing.ts';
import { slugify } from '../urls/slug.ts';
import { detached } from './detached.ts';
import { KeyIndex } from './key-index.ts';

export interface FilingIdInput {
	accession?: string;
	registrantId: string;
	form: string;
	reportDate?: string;
	sha256: string;
}

/** What ingest needs of a filing already in the corpus: not its text, only its id and provenance. */
export interface FilingStamp {
	id: string;
	sha256: string;
	ingested: string;
}

/**
 * The filings of the corpus by id and by source hash. Only stamps are kept (detached from the
 * source text), so a run over thousands of filings does not hold every filing in memory.
 */
export class FilingIndex {
	#byId = new Map<string, FilingStamp>();
	#bySha256 = new KeyIndex();

	/** Add a filing, or replace the entry with its id (keeping its place in corpus order). */
	add(filing: Filing): void {
		const stamp = detached({ id: filing.id, sha256: filing.provenance.sha256, ingested: filing.provenance.ingested });
		this.#byId.set(stamp.id, stamp);
		this.#bySha256.set(stamp.id, [stamp.sha256]);
	}

	get(id: string): FilingStamp | undefined {
		return this.#byId.get(id);
	}

	/** The filing, first in corpus order, whose source has these bytes. */
	idWithSha256(sha256: string): string | undefined {
		return this.#bySha256.first(sha256);
	}
}

export function filingIdFor(input: FilingIdInput, existing: FilingIndex): string {
	const sameBytes = existing.idWithSha256(input.sha256);
	if (sameBytes) return sameBytes;
	if (input.accession) return input.accession;
	// Without a report date the slug needs something unique to this source: its hash prefix.
	return `${input.registrantId}-${slugify(input.form)}-${input.reportDate ?? input.sha256.slice(0, 12)}`;
}
