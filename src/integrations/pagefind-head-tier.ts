/**
 * The head tier's index (src/lib/search/head-tier.ts): the newest filings' pages, up to a page
 * budget, indexed once more after the parts into /_tiers/head/pagefind/, and named in the search
 * page's head tier meta tag. Not cached: it is bounded by its budget (a few seconds of Pagefind,
 * docs/search-scaling.md), and the newest filings are what a rebuild adds. Its passages are the
 * parts' own: a page's id is the hash of its fragment, the same in both indexes, so only a
 * passage the parts did not write is copied.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headTierMetaTag, headTierPages, HEAD_TIER_PATH, type RankedFiling } from '../lib/search/head-tier.ts';
import { filingOf, type IndexPart } from '../lib/search/index-parts.ts';
import { PASSAGES_FOLDER } from '../lib/search/passages.ts';

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

/**
 * Write the head tier of `siteDir` (none for a site too small to want one), indexing with
 * `indexPart` (src/integrations/pagefind.ts). `groups` and `dates` are what that step read of
 * the pages: the filing a page outside `filings/` joins, and each filing's date (`sortDateOf`
 * its page). `budget` and `siteFactor` are `headTierPages`'. Returns the tier's pages, or 0
 * when the site has no tier.
 */
export async function writeHeadTier(
	siteDir: string,
	pages: readonly string[],
	{ groups, dates }: { groups: ReadonlyMap<string, string>; dates: ReadonlyMap<string, string> },
	{ budget, siteFactor }: { budget: number; siteFactor?: number },
	indexPart: (siteDir: string, part: IndexPart, staging: string) => Promise<number>,
): Promise<number> {
	const head = headTierPages(rankedFilings(pages, groups, dates), budget, { siteFactor });
	if (head.length === 0) return 0;
	const staging = await mkdtemp(`${siteDir.replace(/[\\/]+$/, '')}.head-tier-`);
	try {
		const indexed = await indexPart(siteDir, { name: 'head', pages: head }, staging);
		await cp(path.join(staging, 'pagefind'), path.join(siteDir, HEAD_TIER_PATH), { recursive: true });
		await cp(path.join(staging, PASSAGES_FOLDER), path.join(siteDir, PASSAGES_FOLDER), {
			recursive: true,
			force: false,
		}).catch((error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOENT') throw error;
		});
		const searchPage = path.join(siteDir, 'search', 'index.html');
		const html = await readFile(searchPage, 'utf8');
		await writeFile(searchPage, html.replace('</head>', `${headTierMetaTag()}</head>`));
		return indexed;
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}
