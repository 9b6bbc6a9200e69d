/**
 * The slice of Pagefind's browser API (pagefind.js, 1.6) the search page uses, and its loader.
 * pagefind.js is written into dist/pagefind/ by the build's Pagefind step, so it is imported
 * at run time by URL, never bundled.
 */
import type { PageAnchor } from '../../lib/search/excerpts.ts';
import type { PassageNote } from '../../lib/search/passages.ts';
import { HEAD_TIER_META, parseHeadTier } from '../../lib/search/head-tier.ts';
import { PAGE_SETS_META, parsePageSets } from '../../lib/search/page-sets.ts';
import { parseShardIndexes, SHARDS_META_NAME } from '../../lib/search/shard-layout.ts';
import { shareWasmDownloads } from './shared-wasm.ts';
import { siteBase, withBase } from '../../lib/urls/site-base.ts';

export interface PagefindResultData {
	/** The page's site path, as indexed (`/filings/x/`). */
	raw_url: string;
	/** The page's URL under the site's base (`/my-filings/filings/x/`): what to link to. */
	url: string;
	/** The page's indexed text; `locations` count its whitespace-separated words. Empty for a long page: see `passages`. */
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	anchors: PageAnchor[];
	/** A long page's text is in passages instead (src/lib/search/passages.ts; src/scripts/search/result-text.ts reads them). */
	passages?: PassageNote;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Word locations of the matches in the page's content. */
	words: number[];
	data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
	results: PagefindResult[];
	/** For each filter value, how many results there would be with it added to the filters. */
	filters: FilterCounts;
	unfilteredResultCount: number;
}

export interface PagefindSearchOptions {
	filters?: Record<string, string[]>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
	/** Fetch the index and filter chunks a search would need, without searching. */
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	filters(): Promise<FilterCounts>;
	/** Add another Pagefind index (a shard of a sharded build, docs/scaling.md) to this one's searches. */
	mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** pagefind.js as a module: its default instance (the whole index) and `createInstance` for another index. */
interface PagefindModule extends Pagefind {
	/** The instance starts as it is created, with these options: it takes `noWorker` here or never. */
	createInstance(options: { basePath: string; noWorker?: boolean }): Pagefind;
}

/**
 * Ranking: a match in the title, a party's name or an instrument's name counts for more than
 * body text. The meta fields are set by src/layouts/*.astro (`data-pagefind-meta`): `title` on
 * every indexed page, `parties` and `instruments` on exhibit pages. Change them together.
 */
const META_WEIGHTS = { title: 5, parties: 4, instruments: 4, registrant: 2 };

async function importPagefind(bundleUrl: string): Promise<PagefindModule> {
	// Each instance below would fetch its own copy of Pagefind's WebAssembly (./shared-wasm.ts).
	shareWasmDownloads();
	try {
		return (await import(/* @vite-ignore */ bundleUrl)) as PagefindModule;
	} catch (cause) {
		throw new Error(
			`Could not load the search index from ${bundleUrl}. Rebuild the site (npm run build) so Pagefind writes dist/pagefind/, and serve dist/ over HTTP.`,
			{ cause },
		);
	}
}

// noWorker: Pagefind 1.6 runs its searches in a Web Worker by default, which costs a second
// download of its search code (pagefind-worker.js, 12 kB gzipped) before the first result and
// a structured clone of every result list it sends back (thousands of results for common
// words on a large site). The page waits for those results anyway, so searching on the main
// thread is both smaller and faster to first results (docs/scaling.md: a search's bytes and time).
// baseUrl: the site's base (src/lib/urls/site-base.ts), which Pagefind puts before every result's `url`.
const PAGEFIND_OPTIONS = { ranking: { metaWeights: META_WEIGHTS }, noWorker: true, baseUrl: siteBase };

/** Load Pagefind from the built site (`/pagefind/pagefind.js` unless the page says otherwise): the whole index, every part merged. */
export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
	const pagefind = await importPagefind(bundleUrl);
	await pagefind.options(PAGEFIND_OPTIONS);
	await mergeShards(pagefind);
	await pagefind.init();
	return pagefind;
}

/**
 * The head tier (src/lib/search/head-tier.ts: the newest filing parts) as a Pagefind instance of
 * its own, when the search page names one: the same pagefind.js, so only the tier's files are
 * fetched, and the whole index later gets them from the browser's cache.
 */
export const loadHeadTier = (bundleUrl: string) =>
	loadNamedIndexes(bundleUrl, parseHeadTier(metaContent(HEAD_TIER_META)));

/** The page-set indexes (src/lib/search/page-sets.ts), merged as one Pagefind instance, when the search page names them. */
export const loadPageSets = (bundleUrl: string) =>
	loadNamedIndexes(bundleUrl, parsePageSets(metaContent(PAGE_SETS_META)));

const metaContent = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;

async function loadNamedIndexes(bundleUrl: string, paths: string[] | undefined): Promise<Pagefind | undefined> {
	if (paths === undefined) return undefined;
	const [first, ...others] = paths;
	// noWorker when created, not in options(): pagefind.js starts the instance, in its Web Worker
	// unless told otherwise, as it is created, and options() passes it on as an unknown option.
	const { noWorker, ...searchOptions } = PAGEFIND_OPTIONS;
	const instance = (await importPagefind(bundleUrl)).createInstance({ basePath: withBase(first!), noWorker });
	await instance.options(searchOptions);
	await Promise.all(others.map((index) => instance.mergeIndex(withBase(index), { baseUrl: siteBase })));
	await instance.init();
	return instance;
}

/**
 * A sharded site (scripts/merge-shards.ts) names its other shards' indexes in a meta tag of
 * the search page; merge each so one query searches them all. Unsharded sites have no tag.
 */
async function mergeShards(pagefind: Pagefind) {
	const indexes = parseShardIndexes(
		document.querySelector<HTMLMetaElement>(`meta[name="${SHARDS_META_NAME}"]`)?.content,
	);
	// baseUrl: Pagefind would otherwise prefix a shard's URLs with its folder (/_shards/{name}/); its pages are
	// published at the site's root, as the primary's are. All at once: each merge fetches its
	// index's entry and .pf_meta, and a site in parts (src/lib/search/index-parts.ts) has several.
	// Pagefind registers each index as the call is made, so their order is the tag's.
	await Promise.all(indexes.map((index) => pagefind.mergeIndex(withBase(index), { baseUrl: siteBase })));
}
