/**
 * The site's search index in parts, each written like a shard of a sharded build
 * (src/lib/search/shard-layout.ts): the first part at /pagefind/, the others at
 * /_shards/{part}/pagefind/, listed in the search page's shards meta tag, which the search page
 * merges with `mergeIndex` so one query searches every part.
 *
 * Why parts:
 * - **Rebuilds** (src/integrations/pagefind-part-cache.ts). Pagefind has no incremental mode: it
 *   re-reads every page. A part whose pages are byte for byte those of the previous build is
 *   copied from the cache instead of indexed again, so a site split into parts re-indexes only
 *   the parts a change touches. A filing's pages all go to the part a hash of its id names, so
 *   adding a filing never moves another one; the other pages (parties, instruments, the home
 *   page…) are the hub parts, which most changes touch.
 * - **Memory.** Pagefind keeps every page it indexes in memory until it writes the index
 *   (~2.4 GB for 14,800 pages at 10,000 exhibits, docs/scaling.md), so parts are indexed one
 *   after another and freed, and none holds more than about `maxPages` pages.
 *
 * The cost (docs/search-scaling.md): every search reads each part's `.pf_meta` and one index
 * chunk per query word per part, and Pagefind's chunk of a small part is not much smaller than
 * a large one's. So a site is split only when it has many filings (MIN_FILINGS_TO_SPLIT), and
 * then in parts the size of the head tier (FILINGS_PER_PART), which answers its first results.
 */
import { createHash } from 'node:crypto';

/** Pages per part, at most (about: parts are hash buckets), by default: ~6 GB of Pagefind memory at the measured rate. */
export const DEFAULT_MAX_PAGES_PER_INDEX = 40_000;

/** A site of fewer filings than this is one index: below it a split costs searches more than it saves rebuilds (docs/search-scaling.md). */
export const MIN_FILINGS_TO_SPLIT = 1500;

/**
 * Filings per filing part of a site that is split, by default: ~2,000 pages a part at 10,000
 * exhibits (8 parts), the size of the head tier that answers first results on such a site. A
 * new filing then re-indexes one eighth of the filings, for 9–17 % more bytes to the final
 * count than 4 parts (docs/search-scaling.md, "Keeping dist/" and "A part's key over what
 * Pagefind reads", have the rebuild times).
 */
export const FILINGS_PER_PART = 250;

/**
 * HTML bytes of filing pages per filing part, at most, by default: Pagefind's service took
 * 4.9 GB for parts of ~343 MB (10,000 realistic exhibits, 1,372 MB in four parts; docs/scaling.md),
 * so parts of this size keep it and Astro's process within 8 GB. Long exhibits, not many filings,
 * are what fill memory: 2,000 filings of real-size exhibits need four parts, not two.
 */
export const MAX_FILING_PART_BYTES = 350_000_000;

/**
 * `<meta name>` of a page that joins a filing's part though it is not under the filing's URL
 * (an instrument's page: src/lib/search/page-facets.ts `searchGroup`); its content is the filing id.
 */
export const SEARCH_GROUP_META = 'filed-herewith-search-group';

/** The filing a page's HTML names in its search group tag, if any. */
export function searchGroupOf(html: string): string | undefined {
	return new RegExp(`<meta name="${SEARCH_GROUP_META}" content="([^"]+)"`).exec(html)?.[1];
}

/** One part of the index: a name (a URL segment, and the folder of its cache) and its pages, site-relative and sorted. */
export interface IndexPart {
	name: string;
	pages: string[];
}

export interface IndexPartOptions {
	/** Pages per part, at most (PAGEFIND_MAX_PAGES). */
	maxPages: number;
	/**
	 * Parts for the filings' pages (PAGEFIND_FILING_PARTS); by default one for a site of fewer
	 * than MIN_FILINGS_TO_SPLIT filings, else one per FILINGS_PER_PART filings, and more to keep
	 * each within MAX_FILING_PART_BYTES of `pageBytes`.
	 */
	filingParts?: number;
	/** Each page's size in bytes, by path (pages not listed count as empty). */
	pageBytes?: ReadonlyMap<string, number>;
	/** The filing each page outside `filings/` joins (`searchGroupOf` its HTML), by path. */
	groups?: ReadonlyMap<string, string>;
}

/** The filing a page belongs to (`filings/{id}/…`), or undefined for a hub page. */
export function filingOf(page: string): string | undefined {
	const segments = page.split('/');
	return segments[0] === 'filings' && segments.length > 2 ? segments[1] : undefined;
}

/** A stable bucket of `key` among `count`: the same whatever else the site holds. */
function bucketOf(key: string, count: number): number {
	return count === 1 ? 0 : createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

function assertCount(value: number, what: string, remedy: string): number {
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`The ${what} must be a whole number above zero, got ${value}. ${remedy}`);
	}
	return value;
}

/**
 * `pages` (site-relative HTML paths) as index parts, the hub part(s) first. One part, the whole
 * site, when it has one filing part and fits within `maxPages`. Otherwise the filings' pages,
 * and the pages whose group names a filing, are split by a hash of the filing id into
 * `filingParts` parts (more if that many would pass `maxPages`; by default as many as the
 * filings' count and bytes ask for), the other pages by a hash of
 * their path into as few hub parts as keep within it.
 * Empty parts are left out; the same pages always give the same parts.
 */
export function searchIndexParts(pages: readonly string[], options: IndexPartOptions): IndexPart[] {
	const maxPages = assertCount(
		options.maxPages,
		'pages per search index',
		'Set PAGEFIND_MAX_PAGES to e.g. 40000, or leave it unset.',
	);
	const sorted = [...pages].sort();
	const filingByPage = new Map<string, string>();
	const filingIds = new Set<string>();
	const hubPages: string[] = [];
	for (const page of sorted) {
		const own = filingOf(page);
		if (own !== undefined) filingIds.add(own);
		const filing = own ?? options.groups?.get(page);
		if (filing === undefined) hubPages.push(page);
		else filingByPage.set(page, filing);
	}
	const filingPages = [...filingByPage.keys()];
	const filings = filingIds.size;
	let filingBytes = 0;
	for (const page of filingPages) filingBytes += options.pageBytes?.get(page) ?? 0;
	const filingParts = Math.max(
		options.filingParts === undefined
			? Math.max(
					filings < MIN_FILINGS_TO_SPLIT ? 1 : Math.round(filings / FILINGS_PER_PART),
					Math.ceil(filingBytes / MAX_FILING_PART_BYTES),
				)
			: assertCount(
					options.filingParts,
					'number of filing parts',
					'Set PAGEFIND_FILING_PARTS to e.g. 4, or leave it unset.',
				),
		Math.ceil(filingPages.length / maxPages),
	);
	if (filingParts === 1 && sorted.length <= maxPages) return [{ name: 'site', pages: sorted }];
	const hubParts = Math.max(1, Math.ceil(hubPages.length / maxPages));
	const split = (family: string, familyPages: string[], count: number, key: (page: string) => string) => {
		const buckets = Array.from({ length: count }, (): string[] => []);
		for (const page of familyPages) buckets[bucketOf(key(page), count)]!.push(page);
		return buckets
			.map((bucket, n) => ({ name: `${family}-${n + 1}`, pages: bucket }))
			.filter((part) => part.pages.length > 0);
	};
	return [
		...split('hubs', hubPages, hubParts, (page) => page),
		...split('filings', filingPages, filingParts, (page) => filingByPage.get(page)!),
	];
}
