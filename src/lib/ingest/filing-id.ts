/**
 * Filing ids are frozen at ingest: the accession number when known, else a slug
 * `{registrant-id}-{form}-{report date}`. A re-ingest of the same bytes, or of a corrected
 * source with the same slug, keeps the id it had, so published URLs never move.
 */
import type { Filing } from '../../schemas/filing.ts';
import { slugify } from '../slug.ts';

export interface FilingIdInput {
	accession?: string;
	registrantId: string;
	form: string;
	reportDate?: string;
	sha256: string;
}

export function filingIdFor(input: FilingIdInput, existing: readonly Filing[]): string {
	const sameBytes = existing.find((filing) => filing.provenance.sha256 === input.sha256);
	if (sameBytes) return sameBytes.id;
	if (input.accession) return input.accession;
	// Without a report date the slug needs something unique to this source: its hash prefix.
	return `${input.registrantId}-${slugify(input.form)}-${input.reportDate ?? input.sha256.slice(0, 12)}`;
}
