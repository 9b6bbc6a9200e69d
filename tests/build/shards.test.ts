/**
 * A corpus built in shards on separate machines publishes as one site with one search
 * (src/lib/search/shard-layout.ts, scripts/merge-shards.ts, docs/scaling.md): two shard corpora by
 * registrant are built apart, merged, and one query over the merged site finds both; then the
 * whole path from raw submissions, as the sharded CI workflow runs it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShardBuilds } from '../../scripts/lib/shard-merge.ts';
import { writeSyntheticSubmissions } from '../../scripts/lib/synthetic-submissions.ts';
import { headersFor, IMMUTABLE, parseHeadersFile } from '../../src/lib/deploy/headers-file.ts';
import { isRedirectPage } from '../../src/lib/urls/redirects.ts';
import { parseShardIndexes, SHARDS_META_NAME } from '../../src/lib/search/shard-layout.ts';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { htmlPages, readPage, urlExists } from './site-dist.ts';

/** Shard name → its content folder: one registrant each (acme reuses the one-filing corpus). */
const SHARDS = { acme: 'corpus-with-one-filing', borealis: 'shards-registrant-borealis' } as const;
/**
 * Borealis is indexed in parts, as a large shard is (src/lib/search/index-parts.ts): a hub part
 * and its filing's part, which only its own search page lists.
 */
const SHARD_ENV: Record<string, Record<string, string>> = { borealis: { PAGEFIND_PART_PAGES: '1' } };

/** The shard index paths the merge listed in the search page's meta tag. */
const listedShardIndexes = (html: string) =>
	parseShardIndexes(new RegExp(`<meta name="${SHARDS_META_NAME}" content="([^"]*)">`).exec(html)?.[1]);
let work: string;
let site: string;
const buildLogs: string[] = [];

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-shards-'));
	const builds = [];
	for (const [name, folder] of Object.entries(SHARDS)) {
		const dist = path.join(work, `dist-${name}`);
		const result = await buildSite({
			contentDir: path.join(repoRoot, 'tests', 'fixtures', folder),
			outDir: dist,
			cacheDir: path.join(work, `cache-${name}`),
			env: { SITE_URL: '', ...SHARD_ENV[name] },
		});
		if (result.code !== 0) throw new Error(`Building shard ${name} failed (exit ${result.code}):\n${result.output}`);
		buildLogs.push(result.output);
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

	it('names the second shard’s indexes on the search page, its own parts too, where the search script merges them', () => {
		expect(listedShardIndexes(readPage('/search/', site))).toEqual([
			'/_shards/borealis/pagefind/',
			'/_shards/filings-borealis-8-k-2021-05-06/pagefind/',
		]);
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

it('says once in a build without SITE_URL where canonical links point, and how to set yours', () => {
	for (const log of buildLogs) {
		expect(log.match(/SITE_URL is not set/g)).toHaveLength(1);
		expect(log).toMatch(
			/point to the demo origin https:\/\/filedherewith\.org\. Set yours when building, e\.g\. SITE_URL=https:/,
		);
	}
});

it('keeps the primary shard copy of a page both shards built', async () => {
	// Both shards built /parties/example-trust-company/: the merged page is the primary's (acme's).
	const page = await readFile(path.join(site, 'parties', 'example-trust-company', 'index.html'), 'utf8');
	expect(page).toContain('acme-8-k-2020-01-02');
	expect(page).not.toContain('borealis-8-k-2021-05-06');
});

/**
 * What the sharded CI workflow (.github/workflows/sharded-site.yml) runs, on one machine: raw
 * submissions split by registrant (scripts/split-shards.ts), each shard ingested and built on
 * its own, the builds merged (scripts/merge-shards.ts) into one site with one sitemap index.
 */
describe('split → ingest → build → merge, as the sharded workflow runs it', () => {
	let splitWork: string;
	let merged: string;
	const shardDists: string[] = [];
	const run = (script: string, args: string[], env: Record<string, string> = {}) =>
		execFileSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
			cwd: repoRoot,
			env: { ...process.env, ...env },
			encoding: 'utf8',
		});

	beforeAll(async () => {
		splitWork = await mkdtemp(path.join(os.tmpdir(), 'fh-split-'));
		const raw = path.join(splitWork, 'raw');
		// Three registrants, two of them in the first shard and one in the second (by CIK).
		await writeSyntheticSubmissions(raw, { exhibits: 14 });
		run('split-shards.ts', ['--shards', '2', '--out', path.join(splitWork, 'shards'), raw]);
		for (const shard of ['shard-1', 'shard-2']) {
			const content = path.join(splitWork, `content-${shard}`);
			run('ingest.ts', ['-q', path.join(splitWork, 'shards', shard)], { CONTENT_DIR: content });
			const dist = path.join(splitWork, `dist-${shard}`);
			const result = await buildSite({
				contentDir: content,
				outDir: dist,
				cacheDir: path.join(splitWork, `cache-${shard}`),
			});
			if (result.code !== 0) throw new Error(`Building ${shard} failed (exit ${result.code}):\n${result.output}`);
			shardDists.push(dist);
		}
		merged = path.join(splitWork, 'site');
		run('merge-shards.ts', [
			'--out',
			merged,
			'--shard',
			`shard-1=${shardDists[0]}`,
			'--shard',
			`shard-2=${shardDists[1]}`,
		]);
	});
	afterAll(async () => {
		await rm(splitWork, { recursive: true, force: true });
	});

	/** The pages a sitemap file lists, following a sitemap index to its parts. */
	const sitemapPages = (dist: string, file = 'sitemap.xml'): string[] => {
		const xml = readFileSync(path.join(dist, file), 'utf8');
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		return xml.includes('<sitemapindex') ? locs.flatMap((loc) => sitemapPages(dist, loc.slice(1))) : locs;
	};

	it('lists every page of both shards in one sitemap index', () => {
		expect(readFileSync(path.join(merged, 'sitemap.xml'), 'utf8')).toContain('<sitemapindex');
		const listed = new Set(sitemapPages(merged));
		for (const dist of shardDists) {
			// Every page a shard built, less the 404 page and redirect pages, which are no pages of their own.
			const pages = htmlPages(dist).filter((url) => url.endsWith('/') && !isRedirectPage(readPage(url, dist)));
			expect(pages.length).toBeGreaterThan(5);
			expect(pages.filter((url) => !listed.has(url))).toEqual([]);
		}
		expect([...listed].filter((url) => !urlExists(url, merged))).toEqual([]);
	});

	it('has the filings of both shards in the merged site', () => {
		const filings = (dist: string) => htmlPages(dist).filter((url) => /^\/filings\/[^/]+\/$/.test(url));
		const [first, second] = shardDists.map(filings);
		expect(first!.length).toBeGreaterThan(0);
		expect(second!.length).toBeGreaterThan(0);
		for (const url of [...first!, ...second!]) expect(urlExists(url, merged), url).toBe(true);
	});

	it('caches the second shard’s search chunks like the first’s in the merged _headers', () => {
		const rules = parseHeadersFile(readFileSync(path.join(merged, '_headers'), 'utf8'));
		const chunk = readdirSync(path.join(merged, '_shards', 'shard-2', 'pagefind', 'fragment'))[0]!;
		expect(headersFor(rules, `/_shards/shard-2/pagefind/fragment/${chunk}`)).toContainEqual([
			'Cache-Control',
			IMMUTABLE,
		]);
	});
});
