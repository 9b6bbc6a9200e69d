/**
 * Astro integration: after the build, index the written HTML with Pagefind's Node API.
 * The adapter turns Pagefind's `errors: []` responses into thrown errors and always closes
 * the Pagefind service (an open service keeps the build process alive).
 *
 * A large site is indexed in parts, one after another (src/lib/search/index-parts.ts: runs of
 * filings by date of at most PAGEFIND_PART_PAGES pages, the newest being the head tier), and a
 * part whose pages are unchanged since the previous build is installed from Astro's cache
 * folder instead of indexed again (src/integrations/pagefind-part-cache.ts). In each part the
 * text of long pages moves out of Pagefind's fragments into passages
 * (src/integrations/pagefind-passages.ts), so a result costs a few kB, not its whole exhibit.
 */
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	DEFAULT_MAX_PAGES_PER_INDEX,
	filingOf,
	type IndexPart,
	type IndexPartOptions,
	searchGroupOf,
	searchIndexParts,
} from '../lib/search/index-parts.ts';
import { shardIndexPath, withShardIndexes } from '../lib/search/shard-layout.ts';
import {
	type PageDigest,
	pageDigest,
	partCacheRoot,
	partKey,
	pruneParts,
	restorePart,
	stagingFolder,
	storePart,
} from './pagefind-part-cache.ts';
import { writePassages } from './pagefind-passages.ts';
import { check, closePagefind, createIndex, INDEX_OPTIONS } from './pagefind-service.ts';
import { installPageSets, type PageSetRecord, pageSetRecord, writePageSetRecords } from './pagefind-page-sets.ts';
import { pageSetsMetaTag } from '../lib/search/page-sets.ts';
import { headTierMetaTag, sortDateOf } from '../lib/search/head-tier.ts';
import { PASSAGES_FOLDER } from '../lib/search/passages.ts';
import { readThroughCache, sourceDigest } from './fingerprint-cache.ts';
import { deleteFiles, filesUnder } from './folder-files.ts';

/**
 * The top-level folders of dist/ the search index is written to: the hub part's index, the
 * filing parts' (src/lib/search/shard-layout.ts) and the passages. This step deletes what is
 * stale in them itself; src/integrations/stale-output.ts leaves them alone.
 */
export const SEARCH_INDEX_FOLDERS: readonly string[] = ['pagefind', '_shards', PASSAGES_FOLDER];

/** Every HTML file under `siteDir`, relative to it, with `/` separators (none is in the search index's folders). */
const htmlPages = async (siteDir: string) =>
	(await filesUnder(siteDir, SEARCH_INDEX_FOLDERS)).filter((file) => file.endsWith('.html'));

/** What the index parts need of a page: read once, or kept from the previous build. */
interface PageFacts {
	digest: PageDigest;
	bytes: number;
	/** For a page outside `filings/`: the filing its search group tag names. */
	group?: string;
	/** For a filing's own page: the filing's date. */
	date?: string;
}

async function pageFacts(siteDir: string, page: string): Promise<PageFacts> {
	const bytes = await readFile(path.join(siteDir, page));
	const facts: PageFacts = { digest: pageDigest(bytes), bytes: bytes.length };
	const filing = filingOf(page);
	if (filing !== undefined && page === `filings/${filing}/index.html`) facts.date = sortDateOf(bytes.toString('utf8'));
	if (!page.startsWith('filings/')) {
		const headEnd = bytes.indexOf('</head>');
		const group = searchGroupOf(bytes.subarray(0, headEnd < 0 ? bytes.length : headEnd).toString('utf8'));
		if (group !== undefined) facts.group = group;
	}
	return facts;
}

/**
 * Every page's digest (for the parts' cache keys), size (for the parts' memory), for a page
 * outside `filings/` the filing its search group tag names (for its part), and each filing's
 * date from its page (for the runs by date). A page unchanged since the previous build is not read
 * again (`cacheFile`, src/integrations/fingerprint-cache.ts; `indexer` says what read it).
 */
async function readPages(siteDir: string, pages: readonly string[], cacheFile: string, indexer: string) {
	const facts = await readThroughCache(siteDir, pages, (page) => pageFacts(siteDir, page), {
		cacheFile,
		code: indexer,
	});
	const digests = new Map<string, PageDigest>();
	const sizes = new Map<string, number>();
	const groups = new Map<string, string>();
	const dates = new Map<string, string>();
	for (const [page, { digest, bytes, group, date }] of facts) {
		digests.set(page, digest);
		sizes.set(page, bytes);
		if (group !== undefined) groups.set(page, group);
		if (date !== undefined) dates.set(filingOf(page)!, date);
	}
	return { digests, sizes, groups, dates };
}

/**
 * A folder beside `siteDir` holding `pages` (site-relative) at the same paths, as symbolic links
 * (hard links, or copies, where the file system allows none). Not hard links first: adding one
 * changes the page's change time, which its fingerprint holds (src/integrations/folder-files.ts),
 * so the next build would read every page indexed again (5.4 s of a 12.9 s Pagefind step on a
 * rebuild at 10,000 real-size exhibits, page cache warm).
 */
async function linkPages(siteDir: string, pages: readonly string[]): Promise<string> {
	const folder = await mkdtemp(`${siteDir.replace(/[\\/]+$/, '')}.pagefind-part-`);
	for (const page of pages) {
		const source = path.resolve(siteDir, page);
		const target = path.join(folder, page);
		await mkdir(path.dirname(target), { recursive: true });
		await symlink(source, target)
			.catch(() => link(source, target))
			.catch(() => copyFile(source, target));
	}
	return folder;
}

/** What indexes a part, for its cache key: Pagefind's version and options, and the source of the code that writes it. */
async function indexerIdentity(root: string): Promise<string> {
	const pagefindPackage = JSON.parse(
		await readFile(path.join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8').catch(() => '{}'),
	) as { version?: string };
	const here = path.dirname(fileURLToPath(import.meta.url));
	const lib = path.join(here, '..', 'lib', 'search');
	const code = await sourceDigest([
		...[
			'pagefind.ts',
			'pagefind-part-cache.ts',
			'pagefind-passages.ts',
			'pagefind-page-sets.ts',
			'pagefind-service.ts',
		].map((name) => path.join(here, name)),
		...(await readdir(lib)).filter((name) => name.endsWith('.ts')).map((name) => path.join(lib, name)),
	]);
	return JSON.stringify({ pagefind: pagefindPackage.version, options: INDEX_OPTIONS, code });
}

/** Index `part`'s pages of `siteDir` into `staging` (`pagefind/`, then its passages under `search-text/`). */
async function indexPart(siteDir: string, part: IndexPart, staging: string): Promise<number> {
	const index = await createIndex();
	// Pagefind reads a folder far faster than it takes pages one by one from Node, so a part is
	// a folder of links to its pages, laid out as in the site (URLs follow).
	const folder = await linkPages(siteDir, part.pages);
	let pages: number;
	try {
		pages = check(`index part ${part.name}`, await index.addDirectory({ path: folder })).page_count;
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
	check('write the index', await index.writeFiles({ outputPath: path.join(staging, 'pagefind') }));
	await index.deleteIndex();
	const records: PageSetRecord[] = [];
	await writePassages(staging, path.join(staging, 'pagefind'), (fragment) => records.push(pageSetRecord(fragment)));
	await writePageSetRecords(staging, records);
	return pages;
}

/**
 * Install `part` into `siteDir` at `output` (site-relative): from the cache when its key
 * matches a previous build's, else indexed, cached, then installed. Returns the files installed
 * and, when it was indexed, how many pages.
 */
async function installPart(
	siteDir: string,
	part: IndexPart,
	output: string,
	key: string,
	cacheDir: string,
): Promise<{ files: string[]; indexed?: number }> {
	const cached = await restorePart(cacheDir, part.name, key, siteDir, output);
	if (cached) return { files: cached };
	const staging = await stagingFolder(cacheDir, part.name);
	const indexed = await indexPart(siteDir, part, staging);
	await storePart(cacheDir, part.name, key, staging);
	const files = await restorePart(cacheDir, part.name, key, siteDir, output);
	if (!files) {
		throw new Error(
			`The search index part ${part.name} was written to ${partCacheRoot(cacheDir)} but could not be installed. Check that the folder is writable and the disk has room.`,
		);
	}
	return { files, indexed };
}

export interface SearchIndexOptions extends Omit<IndexPartOptions, 'maxPages'> {
	/** Astro's cache folder: the parts of earlier builds are kept under it (src/integrations/pagefind-part-cache.ts). */
	cacheDir: string;
	/** The project root, where Pagefind is installed. */
	root: string;
	maxPages?: number;
}

/**
 * Index every HTML page under `siteDir` and write `pagefind/` into it, plus one index per
 * further part, listed in search/index.html (src/lib/search/index-parts.ts), the newest filing
 * parts named there as the head tier (src/lib/search/head-tier.ts). A part whose pages are those
 * of a previous build is installed from the cache instead of indexed. Returns the page count of
 * the parts indexed, the parts, the parts reused, the head tier's pages (0 without one), and
 * what each part indexed took (`hubs-1 1103 pages 4.2 s`).
 */
export async function buildSearchIndex(
	siteDir: string,
	options: SearchIndexOptions,
): Promise<{ indexed: number; parts: number; reused: number; head: number; costs: string[] }> {
	try {
		const [pages, indexer] = await Promise.all([htmlPages(siteDir), indexerIdentity(options.root)]);
		const { digests, sizes, groups, dates } = await readPages(
			siteDir,
			pages,
			path.join(options.cacheDir, 'search-pages.json'),
			indexer,
		);
		const parts = searchIndexParts(pages, {
			maxPages: options.maxPages ?? DEFAULT_MAX_PAGES_PER_INDEX,
			partPages: options.partPages,
			pageBytes: sizes,
			groups,
			dates,
		});
		// What each part indexed cost, for the log: where a rebuild's time went.
		const costs: string[] = [];
		const install = async (part: IndexPart, output: string, key: string) => {
			const started = performance.now();
			const done = await installPart(siteDir, part, output, key, options.cacheDir);
			if (done.indexed !== undefined)
				costs.push(`${part.name} ${done.indexed} pages ${((performance.now() - started) / 1000).toFixed(1)} s`);
			return done;
		};
		let indexed = 0;
		let reused = 0;
		const installed = new Set<string>();
		const keys = new Map<string, string>();
		for (const [n, part] of parts.entries()) {
			const output = n === 0 ? 'pagefind' : path.join('_shards', part.name, 'pagefind');
			const key = partKey(part.pages, digests, output, indexer);
			keys.set(part.name, key);
			const done = await install(part, output, key);
			if (done.indexed === undefined) reused++;
			else indexed += done.indexed;
			for (const file of done.files) installed.add(file);
		}
		const head = parts.filter((part) => part.head);
		// Counts come from the page-set indexes only where a head tier gives the first results
		// (src/scripts/search/tiered-search.ts); a site of one index counts on it.
		const pageSets =
			head.length > 0
				? await installPageSets(
						siteDir,
						options.cacheDir,
						parts.map((part) => ({ name: part.name, key: keys.get(part.name)!, pages: part.pages.length })),
					)
				: { paths: [], files: [], names: [], costs: [] };
		for (const file of pageSets.files) installed.add(file);
		costs.push(...pageSets.costs);
		await pruneParts(options.cacheDir, [...parts.map((part) => part.name), ...pageSets.names]);
		// dist/ is kept between builds (src/integrations/stale-output.ts): what the previous build
		// installed and this one did not — a part split differently, or gone — goes.
		const previous = await Promise.all(
			SEARCH_INDEX_FOLDERS.map(async (folder) =>
				(await filesUnder(path.join(siteDir, folder))).map((file) => `${folder}/${file}`),
			),
		);
		await deleteFiles(
			siteDir,
			previous.flat().filter((file) => !installed.has(file)),
		);
		if (parts.length > 1) {
			const searchPage = path.join(siteDir, 'search', 'index.html');
			const listed = withShardIndexes(
				await readFile(searchPage, 'utf8'),
				parts.slice(1).map((part) => part.name),
			);
			const tiers =
				head.length > 0
					? headTierMetaTag(head.map((part) => shardIndexPath(part.name))) + pageSetsMetaTag(pageSets.paths)
					: '';
			await writeFile(searchPage, listed.replace('</head>', `${tiers}</head>`));
		}
		return {
			indexed,
			parts: parts.length,
			reused,
			head: head.reduce((sum, part) => sum + part.pages.length, 0),
			costs,
		};
	} finally {
		await closePagefind();
	}
}

/** A whole number from the environment, or undefined when unset. */
function numberFromEnv(name: string): number | undefined {
	const value = process.env[name];
	return value === undefined || value === '' ? undefined : Number(value);
}

export default function pagefindIntegration(): AstroIntegration {
	let cacheDir = '';
	let root = process.cwd();
	return {
		name: 'filed-herewith:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { indexed, parts, reused, head, costs } = await buildSearchIndex(fileURLToPath(dir), {
					cacheDir,
					root,
					maxPages: numberFromEnv('PAGEFIND_MAX_PAGES'),
					partPages: numberFromEnv('PAGEFIND_PART_PAGES'),
				});
				logger.info(
					`Pagefind indexed ${indexed} pages in ${parts - reused} of ${parts} index parts; ${reused} reused from ${partCacheRoot(cacheDir)}` +
						`${head > 0 ? `; head tier of ${head} pages` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)` +
						`${costs.length > 0 ? `: ${costs.join(', ')}` : ''}.`,
				);
			},
		},
	};
}
