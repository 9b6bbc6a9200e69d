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

/**
 * The longest id a party or instrument gets: an id is a file name (`content/parties/{id}.yaml`)
 * and a URL segment, and file systems refuse names over 255 bytes. A title read as a name can be
 * a paragraph long; its id is cut at the last word boundary within the limit.
 */
export const MAX_ID_CHARS = 120;

/** `slugify`, at most MAX_ID_CHARS long (cut between words). */
export function boundedSlug(text: string): string {
	const slug = slugify(text);
	if (slug.length <= MAX_ID_CHARS) return slug;
	const cut = slug.slice(0, MAX_ID_CHARS + 1);
	const boundary = cut.lastIndexOf('-');
	return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_ID_CHARS);
}

/** Exhibit number → URL segment, per the URL contract: `"4.1"` → `"ex-4-1"`, `"10.A49"` → `"ex-10-a49"`. */
export function exhibitSlug(number: string): string {
	return `ex-${slugify(number)}`;
}
