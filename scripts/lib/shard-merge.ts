/**
 * Lays separately built shards out as one site (the layout and the meta tag are defined in
 * src/lib/search/shard-layout.ts, which the search page's browser bundle also imports; the file-system
 * work lives here so that bundle never sees node: modules). CLI: scripts/merge-shards.ts.
 *
 * The merged site has one search (the primary's page merging every shard's index), one catalog
 * (the primary's, see docs/scaling.md for the hub build that makes it whole), one sitemap index
 * over the pages of every shard (src/lib/urls/sitemap.ts), and `_headers` made again from the
 * merged files, so the other shards' Pagefind chunks are cached like the primary's.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDeployFiles } from '../../src/integrations/deploy-files.ts';
import { assertShardName, listedShardNames, withShardIndexes } from '../../src/lib/search/shard-layout.ts';
import { withoutPageSets } from '../../src/lib/search/page-sets.ts';
import { parseSiteBase } from '../../src/lib/urls/site-base.ts';
import { mergedSitemapFiles, sitemapUrlOf } from '../../src/lib/urls/sitemap.ts';

/** The sitemap files a build writes at its root (src/lib/urls/sitemap.ts), made again for the merged site. */
const SITEMAP_FILE = /^sitemap(?:-\d+)?\.xml$/;
/** Files of the merged site made from all shards rather than copied from one. */
const isMergedFile = (relative: string) => SITEMAP_FILE.test(relative) || relative === '_headers';

export interface ShardBuild {
	/** URL segment naming the shard (`registrants-a-m`, `2004`). */
	name: string;
	/** Its built site (`astro build` output, with pagefind/). */
	dist: string;
}

export interface MergeSummary {
	/** Files copied from the non-primary shards. */
	copied: number;
	/** Files a non-primary shard also had, where the primary's (or an earlier shard's) copy was kept. */
	shared: string[];
	/** Pages the merged sitemap lists. */
	sitemapPages: number;
}

/**
 * Publish `shards` as one site in `outDir` (replaced): the first shard is the primary. Pages
 * that two shards both built (home, lists, party hubs) keep the first shard's copy; see
 * docs/scaling.md for when that is right and the hub build that makes it exact.
 */
export async function mergeShardBuilds(outDir: string, shards: readonly ShardBuild[]): Promise<MergeSummary> {
	const [primary, ...others] = shards;
	if (!primary)
		throw new Error('No shards to merge. Pass at least one built shard, e.g. --shard registrants-a-m=dist-a.');
	for (const shard of shards) {
		assertShardName(shard.name);
		if (!existsSync(path.join(shard.dist, 'pagefind', 'pagefind.js'))) {
			throw new Error(
				`Shard "${shard.name}" at ${shard.dist} has no pagefind/pagefind.js. Build it first (CONTENT_DIR=… npm run build -- --outDir ${shard.dist}).`,
			);
		}
	}
	const searchPage = path.join(primary.dist, 'search', 'index.html');
	if (!existsSync(searchPage))
		throw new Error(
			`The primary shard "${primary.name}" at ${primary.dist} has no search/index.html. Build the primary with the full site (src/pages/search.astro).`,
		);
	await rm(outDir, { recursive: true, force: true });
	await cp(primary.dist, outDir, { recursive: true });
	const summary: MergeSummary = { copied: 0, shared: [], sitemapPages: 0 };
	for (const shard of others) {
		for (const entry of await readdir(shard.dist, { withFileTypes: true, recursive: true })) {
			if (!entry.isFile()) continue;
			const relative = path.relative(shard.dist, path.join(entry.parentPath, entry.name));
			if (relative.split(path.sep)[0] === 'pagefind' || isMergedFile(relative)) continue;
			const target = path.join(outDir, relative);
			if (existsSync(target)) {
				summary.shared.push(relative);
				continue;
			}
			await cp(path.join(shard.dist, relative), target);
			summary.copied++;
		}
		await cp(path.join(shard.dist, 'pagefind'), path.join(outDir, '_shards', shard.name, 'pagefind'), {
			recursive: true,
		});
	}
	const outSearch = path.join(outDir, 'search', 'index.html');
	const html = await readFile(outSearch, 'utf8');
	// A shard indexed in parts has its further parts under its own _shards/, copied above with
	// its pages, and listed on its own search page: list them too, or they would not be searched.
	const listed: string[] = [];
	for (const shard of others) {
		const own = await readFile(path.join(shard.dist, 'search', 'index.html'), 'utf8').catch(() => '');
		listed.push(shard.name, ...listedShardNames(own));
	}
	await writeFile(outSearch, withShardIndexes(withoutPageSets(html), listed));
	const { sitemapPages, base } = await mergeSitemaps(outDir, shards);
	summary.sitemapPages = sitemapPages;
	await writeDeployFiles(outDir, base);
	return summary;
}

/**
 * Replaces the primary's sitemap files in `outDir` with one sitemap index over every shard's
 * pages, at the sitemap URL the primary's robots.txt names; returns the pages listed and the
 * site's base, read from that URL (`https://me.github.io/my-filings/sitemap.xml` → `/my-filings/`).
 */
async function mergeSitemaps(outDir: string, shards: readonly ShardBuild[]) {
	const robots = await readFile(path.join(shards[0]!.dist, 'robots.txt'), 'utf8').catch(() => '');
	const indexUrl = sitemapUrlOf(robots);
	if (!indexUrl)
		throw new Error(
			`The primary shard "${shards[0]!.name}" at ${shards[0]!.dist} has no robots.txt naming its sitemap. Build it with the full site (npm run build).`,
		);
	const sitemaps: string[] = [];
	for (const shard of shards) {
		for (const name of (await readdir(shard.dist)).filter((n) => SITEMAP_FILE.test(n)).sort())
			sitemaps.push(await readFile(path.join(shard.dist, name), 'utf8'));
	}
	for (const name of (await readdir(outDir)).filter((n) => SITEMAP_FILE.test(n))) await rm(path.join(outDir, name));
	const files = mergedSitemapFiles(sitemaps, indexUrl);
	for (const [sitePath, xml] of files) await writeFile(path.join(outDir, sitePath), xml);
	const sitemapPages = [...files.values()].reduce(
		(n, xml) => n + (xml.includes('<urlset') ? xml.split('<url>').length - 1 : 0),
		0,
	);
	return { sitemapPages, base: parseSiteBase(new URL(indexUrl).pathname.replace(/sitemap\.xml$/, '')) };
}
