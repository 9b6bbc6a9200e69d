/**
 * The head tier of the search index (docs/search-scaling.md, "Tiers" and "Parts by date"): the
 * newest filings' parts. A site in parts holds its filings in runs by date
 * (src/lib/search/index-parts.ts), each at most a part's pages (PART_PAGES) and already an index
 * of its own; the newest run, with the one before when it is small, is the head tier. The search
 * page names those parts in a meta tag and searches them first (src/scripts/search/tiered-search.ts), so the bytes to first results depend
 * on a part's size, not on the corpus. The whole index (every part merged, the head's files from
 * the browser's cache) still answers the final list and the counts.
 *
 * The rank is static (known at build time, the same for every query): a filing's date, newest
 * first. A new newest filing changes this one part, not a second index of the newest pages, so
 * adding it costs one part's indexing.
 */
import { parseNamedIndexes } from './shard-layout.ts';

/** `<meta name>` of the search page naming the head tier's index, when the site has one. */
export const HEAD_TIER_META = 'filed-herewith-head-tier';

/** The filing date a filing page's HTML gives Pagefind as its sort key (src/layouts/Base.astro), or ''. */
export function sortDateOf(html: string): string {
	return /data-pagefind-sort="date\[content\]" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? '';
}

/** The head tier's `<meta>` tag for the search page: `indexPaths`, some of the site's part indexes (`shardIndexPath`). */
export const headTierMetaTag = (indexPaths: readonly string[]) =>
	`<meta name="${HEAD_TIER_META}" content="${indexPaths.join(' ')}">`;

/** The head tier's index paths named by the search page (`parseNamedIndexes`), or undefined. */
export const parseHeadTier = parseNamedIndexes;
