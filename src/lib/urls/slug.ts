/**
 * Slugs for ids and URL segments. Ids are frozen in the data at ingest, so changing this
 * function never moves a published URL; it only shapes ids of entries not yet ingested.
 */

/** `"The Cit Group/ Commercial Financing, Inc."` → `"the-cit-group-commercial-financing-inc"`. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/%/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Exhibit number → URL segment, per the URL contract: `"4.1"` → `"ex-4-1"`, `"10.A49"` → `"ex-10-a49"`. */
export function exhibitSlug(number: string): string {
	return `ex-${slugify(number)}`;
}
