/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, keys from
 * src/lib/corpus/page-cache-keys.ts; search index parts cached by src/integrations/pagefind-part-cache.ts):
 * adding a filing to a built corpus and rebuilding reuses the untouched pages and index parts,
 * re-renders and re-indexes the touched ones, and gives exactly the site a clean build gives.
 * Every build here splits its index in parts (PAGEFIND_PART_PAGES=2: a hub part, and one part
 * for each filing), as a large site does; with two filings the newer one's part, Borealis's, is
 * the head tier (none before it is added or after it is withdrawn).
 * dist/ is kept between builds (src/integrations/stale-output.ts), so each comparison with a
 * clean build also shows that nothing stale is left in it.
 */
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../../scripts/lib/build-site.ts';
import { HEAD_TIER_META } from '../../src/lib/search/head-tier.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { readPage } from './site-dist.ts';
import { fingerprints } from '../../src/integrations/folder-files.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', name);
let work: string;
let rebuild: BuildResult;
const env = { PAGEFIND_PART_PAGES: '2' };
const build = (content: string, name: string) =>
	buildSite({ contentDir: content, outDir: path.join(work, name), cacheDir: path.join(work, `cache-${name}`), env });
/** The log line of the Pagefind step: parts indexed and reused. */
const indexing = (log: string) =>
	/Pagefind indexed \d+ pages in (\d+) of (\d+) index parts; (\d+) reused/.exec(log)?.slice(1);

/** The head tier's pages in that log line, or undefined without a tier. */
const headTier = (log: string) => /head tier of (\d+) pages/.exec(log)?.[1];

/** Astro's build log names each page it reuses: `├─ /filings/x/ex-99-1/index.html (restored)`. */
const reused = (log: string) => new Set([...log.matchAll(/(\S+\.html)\s*\((?:restored|cached)\)/g)].map((m) => m[1]!));

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
		.sort();
}

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-incremental-'));
	const content = path.join(work, 'content');
	await cp(fixture('corpus-with-one-filing'), content, { recursive: true });
	const first = await build(content, 'dist');
	expect(first.code, first.output).toBe(0);
	// A new filing arrives: the Borealis 8-K, whose exhibit names the Acme indenture's trustee.
	await cp(fixture('shards-registrant-borealis'), content, { recursive: true });
	rebuild = await build(content, 'dist');
	expect(rebuild.code, rebuild.output).toBe(0);
	const clean = await build(content, 'dist-clean');
	expect(clean.code, clean.output).toBe(0);
}, 240_000);

async function expectSameFiles(dist: string, clean: string) {
	const files = await filesUnder(dist);
	expect(files).toEqual(await filesUnder(clean));
	const differing: string[] = [];
	for (const file of files) {
		if (!(await readFile(path.join(dist, file))).equals(await readFile(path.join(clean, file)))) differing.push(file);
	}
	expect(differing).toEqual([]);
}

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('rebuilding after adding a filing', () => {
	it('reuses the pages the filing does not touch and re-renders those it does', () => {
		const pages = reused(rebuild.output);
		expect(pages).toContain('/filings/acme-8-k-2020-01-02/ex-99-1/index.html');
		expect(pages).toContain('/parties/jane-roe/index.html');
		expect(pages).not.toContain('/parties/example-trust-company/index.html');
		expect(pages).not.toContain('/filings/acme-8-k-2020-01-02/ex-4-1/index.html');
		expect(readPage('/parties/example-trust-company/', path.join(work, 'dist'))).toContain(
			'/filings/borealis-8-k-2021-05-06/ex-10-1/',
		);
	});

	it('indexes the parts whose indexed text changed: the hubs and the new filing, not the filing only its related exhibits changed on', () => {
		// Acme's Exhibit 4.1 was re-rendered (above) for its "Related exhibits", which the index leaves
		// out (src/lib/search/indexed-html.ts): Acme's part is reused, and the site is still a clean build's (below).
		expect(indexing(rebuild.output)).toEqual(['2', '3', '1']);
		// The newest filing's part is a head tier, where the first build had none.
		expect(headTier(rebuild.output)).toBe('2');
	});

	it('gives byte for byte the site a clean build of the same content gives, search index included', async () => {
		await expectSameFiles(path.join(work, 'dist'), path.join(work, 'dist-clean'));
	});

	it('leaves the pages it indexed as it found them, so the next build reads none of them again', async () => {
		// The Pagefind step keeps each page's fingerprint (src/integrations/fingerprint-cache.ts);
		// indexing a part through hard links changed the change time of every page it indexed.
		const cache = JSON.parse(await readFile(path.join(work, 'cache-dist', 'search-pages.json'), 'utf8')) as {
			files: Record<string, { fingerprint: string }>;
		};
		const pages = Object.keys(cache.files);
		expect(pages).toContain('filings/borealis-8-k-2021-05-06/ex-10-1/index.html');
		const now = await fingerprints(path.join(work, 'dist'), pages);
		// But the search page, which this step writes after reading it: it lists the index parts.
		expect(pages.filter((page) => now.get(page) !== cache.files[page]!.fingerprint)).toEqual(['search/index.html']);
	});
});

describe('rebuilding after an exhibit’s text is corrected', () => {
	let corrected: BuildResult;
	beforeAll(async () => {
		const content = path.join(work, 'content');
		const exhibit = path.join(content, 'exhibits', 'acme-8-k-2020-01-02', 'ex-4-1.md');
		await writeFile(
			exhibit,
			(await readFile(exhibit, 'utf8')).replace(
				'The Company shall pay principal',
				'The Company shall promptly pay principal',
			),
		);
		corrected = await build(content, 'dist');
		expect(corrected.code, corrected.output).toBe(0);
	}, 120_000);

	it('re-renders the page whose body changed, though its front matter did not', () => {
		expect(reused(corrected.output)).not.toContain('/filings/acme-8-k-2020-01-02/ex-4-1/index.html');
		expect(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', path.join(work, 'dist'))).toContain(
			'The Company shall promptly pay principal',
		);
	});

	it('re-indexes only that filing’s part, and the search finds the new text', async () => {
		expect(indexing(corrected.output)).toEqual(['1', '3', '2']);
		expect(headTier(corrected.output)).toBe('2');
		const pagefind = await loadPagefind(path.join(work, 'dist'));
		const parts = /<meta name="filed-herewith-shards" content="([^"]*)">/.exec(
			readPage('/search/', path.join(work, 'dist')),
		)![1]!;
		for (const index of parts.split(' '))
			await (pagefind as unknown as { mergeIndex(url: string, o: object): Promise<void> }).mergeIndex(
				pathToFileURL(path.join(work, 'dist', index)).href + '/',
				{ baseUrl: '/' },
			);
		expect(await searchUrls(pagefind, '"promptly pay"')).toEqual(['/filings/acme-8-k-2020-01-02/ex-4-1/']);
	});

	it('gives the site a clean build of the corrected content gives, with the parts it reused', async () => {
		const clean = await build(path.join(work, 'content'), 'dist-clean-corrected');
		expect(clean.code, clean.output).toBe(0);
		await expectSameFiles(path.join(work, 'dist'), path.join(work, 'dist-clean-corrected'));
	}, 120_000);

	it('indexes a cached part again when one of its files was changed, instead of serving it', async () => {
		const cached = path.join(work, 'cache-dist', 'search-index', 'hubs-1', 'pagefind');
		const meta = (await readdir(cached)).find((name) => name.endsWith('.pf_meta'))!;
		await appendFile(path.join(cached, meta), 'stale');
		const again = await build(path.join(work, 'content'), 'dist');
		expect(again.code, again.output).toBe(0);
		expect(indexing(again.output)).toEqual(['1', '3', '2']);
		await expectSameFiles(path.join(work, 'dist'), path.join(work, 'dist-clean-corrected'));
	}, 120_000);
});

describe('rebuilding after a filing is withdrawn', () => {
	let withdrawn: BuildResult;
	beforeAll(async () => {
		const content = path.join(work, 'content');
		for (const file of [
			'filings/borealis-8-k-2021-05-06.yaml',
			'exhibits/borealis-8-k-2021-05-06',
			'sources/borealis-8-k-2021-05-06.txt',
			'parties/borealis-mining-inc.yaml',
		])
			await rm(path.join(content, file), { recursive: true });
		// A site deployed as a git repository: dist/.git is not the build's to delete.
		await mkdir(path.join(work, 'dist', '.git'), { recursive: true });
		await writeFile(path.join(work, 'dist', '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
		withdrawn = await build(content, 'dist');
		expect(withdrawn.code, withdrawn.output).toBe(0);
	}, 120_000);

	it('deletes the pages and index part of the filing from the kept dist/, and the head tier with it', async () => {
		expect(withdrawn.output).toMatch(
			/Deleted \d+ file\(s\) of the previous build that this one did not write: .*borealis/,
		);
		const files = await filesUnder(path.join(work, 'dist'));
		expect(files.filter((file) => file.includes('borealis'))).toEqual([]);
		// One filing part is left: no head tier, and the search page names none.
		expect(headTier(withdrawn.output)).toBeUndefined();
		expect(readPage('/search/', path.join(work, 'dist'))).not.toContain(HEAD_TIER_META);
		expect(files).toContain(path.join('.git', 'HEAD'));
		await rm(path.join(work, 'dist', '.git'), { recursive: true }); // not in a clean build, compared next
	});

	it('gives the site a clean build of the remaining content gives', async () => {
		const clean = await build(path.join(work, 'content'), 'dist-clean-withdrawn');
		expect(clean.code, clean.output).toBe(0);
		await expectSameFiles(path.join(work, 'dist'), path.join(work, 'dist-clean-withdrawn'));
	}, 120_000);
});
