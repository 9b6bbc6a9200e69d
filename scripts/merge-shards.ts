/**
 * Publish separately built shards as one site with one search (docs/scaling.md):
 *
 *   node scripts/merge-shards.ts --out site --shard a-m=dist-a --shard n-z=dist-n
 *
 * The first --shard is the primary: its pages win where shards share a URL and its index is
 * /pagefind/; the others' indexes go to /_shards/{name}/pagefind/ and the search page merges
 * them (src/lib/search/shard-layout.ts). The merged site has one sitemap index over every
 * shard's pages and its own `_headers` (scripts/lib/shard-merge.ts).
 */
import path from 'node:path';
import type { ParseArgsOptionsConfig } from 'node:util';
import { type CommandLine, HELP, parseCommandLine, readCommandLine, UsageError } from './lib/cli-args.ts';
import { mergeShardBuilds } from './lib/shard-merge.ts';

const mergeShardsCommandLine = {
	script: 'scripts/merge-shards.ts',
	usage: 'Usage: node scripts/merge-shards.ts --out <folder> --shard <name>=<dist> [--shard <name>=<dist>…]',
	help: `Merges separately built shards into one site with one search (docs/scaling.md).

  --out FOLDER        where the merged site is written (replaced)
  --shard NAME=DIST   a shard's name and its built folder; repeat for each, the primary first
  --help, -h          print this help`,
	examples: [
		'node scripts/merge-shards.ts --out site --shard a-m=dist-a --shard n-z=dist-n',
		'node scripts/merge-shards.ts --out site --shard shard-1=dist-1 --shard shard-2=dist-2 --shard shard-3=dist-3',
	],
	options: { out: { type: 'string' }, shard: { type: 'string', multiple: true } },
} as const satisfies CommandLine<ParseArgsOptionsConfig>;

/** The output folder and the shards, in the order given; without them, the usage alone. */
function parseMergeShardsOptions(argv: string[]) {
	const parsed = parseCommandLine(argv, mergeShardsCommandLine);
	if (parsed === HELP) return HELP;
	const { out, shard } = parsed.values;
	if (!out || !shard?.length) throw new UsageError('Give --out and at least one --shard.');
	const shards = shard.map((spec) => {
		const at = spec.indexOf('=');
		if (at < 1) throw new UsageError(`--shard "${spec}" is not name=folder. Example: --shard a-m=dist-a.`);
		return { name: spec.slice(0, at), dist: path.resolve(spec.slice(at + 1)) };
	});
	return { out, shards };
}

const { out, shards } = readCommandLine(mergeShardsCommandLine, () => parseMergeShardsOptions(process.argv.slice(2)));
const summary = await mergeShardBuilds(path.resolve(out), shards);
console.log(
	`merge-shards: ${shards.length} shards into ${out}: ${summary.copied} files copied, ` +
		`${summary.shared.length} shared files kept from the first shard that had them; ` +
		`one sitemap index of ${summary.sitemapPages} pages.`,
);
