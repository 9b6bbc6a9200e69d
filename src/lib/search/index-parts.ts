/**
 * A site too large for one Pagefind index in memory is indexed in parts, each written like a
 * shard of a sharded build (src/lib/search/shard-layout.ts): the first part at /pagefind/, the others at
 * /_shards/index-{n}/pagefind/, listed in the search page's shards meta tag, which the search
 * page merges with `mergeIndex` so one query searches every part.
 *
 * Why: Pagefind keeps every page it indexes in memory until it writes the index (measured
 * ~2.4 GB for 14,800 pages at 10,000 exhibits, docs/scaling.md), so one index of 100,000
 * exhibits would not fit beside anything else on a 24 GB machine. Parts are indexed one after
 * another and freed, so the peak is one part's.
 */

/** Pages per part, by default: ~6 GB of Pagefind memory at the measured rate. */
export const DEFAULT_MAX_PAGES_PER_INDEX = 40_000;

/** Name of the n-th part (0-based) as a shard; the first part is the site's own index. */
export const indexPartName = (n: number) => `index-${n + 1}`;

/**
 * `pages` (site-relative HTML paths) split into as few parts as keep each within `maxPages`,
 * of near-equal size, in path order so a filing's pages stay together and the split is the
 * same for the same site. One part when the site fits.
 */
export function partitionPages(pages: readonly string[], maxPages: number): string[][] {
	if (!Number.isInteger(maxPages) || maxPages < 1) {
		throw new Error(
			`The pages per search index must be a whole number above zero, got ${maxPages}. Set PAGEFIND_MAX_PAGES to e.g. 40000, or leave it unset.`,
		);
	}
	const sorted = [...pages].sort();
	const parts = Math.max(1, Math.ceil(sorted.length / maxPages));
	const size = Math.ceil(sorted.length / parts);
	return Array.from({ length: parts }, (_, i) => sorted.slice(i * size, (i + 1) * size));
}
