/**
 * The site's search index in parts, each written like a shard of a sharded build
 * (src/lib/search/shard-layout.ts): the first part at /pagefind/, the others at
 * /_shards/{part}/pagefind/, listed in the search page's shards meta tag, which the search page
 * merges with `mergeIndex` so one query searches every part.
 *
 * Why parts:
 * - **Rebuilds** (src/integrations/pagefind-part-cache.ts). Pagefind has no incremental mode: it
 *   re-reads every page. A part whose pages read as the previous build's is installed from the
 *   cache instead of indexed again, so a site split into parts re-indexes only the parts a change
 *   touches. The pages outside any filing (parties, the home page…) are the hub parts, which most
 *   changes touch.
 * - **First results.** The filings' parts are runs of filings by date, so the newest part is the
 *   head tier (src/lib/search/head-tier.ts): the search page searches it first, and the bytes to
 *   first results depend on a part's size, not on the corpus's.
 * - **Memory.** Pagefind keeps every page it indexes in memory until it writes the index
 *   (~2.4 GB for 14,800 pages at 10,000 exhibits, docs/scaling.md), so parts are indexed one
 *   after another and freed, and none holds more than `partPages` pages or MAX_FILING_PART_BYTES.
 *
 * Where a run ends is decided by the filings themselves, not by counting from one end
 * (`filingRuns`), so a filing added among older ones changes the run it joins and, rarely, the
 * next one; a filing newer than all the others changes only the newest run, the head.
 *
 * The cost (docs/search-scaling.md): every search reads each part's `.pf_meta` and one index
 * chunk per query word per part, so a site is split only when its filings' pages pass
 * SPLIT_FACTOR parts' worth.
 */
import { createHash } from 'node:crypto';

/** Pages per part, at most (PAGEFIND_MAX_PAGES), by default: ~6 GB of Pagefind memory at the measured rate. */
export const DEFAULT_MAX_PAGES_PER_INDEX = 40_000;

/**
 * Pages of a filing part, at most, by default (PAGEFIND_PART_PAGES): what bounds the head
 * tier, whose bytes are the bytes to first results. Measured on 3,000 real-size exhibits
 * (4,918 pages; docs/search-scaling.md, "A smaller head"): parts of 2,000 pages gave a head of
 * 1,293 and 371 kB to first results for `"senior subordinated" trustee`; parts of 1,000 a head
 * of 926 and 273 kB, with the counts 7–38 % dearer (more parts to merge) and the same
 * Pagefind time (67 s); parts of 500 a head of two indexes (145 + 365 pages) and 287 kB, the
 * counts 46–134 % dearer. A run ends anywhere from half of it on (`filingRuns`), so parts hold
 * 500–1,000 pages.
 */
export const PART_PAGES = 1000;

/**
 * A site is one index unless its filings' pages pass this many times `partPages` (by default;
 * with PAGEFIND_PART_PAGES set, once they pass it). Below that, parts only add bytes and
 * build time: on the real text ×10 (2,734 pages) a head tier of 1,975 pages made first results
 * cost more (121.6–179.8 kB against 117.3–167.0 kB without it; docs/search-scaling.md, "Tiers").
 */
export const SPLIT_FACTOR = 4;

/**
 * HTML bytes of filing pages per filing part, at most, by default: Pagefind's service took
 * 4.9 GB for parts of ~343 MB (10,000 realistic exhibits, 1,372 MB in four parts; docs/scaling.md),
 * so parts of this size keep it and Astro's process within 8 GB.
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

/**
 * One part of the index: a name (a URL segment, and the folder of its cache) and its pages,
 * site-relative and sorted; `head` on the newest filing parts that make the head tier
 * (`searchIndexParts`).
 */
export interface IndexPart {
	name: string;
	pages: string[];
	head?: true;
}

export interface IndexPartOptions {
	/** Pages per part, at most (PAGEFIND_MAX_PAGES). */
	maxPages: number;
	/**
	 * Pages per filing part, at most (PAGEFIND_PART_PAGES). Given, a site is split once its
	 * filings' pages pass it; by default (PART_PAGES) once they pass SPLIT_FACTOR times it.
	 */
	partPages?: number;
	/** Each page's size in bytes, by path (pages not listed count as empty). */
	pageBytes?: ReadonlyMap<string, number>;
	/** The filing each page outside `filings/` joins (`searchGroupOf` its HTML), by path. */
	groups?: ReadonlyMap<string, string>;
	/** Each filing's date (`YYYY-MM-DD`; unknown counts as the oldest), by filing id. */
	dates?: ReadonlyMap<string, string>;
}

/** The filing a page belongs to (`filings/{id}/…`), or undefined for a hub page. */
export function filingOf(page: string): string | undefined {
	const segments = page.split('/');
	return segments[0] === 'filings' && segments.length > 2 ? segments[1] : undefined;
}

/** A filing as the runs see it: its id, its date ('' when unknown), its pages and their bytes. */
export interface DatedFiling {
	id: string;
	date: string;
	pages: number;
	bytes: number;
}

/** Oldest first; the same date, filing id ascending; an unknown date before every known one. */
export function compareByDate(a: DatedFiling, b: DatedFiling): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A number in [0, 1) that is `key`'s own, whatever else the site holds. */
const uniformOf = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;

/**
 * `filings` in runs by date, oldest first, each within `maxPages` pages and `maxBytes` bytes
 * (a filing larger than that alone is a run of its own: a filing is never split).
 *
 * A run ends after a filing that says so: once the run has half of `maxPages`, each filing ends
 * it with a chance of its pages in a quarter of `maxPages`, drawn from a hash of its id, so a
 * run is on average ~70 % full. A run that would pass its bound first is cut after the last
 * filing that drew under twice that chance (a backup cut, as in content-defined chunking's
 * "two thresholds, two divisors"); a run with no such filing is cut at the bound itself.
 *
 * Because a filing's own hash, not a count from the oldest, decides where runs end, a filing
 * added anywhere changes the run it joins and, rarely, one or two after it, where the added
 * pages move a cut; a filing newer than every other changes only the last run. On the 10,000
 * real-size bench site, adding any one of its 1,993 filings changes one run for 1,907 of them
 * (1,192 when runs at their bound were cut there: docs/search-scaling.md, "Runs cut where they
 * were cut before"). That needs filings small beside the bound (8 pages against 1,000 on
 * real-size filings): a filing of a quarter of it or more always ends a run past half.
 */
export function filingRuns(
	filings: readonly DatedFiling[],
	{ maxPages, maxBytes }: { maxPages: number; maxBytes: number },
): DatedFiling[][] {
	const sorted = [...filings].sort(compareByDate);
	const runs: DatedFiling[][] = [];
	let start = 0;
	let pages = 0;
	let bytes = 0;
	/** Where the run would be cut at its bound: after `backup` if a filing past half drew under twice the chance. */
	let backup: number | undefined;
	const endBefore = (end: number) => {
		runs.push(sorted.slice(start, end));
		start = end;
		pages = bytes = 0;
		backup = undefined;
	};
	for (let next = 0; next < sorted.length; next++) {
		const filing = sorted[next]!;
		if (next > start && (pages + filing.pages > maxPages || bytes + filing.bytes > maxBytes)) {
			// The filings after the backup cut start the next run: take them again from there.
			endBefore(backup === undefined ? next : backup + 1);
			next = start - 1;
			continue;
		}
		pages += filing.pages;
		bytes += filing.bytes;
		if (pages < maxPages / 2) continue;
		const draw = uniformOf(filing.id) * (maxPages / 4);
		if (draw < filing.pages) endBefore(next + 1);
		else if (draw < 2 * filing.pages) backup = next;
	}
	if (start < sorted.length) endBefore(sorted.length);
	return runs;
}

/** A stable bucket of `key` among `count`: the same whatever else the site holds. */
const bucketOf = (key: string, count: number) => (count === 1 ? 0 : Math.floor(uniformOf(key) * count));

/** A filing part's name: `filings-` and its oldest filing's id, hashed when the id is not a URL segment. */
const runName = (first: string) =>
	`filings-${/^[a-z0-9-]+$/.test(first) ? first : createHash('sha256').update(first).digest('hex').slice(0, 16)}`;

function assertCount(value: number, what: string, remedy: string): number {
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`The ${what} must be a whole number above zero, got ${value}. ${remedy}`);
	}
	return value;
}

/**
 * `pages` (site-relative HTML paths) as index parts, the hub part(s) first. One part, the whole
 * site, while its filings' pages and bytes are within what one part may hold (see
 * IndexPartOptions.partPages) and it has no more than `maxPages` pages. Otherwise the filings'
 * pages, and the pages whose group names a filing, go in runs of filings by date
 * (`filingRuns`), the newest run last; the other pages go by a hash of their path into as few
 * hub parts as keep within `maxPages`. The same pages always give the same parts.
 *
 * The head tier is the newest run, and the runs before it until it holds half of `partPages`
 * (the newest run is what is left after the last run that ended, so it can be small), never
 * every run: those parts are marked `head`.
 */
export function searchIndexParts(pages: readonly string[], options: IndexPartOptions): IndexPart[] {
	const maxPages = assertCount(
		options.maxPages,
		'pages per search index',
		'Set PAGEFIND_MAX_PAGES to e.g. 40000, or leave it unset.',
	);
	const partPages = Math.min(
		maxPages,
		options.partPages === undefined
			? PART_PAGES
			: assertCount(
					options.partPages,
					'pages per filing part',
					'Set PAGEFIND_PART_PAGES to e.g. 1000, or leave it unset.',
				),
	);
	const sorted = [...pages].sort();
	const byFiling = new Map<string, string[]>();
	const hubPages: string[] = [];
	for (const page of sorted) {
		const filing = filingOf(page) ?? options.groups?.get(page);
		if (filing === undefined) hubPages.push(page);
		else if (byFiling.has(filing)) byFiling.get(filing)!.push(page);
		else byFiling.set(filing, [page]);
	}
	const bytesOf = (list: readonly string[]) => list.reduce((sum, page) => sum + (options.pageBytes?.get(page) ?? 0), 0);
	const filings = [...byFiling].map(([id, own]) => ({
		id,
		date: options.dates?.get(id) ?? '',
		pages: own.length,
		bytes: bytesOf(own),
	}));
	const total = (key: 'pages' | 'bytes') => filings.reduce((sum, filing) => sum + filing[key], 0);
	const splitAt = options.partPages === undefined ? SPLIT_FACTOR * partPages : partPages;
	if (total('pages') <= splitAt && total('bytes') <= MAX_FILING_PART_BYTES && sorted.length <= maxPages)
		return [{ name: 'site', pages: sorted }];
	const hubParts = Math.max(1, Math.ceil(hubPages.length / maxPages));
	const hubs = Array.from({ length: hubParts }, (): string[] => []);
	for (const page of hubPages) hubs[bucketOf(page, hubParts)]!.push(page);
	const runs = filingRuns(filings, { maxPages: partPages, maxBytes: MAX_FILING_PART_BYTES }).map((run): IndexPart => ({
		name: runName(run[0]!.id),
		pages: run.flatMap(({ id }) => byFiling.get(id)!).sort(),
	}));
	let headPages = 0;
	for (let n = runs.length - 1; n > 0 && headPages < partPages / 2; n--) {
		runs[n]!.head = true;
		headPages += runs[n]!.pages.length;
	}
	return [
		...hubs.map((bucket, n) => ({ name: `hubs-${n + 1}`, pages: bucket })).filter((part) => part.pages.length > 0),
		...runs,
	];
}
