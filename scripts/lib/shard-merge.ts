/**
 * Lays separately built shards out as one site (the layout and the meta tag are defined in
 * src/lib/search/shard-layout.ts, which the search page's browser bundle also imports; the file-system
 * work lives here so that bundle never sees node: modules). CLI: scripts/merge-shards.ts.
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertShardName, withShardIndexes } from '../../src/lib/search/shard-layout.ts';

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
		await cp(path.join(shard.dist, 'pagefind'), path.join(outDir, '_shards', shard.name, 'pagefind'), {
			recursive: true,
		});
	}
	const outSearch = path.join(outDir, 'search', 'index.html');
	const html = await readFile(outSearch, 'utf8');
	await writeFile(
		outSearch,
		withShardIndexes(
			html,
			others.map((s) => s.name),
		),
	);
	return summary;
}
