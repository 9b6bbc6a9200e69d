/**
 * A corpus built in shards on separate machines publishes as one site with one search
 * (src/lib/search/shard-layout.ts, scripts/merge-shards.ts, docs/scaling.md): two shard corpora by
 * registrant are built apart, merged, and one query over the merged site finds both.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShardBuilds } from '../../scripts/lib/shard-merge.ts';
import { parseShardIndexes, SHARDS_META_NAME } from '../../src/lib/search/shard-layout.ts';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { readPage, urlExists } from './site-dist.ts';

/** Shard name → its content folder: one registrant each (acme reuses the one-filing corpus). */
const SHARDS = { acme: 'corpus-with-one-filing', borealis: 'shards-registrant-borealis' } as const;

/** The shard index paths the merge listed in the search page's meta tag. */
const listedShardIndexes = (html: string) =>
	parseShardIndexes(new RegExp(`<meta name="${SHARDS_META_NAME}" content="([^"]*)">`).exec(html)?.[1]);
let work: string;
let site: string;

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-shards-'));
	const builds = [];
	for (const [name, folder] of Object.entries(SHARDS)) {
		const dist = path.join(work, `dist-${name}`);
		const result = await buildSite({
			contentDir: path.join(repoRoot, 'tests', 'fixtures', folder),
			outDir: dist,
			cacheDir: path.join(work, `cache-${name}`),
		});
		if (result.code !== 0) throw new Error(`Building shard ${name} failed (exit ${result.code}):\n${result.output}`);
		builds.push({ name, dist });
	}
	site = path.join(work, 'site');
	await mergeShardBuilds(site, builds);
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('a site published from two shards', () => {
	it('serves the exhibit pages of both shards', () => {
		expect(urlExists('/filings/acme-8-k-2020-01-02/ex-4-1/', site)).toBe(true);
		expect(urlExists('/filings/borealis-8-k-2021-05-06/ex-10-1/', site)).toBe(true);
	});

	it('names the second shard index on the search page, where the search script merges it', () => {
		expect(listedShardIndexes(readPage('/search/', site))).toEqual(['/_shards/borealis/pagefind/']);
	});

	it('finds pages of both shards with one search once the shard index is merged', async () => {
		const pagefind = (await loadPagefind(site)) as Awaited<ReturnType<typeof loadPagefind>> & {
			mergeIndex(url: string, options: { baseUrl: string }): Promise<void>;
		};
		for (const index of listedShardIndexes(readPage('/search/', site))) {
			// As the search page does (pagefind-client.ts): a shard's pages live at the site root, not under its folder.
			await pagefind.mergeIndex(pathToFileURL(path.join(site, index)).href + '/', { baseUrl: '/' });
		}
		const urls = await searchUrls(pagefind, 'definitions');
		expect(urls).toContain('/filings/acme-8-k-2020-01-02/ex-4-1/');
		expect(urls).toContain('/filings/borealis-8-k-2021-05-06/ex-10-1/');
		expect(await searchUrls(pagefind, 'quillwort')).toEqual(['/filings/borealis-8-k-2021-05-06/ex-10-1/']);
	});

	it('refuses a shard that was never built, naming it and the command', async () => {
		await expect(
			mergeShardBuilds(path.join(work, 'nowhere'), [
				{ name: 'acme', dist: path.join(work, 'dist-acme') },
				{ name: 'missing', dist: path.join(work, 'no-such-dist') },
			]),
		).rejects.toThrow(/Shard "missing" at .*no-such-dist has no pagefind\/pagefind\.js\. Build it first/);
	});
});

it('keeps the primary shard copy of a page both shards built', async () => {
	// Both shards built /parties/example-trust-company/: the merged page is the primary's (acme's).
	const page = await readFile(path.join(site, 'parties', 'example-trust-company', 'index.html'), 'utf8');
	expect(page).toContain('acme-8-k-2020-01-02');
	expect(page).not.toContain('borealis-8-k-2021-05-06');
});
