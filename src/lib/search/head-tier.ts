/**
 * The head tier of the search index (docs/search-scaling.md, "Tiers"): the pages of the newest
 * filings, up to a fixed page budget, indexed once more as an index of their own at
 * /_tiers/head/pagefind/ beside the whole index (src/lib/search/index-parts.ts). The search page
 * searches it first (src/scripts/search/tiered-search.ts), so the bytes to first results depend
 * on the budget, not on the corpus; the whole index still answers the final list and the counts.
 *
 * The rank is static (known at build time, the same for every query): a filing's date, newest
 * first, ties broken by filing id ascending; a filing is in or out with all its pages (its
 * exhibits, documents and the instrument pages grouped with it), and the tier stops at the first
 * filing that would pass the budget, so it is always the newest filings and never more than
 * the budget.
 */

/** Pages in the head tier at most, by default: a Pagefind index this size measured 112–171 kB to first results (docs/search-scaling.md). */
export const HEAD_TIER_PAGES = 2000;

/**
 * A site gets a head tier only when its filings have more than this many times the budget's
 * pages. Below that the whole index is small enough that a tier only adds bytes and build time:
 * on the real text ×10 (2,734 pages, a tier of 1,975) first results cost 121.6–179.8 kB with the
 * tier and 117.3–167.0 kB without, and the tier was a second index of most of the site; on the
 * 10,000 real-size exhibits (17,000 pages, a tier of 2,000) it cut them from 781–2,475 kB to
 * 207–458 kB (docs/search-scaling.md, "Tiers").
 */
export const HEAD_TIER_SITE_FACTOR = 4;

/** `<meta name>` of the search page naming the head tier's index, when the site has one. */
export const HEAD_TIER_META = 'filed-herewith-head-tier';

/** Where the head tier's Pagefind index is published, site-relative. */
export const HEAD_TIER_PATH = '/_tiers/head/pagefind/';

/** A filing, as the tier choice sees it: its id, its date (`YYYY-MM-DD`, or '' when unknown) and its pages. */
export interface RankedFiling {
	id: string;
	date: string;
	pages: readonly string[];
}

/** Newest first; the same date, filing id ascending; an unknown date last. */
export function compareByRank(a: RankedFiling, b: RankedFiling): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The head tier's pages, sorted: the newest filings' pages, whole filings only, until the next
 * filing would pass `budget`. Empty when the filings' pages are no more than `siteFactor` times
 * the budget (HEAD_TIER_SITE_FACTOR: the whole index is then small enough by itself).
 */
export function headTierPages(
	filings: readonly RankedFiling[],
	budget: number,
	{ siteFactor = HEAD_TIER_SITE_FACTOR } = {},
): string[] {
	if (!Number.isInteger(budget) || budget < 1) {
		throw new Error(
			`The head tier's page budget must be a whole number above zero, got ${budget}. Set PAGEFIND_HEAD_PAGES to e.g. 2000, or leave it unset.`,
		);
	}
	const total = filings.reduce((n, filing) => n + filing.pages.length, 0);
	if (total <= budget * siteFactor) return [];
	const pages: string[] = [];
	for (const filing of [...filings].sort(compareByRank)) {
		if (pages.length + filing.pages.length > budget) break;
		pages.push(...filing.pages);
	}
	return pages.sort();
}

/** The filing date a filing page's HTML gives Pagefind as its sort key (src/layouts/Base.astro), or ''. */
export function sortDateOf(html: string): string {
	return /data-pagefind-sort="date\[content\]" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? '';
}

/** The head tier's `<meta>` tag for the search page. */
export const headTierMetaTag = () => `<meta name="${HEAD_TIER_META}" content="${HEAD_TIER_PATH}">`;

/** The head tier's index path named by the search page, or undefined (no tier, or anything else in the tag). */
export const parseHeadTier = (content: string | null | undefined): string | undefined =>
	content === HEAD_TIER_PATH ? HEAD_TIER_PATH : undefined;
