/**
 * The head tier's index (src/lib/search/head-tier.ts): the newest filings' pages, up to a page
 * budget, indexed once more after the parts into /_tiers/head/pagefind/, and named in the search
 * page's head tier meta tag. It is cached as the parts are (under the part name `head`): a
 * rebuild whose newest filings are unchanged (a correction, an older filing added) reuses it,
 * and a new newest filing indexes it again (2,000 pages at most). Its passages are the parts'
 * own bytes: a page's id is the hash of its fragment, the same in both indexes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headTierMetaTag, headTierPages, HEAD_TIER_PATH, type RankedFiling } from '../lib/search/head-tier.ts';
import { filingOf, type IndexPart } from '../lib/search/index-parts.ts';

/** Every filing's pages (`filings/{id}/…` and the pages grouped with it, as its index part has them) and its date. */
function rankedFilings(
	pages: readonly string[],
	groups: ReadonlyMap<string, string>,
	dates: ReadonlyMap<string, string>,
): RankedFiling[] {
	const byFiling = new Map<string, string[]>();
	for (const page of pages) {
		const filing = filingOf(page) ?? groups.get(page);
		if (filing === undefined) continue;
		const list = byFiling.get(filing) ?? [];
		list.push(page);
		byFiling.set(filing, list);
	}
	return [...byFiling].map(([id, filingPages]) => ({ id, date: dates.get(id) ?? '', pages: filingPages }));
}

/** The head tier's name among the cached index parts (src/integrations/pagefind-part-cache.ts). */
export const HEAD_TIER_PART = 'head';

/**
 * Install the head tier of `siteDir` (none for a site too small to want one) with `install`
 * (src/integrations/pagefind.ts: from the cache when its pages are unchanged, else indexed).
 * `groups` and `dates` are what that step read of the pages: the filing a page outside
 * `filings/` joins, and each filing's date (`sortDateOf` its page). `budget` and `siteFactor`
 * are `headTierPages`'. Returns the tier's pages (0 when the site has no tier), the files
 * installed, and whether they came from the cache. `nameHeadTier` tells the search page.
 */
export async function writeHeadTier(
	siteDir: string,
	pages: readonly string[],
	{ groups, dates }: { groups: ReadonlyMap<string, string>; dates: ReadonlyMap<string, string> },
	{ budget, siteFactor }: { budget: number; siteFactor?: number },
	install: (part: IndexPart, output: string) => Promise<{ files: string[]; indexed?: number }>,
): Promise<{ pages: number; files: string[]; reused: boolean }> {
	const head = headTierPages(rankedFilings(pages, groups, dates), budget, { siteFactor });
	if (head.length === 0) return { pages: 0, files: [], reused: false };
	const { files, indexed } = await install(
		{ name: HEAD_TIER_PART, pages: head },
		HEAD_TIER_PATH.replace(/^\/|\/$/g, ''),
	);
	return { pages: head.length, files, reused: indexed === undefined };
}

/** Name the head tier in the search page of `siteDir`. */
export async function nameHeadTier(siteDir: string): Promise<void> {
	const searchPage = path.join(siteDir, 'search', 'index.html');
	const html = await readFile(searchPage, 'utf8');
	await writeFile(searchPage, html.replace('</head>', `${headTierMetaTag()}</head>`));
}
