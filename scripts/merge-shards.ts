/**
 * Publish separately built shards as one site with one search (docs/scaling.md):
 *
 *   node scripts/merge-shards.ts --out site --shard a-m=dist-a --shard n-z=dist-n
 *
 * The first --shard is the primary: its pages win where shards share a URL and its index is
 * /pagefind/; the others' indexes go to /_shards/{name}/pagefind/ and the search page merges
 * them (src/lib/search/shard-layout.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShardBuilds } from './lib/shard-merge.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, shard: { type: 'string', multiple: true } } });
const USAGE = 'Usage: node scripts/merge-shards.ts --out <folder> --shard <name>=<dist> [--shard <name>=<dist>…]';
if (!values.out || !values.shard?.length) {
	console.error(USAGE);
	process.exit(2);
}
const shards = values.shard.map((spec) => {
	const at = spec.indexOf('=');
	if (at < 1) throw new Error(`--shard "${spec}" is not name=folder. ${USAGE}`);
	return { name: spec.slice(0, at), dist: path.resolve(spec.slice(at + 1)) };
});
const summary = await mergeShardBuilds(path.resolve(values.out), shards);
console.log(`merge-shards: ${shards.length} shards into ${values.out}: ${summary.copied} files copied, ${summary.shared.length} shared files kept from the first shard that had them.`);
