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
 * (src/scripts/search/pagefind-client.ts) merges every listed index into the primary one with
 * Pagefind's `mergeIndex`, so one query searches all shards. The layout
 * here and the reader there must change together.
 */

/** `<meta name>` the merge writes into /search/index.html, listing the other shards' indexes. */
export const SHARDS_META_NAME = 'filed-herewith-shards';

/** Shard names become URL segments: lower-case letters, digits and hyphens only. */
export function assertShardName(name: string): string {
	if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
		throw new Error(
			`Shard name "${name}" cannot be a URL segment. Use lower-case letters, digits and hyphens, e.g. "registrants-a-m" or "2004".`,
		);
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

/**
 * `html` (the search page) naming `names`' indexes as well: added to the page's shards meta tag
 * when it has one (a site whose own index is split in parts, then merged with other shards),
 * else as a new tag before `</head>`.
 */
export function withShardIndexes(html: string, names: readonly string[]): string {
	const existing = new RegExp(`<meta name="${SHARDS_META_NAME}" content="([^"]*)">`);
	const listed = existing.exec(html)?.[1];
	if (listed === undefined) return html.replace('</head>', `${shardsMetaTag(names)}</head>`);
	const already = listed.split(' ').filter(Boolean);
	const tag = shardsMetaTag([...already.map(shardNameOf), ...names]);
	return html.replace(existing, () => tag);
}

const shardNameOf = (indexPath: string) => indexPath.replace(/^\/_shards\//, '').replace(/\/pagefind\/$/, '');

/**
 * The shard names `html` (a search page) lists in its shards meta tag, in order: a site built in
 * index parts (src/lib/search/index-parts.ts) lists its further parts there, which a merge of
 * that site as a shard must list too.
 */
export const listedShardNames = (html: string): string[] =>
	parseShardIndexes(new RegExp(`<meta name="${SHARDS_META_NAME}" content="([^"]*)">`).exec(html)?.[1]).map(shardNameOf);

/** Index paths from the meta tag's content; anything else is dropped, so search still works on the primary alone. */
export const parseShardIndexes = (content: string | null | undefined): string[] =>
	(content ?? '').split(/\s+/).filter((url) => /^\/_shards\/[a-z0-9][a-z0-9-]*\/pagefind\/$/.test(url));

/**
 * The part indexes a tag of the search page names (the head tier's, the page sets'), or
 * undefined: none, or anything but part indexes in it (then the search page does without them).
 */
export const parseNamedIndexes = (content: string | null | undefined): string[] | undefined => {
	const paths = parseShardIndexes(content);
	return paths.length > 0 && paths.join(' ') === content ? paths : undefined;
};
