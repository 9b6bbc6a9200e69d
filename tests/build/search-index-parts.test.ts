/**
 * A site indexed in parts (src/lib/search/index-parts.ts, src/integrations/pagefind.ts: here
 * PAGEFIND_PART_PAGES=2, so a hub part and one part for each of the two filings, oldest first);
 * the search page lists the further parts and one search over the merged parts finds every
 * page, once. The newer filing's part is the head tier (src/lib/search/head-tier.ts): its
 * searches find only that filing's pages, each one the whole index finds, and the whole index
 * finds what a site without parts finds.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD_TIER_META, parseHeadTier } from '../../src/lib/search/head-tier.ts';
import { PAGE_SETS_META, parsePageSets } from '../../src/lib/search/page-sets.ts';
import { normaliseWord } from '../../src/lib/search/words.ts';
import { parseShardIndexes, SHARDS_META_NAME } from '../../src/lib/search/shard-layout.ts';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { readPage } from './site-dist.ts';

let work: string;
let site: string;
let whole: string;
let log: string;

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-index-parts-'));
	const content = path.join(work, 'content');
	for (const fixture of ['corpus-with-one-filing', 'shards-registrant-borealis'])
		await cp(path.join(repoRoot, 'tests', 'fixtures', fixture), content, { recursive: true });
	site = path.join(work, 'dist');
	const result = await buildSite({
		contentDir: content,
		outDir: site,
		cacheDir: path.join(work, 'cache'),
		env: { PAGEFIND_PART_PAGES: '2' },
	});
	expect(result.code, result.output).toBe(0);
	log = result.output;
	whole = path.join(work, 'dist-whole');
	const single = await buildSite({ contentDir: content, outDir: whole, cacheDir: path.join(work, 'cache-whole') });
	expect(single.code, single.output).toBe(0);
}, 120_000);
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

const listedIndexes = () =>
	parseShardIndexes(
		new RegExp(`<meta name="${SHARDS_META_NAME}" content="([^"]*)">`).exec(readPage('/search/', site))?.[1],
	);

const pageSets = () =>
	parsePageSets(
		new RegExp(`<meta name="${PAGE_SETS_META}" content="([^"]*)">`).exec(readPage('/search/', site))?.[1],
	) ?? [];

describe('a site indexed in parts', () => {
	it('writes the further parts beside the site and lists them on the search page', () => {
		expect(log).toMatch(/Pagefind indexed \d+ pages in 3 of 3 index parts; 0 reused/);
		expect(listedIndexes()).toEqual([
			'/_shards/filings-acme-8-k-2020-01-02/pagefind/',
			'/_shards/filings-borealis-8-k-2021-05-06/pagefind/',
		]);
	});

	it('finds with one search what a single index of the same site finds, each page once', async () => {
		const pagefind = (await loadPagefind(site)) as Awaited<ReturnType<typeof loadPagefind>> & {
			mergeIndex(url: string, options: { baseUrl: string }): Promise<void>;
		};
		for (const index of listedIndexes())
			await pagefind.mergeIndex(pathToFileURL(path.join(site, index)).href + '/', { baseUrl: '/' });
		const single = await loadPagefind(whole);
		expect(await searchUrls(pagefind, 'zephyrine')).toEqual(['/filings/acme-8-k-2020-01-02/ex-4-1/']);
		expect(await searchUrls(pagefind, 'quillwort')).toEqual(['/filings/borealis-8-k-2021-05-06/ex-10-1/']);
		// Every page the single index finds, each once. Not always only those: a part without the
		// word at all answers with its nearest word, as any merged Pagefind index does ("notes"
		// → "No" on a page of a part that has no "notes"); docs/scaling.md.
		for (const term of ['trust', 'acme', 'borealis', 'notes']) {
			const found = await searchUrls(pagefind, term);
			expect(new Set(found).size, term).toBe(found.length);
			expect(found, term).toEqual(expect.arrayContaining(await searchUrls(single, term)));
		}
		expect((await searchUrls(pagefind, 'trust')).length).toBeGreaterThan(3);
	});
});

describe('every index folder of a site in parts', () => {
	// The search page downloads Pagefind's WebAssembly once, from whichever folder it opens first,
	// and answers the other folders' requests with it (src/scripts/search/shared-wasm.ts).
	it('holds the same WebAssembly files, byte for byte', async () => {
		const folders = ['/pagefind/', ...listedIndexes(), ...pageSets()];
		expect(folders.length).toBeGreaterThan(3);
		const wasmFiles = (await readdir(path.join(site, 'pagefind'))).filter((name) => /^wasm\..+\.pagefind$/.test(name));
		expect(wasmFiles).toContain('wasm.en.pagefind');
		for (const name of wasmFiles) {
			const first = await readFile(path.join(site, 'pagefind', name));
			for (const folder of folders)
				expect(first.equals(await readFile(path.join(site, folder, name))), folder).toBe(true);
		}
	});
});

describe('a site with a head tier', () => {
	const headTier = () =>
		parseHeadTier(
			new RegExp(`<meta name="${HEAD_TIER_META}" content="([^"]*)">`).exec(readPage('/search/', site))?.[1],
		);

	it('names the newest filing’s part on the search page, and no site without parts has one', () => {
		expect(log).toMatch(/head tier of \d+ pages/);
		expect(headTier()).toEqual(['/_shards/filings-borealis-8-k-2021-05-06/pagefind/']);
		expect(readPage('/search/', whole)).not.toContain(HEAD_TIER_META);
	});

	it('finds only pages of the newest filing, each of them one the whole index finds', async () => {
		const head = await loadPagefind(path.join(site, '_shards', 'filings-borealis-8-k-2021-05-06'));
		const single = await loadPagefind(whole);
		expect(await searchUrls(head, 'quillwort')).toEqual(['/filings/borealis-8-k-2021-05-06/ex-10-1/']);
		// Not 'notes': an index without the word answers with its nearest one (as a part does, above),
		// so the head tier can show a page the whole index does not find; the final list is the whole index's.
		for (const term of ['trust', 'borealis', 'quillwort', '"example trust company"']) {
			const found = await searchUrls(head, term);
			expect(
				found.every((url) => url.startsWith('/filings/borealis-8-k-2021-05-06/')),
				term,
			).toBe(true);
			expect(await searchUrls(single, term), term).toEqual(expect.arrayContaining(found));
		}
	});
});

describe('the page-set index of a site with a head tier', () => {
	it('is named on the search page, not among the parts the whole index merges, and has no fragments', () => {
		expect(pageSets()).toEqual(['/_shards/page-sets-hubs-1/pagefind/']);
		expect(listedIndexes()).not.toContain(pageSets()[0]);
		expect(existsSync(path.join(site, pageSets()[0]!, 'fragment'))).toBe(false);
		expect(readPage('/search/', whole)).not.toContain(PAGE_SETS_META);
	});

	it('finds for every word of the site the pages a single index finds, so its counts are the whole index’s', async () => {
		const [first, ...others] = pageSets();
		const sets = (await loadPagefind(path.join(site, first!, '..'))) as Awaited<ReturnType<typeof loadPagefind>> & {
			mergeIndex(url: string, options: { baseUrl: string }): Promise<void>;
		};
		for (const index of others)
			await sets.mergeIndex(pathToFileURL(path.join(site, index)).href + '/', { baseUrl: '/' });
		const single = await loadPagefind(whole);
		// Every word with a letter on every page the single index holds, meta fields included.
		const pages = await Promise.all((await single.search(null)).results.map((result) => result.data()));
		expect(pages.length).toBeGreaterThanOrEqual(10);
		const words = new Set<string>();
		for (const page of pages)
			for (const text of [page.content, ...Object.values(page.meta)])
				for (const word of text.split(/\s+/).map(normaliseWord)) if (/\p{L}/u.test(word)) words.add(word);
		expect(words.size).toBeGreaterThan(100);
		// Counts, not URLs: the page-set index keeps no fragments (only the search page's counts read it).
		const counts = async (pagefind: typeof single, term: string) => {
			const { results, filters } = (await pagefind.search(term)) as { results: unknown[]; filters?: unknown };
			return { pages: results.length, filters };
		};
		await Promise.all([single.filters(), sets.filters()]);
		const differ: string[] = [];
		for (const term of [...[...words].sort().map((word) => `"${word}"`), 'trust', 'subordinat', 'inden']) {
			const [expected, found] = await Promise.all([counts(single, term), counts(sets, term)]);
			if (JSON.stringify(expected) !== JSON.stringify(found))
				differ.push(`${term} ${JSON.stringify(expected)} ${JSON.stringify(found)}`);
		}
		expect(differ).toEqual([]);
	});
});
