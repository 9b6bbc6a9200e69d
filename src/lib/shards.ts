/**
 * Sharded builds published as one site (docs/scaling.md): each shard is built on its own
 * machine into its own dist/, then scripts/merge-shards.ts lays them out as
 *
 *   /…                        pages of every shard (the primary's win where two shards share a URL)
 *   /pagefind/                the primary shard's search index
 *   /_shards/{name}/pagefind/ every other shard's index
 *
 * and `<meta name="filed-herewith-shards">` in /search/index.html listing the other indexes
 * (a meta tag, not a JSON file, so an unsharded site pays no extra request). The search page
 * (src/scripts/search/pagefind-client.ts) merges every listed index into the primary one with Pagefind's `mergeIndex`, so one query searches all shards. The layout
 * here and the reader there must change together.
 */

/** `<meta name>` the merge writes into /search/index.html, listing the other shards' indexes. */
export const SHARDS_META_NAME = 'filed-herewith-shards';

/** Shard names become URL segments: lower-case letters, digits and hyphens only. */
export function assertShardName(name: string): string {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
		throw new Error(`Shard name "${name}" cannot be a URL segment. Use lower-case letters, digits and hyphens, e.g. "registrants-a-m" or "2004".`);
	}
	return name;
}

/** Where a non-primary shard's Pagefind index is published (site-relative, for `mergeIndex`). */
export const shardIndexPath = (name: string) => `/_shards/${assertShardName(name)}/pagefind/`;

/** The `<meta>` tag naming the other shards' indexes, space-separated. */
export function shardsMetaTag(names: readonly string[]): string {
	const seen = new Set<string>();
	for (const name of names) {
		if (seen.has(name)) throw new Error(`Shard "${name}" is listed twice. Give every shard its own name.`);
		seen.add(name);
	}
	return `<meta name="${SHARDS_META_NAME}" content="${names.map(shardIndexPath).join(' ')}">`;
}

/** Index paths from the meta tag's content; anything else is dropped, so search still works on the primary alone. */
export const parseShardIndexes = (content: string | null | undefined): string[] =>
	(content ?? '').split(/\s+/).filter((url) => /^\/_shards\/[a-z0-9][a-z0-9-]*\/pagefind\/$/.test(url));

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
}

/**
 * Publish `shards` as one site in `outDir` (replaced): the first shard is the primary. Pages
 * that two shards both built (home, lists, party hubs) keep the first shard's copy; see
 * docs/scaling.md for when that is right and the hub build that makes it exact.
 */
export async function mergeShardBuilds(outDir: string, shards: readonly ShardBuild[]): Promise<MergeSummary> {
	// Imported here, not at the top: the search page's browser bundle imports this module for
	// the meta tag helpers, and node: modules have no place there.
	const { cp, readdir, readFile, rm, writeFile } = await import('node:fs/promises');
	const { existsSync } = await import('node:fs');
	const path = await import('node:path');
	const [primary, ...others] = shards;
	if (!primary) throw new Error('No shards to merge. Pass at least one built shard, e.g. --shard registrants-a-m=dist-a.');
	for (const shard of shards) {
		assertShardName(shard.name);
		if (!existsSync(path.join(shard.dist, 'pagefind', 'pagefind.js'))) {
			throw new Error(`Shard "${shard.name}" at ${shard.dist} has no pagefind/pagefind.js. Build it first (CONTENT_DIR=… npm run build -- --outDir ${shard.dist}).`);
		}
	}
	const searchPage = path.join(primary.dist, 'search', 'index.html');
	if (!existsSync(searchPage)) throw new Error(`The primary shard "${primary.name}" at ${primary.dist} has no search/index.html. Build the primary with the full site (src/pages/search.astro).`);
	await rm(outDir, { recursive: true, force: true });
	await cp(primary.dist, outDir, { recursive: true });
	const summary: MergeSummary = { copied: 0, shared: [] };
	for (const shard of others) {
		for (const entry of await readdir(shard.dist, { withFileTypes: true, recursive: true })) {
			if (!entry.isFile()) continue;
			const relative = path.relative(shard.dist, path.join(entry.parentPath, entry.name));
			if (relative.split(path.sep)[0] === 'pagefind') continue;
			const target = path.join(outDir, relative);
			if (existsSync(target)) {
				summary.shared.push(relative);
				continue;
			}
			await cp(path.join(shard.dist, relative), target);
			summary.copied++;
		}
		await cp(path.join(shard.dist, 'pagefind'), path.join(outDir, '_shards', shard.name, 'pagefind'), { recursive: true });
	}
	const outSearch = path.join(outDir, 'search', 'index.html');
	const html = await readFile(outSearch, 'utf8');
	await writeFile(outSearch, html.replace('</head>', `${shardsMetaTag(others.map((s) => s.name))}</head>`));
	return summary;
}
