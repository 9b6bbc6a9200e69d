/**
 * The page-set indexes the search page counts with (src/lib/search/page-sets.ts says what they
 * are and why their counts are Pagefind's own).
 *
 * Each index part keeps, in its cache folder, one record per page made while its passages are
 * written (src/integrations/pagefind-passages.ts reads every fragment anyway): the page's URL,
 * meta fields, filters and its words with a letter, once each. The page-set indexes are Pagefind
 * indexes of those records, one per run of parts (`pageSetGroups`), cached like a part under a key
 * over the keys of the parts it covers: a rebuild writes again only the runs whose parts changed.
 * Their fragments are deleted (the search page never reads a page-set result's data), so what is
 * published is the index alone: `/_shards/page-sets-{first part}/pagefind/`.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pageSetGroups, pageSetWords } from '../lib/search/page-sets.ts';
import { shardIndexPath } from '../lib/search/shard-layout.ts';
import { cachedPartFile, restorePart, stagingFolder, storePart } from './pagefind-part-cache.ts';
import type { Fragment } from './pagefind-passages.ts';
import { check, createIndex } from './pagefind-service.ts';

/** Where a part's page-set records are kept, in its cached folder. */
export const PAGE_SET_RECORDS_FILE = 'page-set-records.json.gz';

/** One page of a part as the page-set index holds it. */
export interface PageSetRecord {
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	words: string[];
}

/** A page's page-set record, from its fragment as Pagefind wrote it (text included). */
export function pageSetRecord(fragment: Fragment): PageSetRecord {
	return {
		url: fragment.url,
		meta: (fragment.meta ?? {}) as Record<string, string>,
		filters: (fragment.filters ?? {}) as Record<string, string[]>,
		words: pageSetWords(fragment.content),
	};
}

/** Write a part's records into its staging folder, to be cached with it. */
export async function writePageSetRecords(staging: string, records: readonly PageSetRecord[]): Promise<void> {
	// Sorted by URL: the same pages give the same file, whatever order Pagefind wrote them in.
	const sorted = [...records].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	await writeFile(path.join(staging, PAGE_SET_RECORDS_FILE), gzipSync(JSON.stringify(sorted)));
}

async function readPageSetRecords(cacheDir: string, part: string): Promise<PageSetRecord[]> {
	const file = cachedPartFile(cacheDir, part, PAGE_SET_RECORDS_FILE);
	try {
		return JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as PageSetRecord[];
	} catch (cause) {
		throw new Error(
			`The page-set records of search index part ${part} (${file}) could not be read. Delete ${path.dirname(file)} and build again.`,
			{ cause },
		);
	}
}

/** An index part as the page-set indexes need it: its cache key (src/integrations/pagefind-part-cache.ts `partKey`) and its page count. */
export interface PageSetPart {
	name: string;
	key: string;
	pages: number;
}

/**
 * Install a page-set index for each run of `parts` (installed and cached already) into
 * `siteDir`, from the cache where its parts are unchanged. Returns each index's site path, the
 * files installed, the names of the cached folders used, and what each index written cost.
 */
export async function installPageSets(
	siteDir: string,
	cacheDir: string,
	parts: readonly PageSetPart[],
): Promise<{ paths: string[]; files: string[]; names: string[]; costs: string[] }> {
	const byName = new Map(parts.map((part) => [part.name, part]));
	const paths: string[] = [];
	const files: string[] = [];
	const costs: string[] = [];
	const groups = pageSetGroups(parts);
	for (const group of groups) {
		const key = createHash('sha256')
			.update(JSON.stringify(group.parts.map((name) => byName.get(name)!.key)))
			.digest('base64url');
		const output = path.join('_shards', group.name, 'pagefind');
		let installed = await restorePart(cacheDir, group.name, key, siteDir, output);
		if (!installed) {
			const started = performance.now();
			const staging = await stagingFolder(cacheDir, group.name);
			const pages = await indexRecords(cacheDir, group.parts, path.join(staging, 'pagefind'));
			await storePart(cacheDir, group.name, key, staging);
			installed = await restorePart(cacheDir, group.name, key, siteDir, output);
			if (!installed)
				throw new Error(
					`The page-set index ${group.name} was written to ${cacheDir} but could not be installed. Check that the folder is writable and the disk has room.`,
				);
			costs.push(`${group.name} ${pages} pages ${((performance.now() - started) / 1000).toFixed(1)} s`);
		}
		files.push(...installed);
		paths.push(shardIndexPath(group.name));
	}
	return { paths, files, names: groups.map((group) => group.name), costs };
}

/** Index the records of `partNames` into `outputPath` (a `pagefind/` folder), without fragments. Returns the page count. */
async function indexRecords(cacheDir: string, partNames: readonly string[], outputPath: string): Promise<number> {
	const index = await createIndex();
	let pages = 0;
	for (const part of partNames) {
		for (const record of await readPageSetRecords(cacheDir, part)) {
			check(
				`add the page-set record of ${record.url}`,
				await index.addCustomRecord({
					url: record.url,
					content: record.words.join(' '),
					language: 'en',
					meta: record.meta,
					filters: record.filters,
				}),
			);
			pages++;
		}
	}
	check('write a page-set index', await index.writeFiles({ outputPath }));
	await index.deleteIndex();
	await rm(path.join(outputPath, 'fragment'), { recursive: true, force: true });
	return pages;
}
