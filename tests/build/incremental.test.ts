/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, keys from
 * src/lib/corpus/page-cache-keys.ts): adding a filing to a built corpus and rebuilding reuses the
 * untouched pages, re-renders the touched ones, and gives exactly the site a clean build gives.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '../../scripts/lib/build-site.ts';
import { readPage } from './site-dist.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', name);
let work: string;
let rebuild: BuildResult;

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
	const first = await buildSite({
		contentDir: content,
		outDir: path.join(work, 'dist'),
		cacheDir: path.join(work, 'cache'),
	});
	expect(first.code, first.output).toBe(0);
	// A new filing arrives: the Borealis 8-K, whose exhibit names the Acme indenture's trustee.
	await cp(fixture('shards-registrant-borealis'), content, { recursive: true });
	rebuild = await buildSite({
		contentDir: content,
		outDir: path.join(work, 'dist'),
		cacheDir: path.join(work, 'cache'),
	});
	expect(rebuild.code, rebuild.output).toBe(0);
	const clean = await buildSite({
		contentDir: content,
		outDir: path.join(work, 'dist-clean'),
		cacheDir: path.join(work, 'cache-clean'),
	});
	expect(clean.code, clean.output).toBe(0);
}, 240_000);

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

	it('gives byte for byte the site a clean build of the same content gives', async () => {
		const dist = path.join(work, 'dist');
		const clean = path.join(work, 'dist-clean');
		const files = await filesUnder(dist);
		expect(files).toEqual(await filesUnder(clean));
		const differing: string[] = [];
		for (const file of files) {
			if (!(await readFile(path.join(dist, file))).equals(await readFile(path.join(clean, file)))) differing.push(file);
		}
		expect(differing).toEqual([]);
	});
});

describe('rebuilding after an exhibit’s text is corrected', () => {
	it('re-renders the page whose body changed, though its front matter did not', async () => {
		const content = path.join(work, 'content');
		const exhibit = path.join(content, 'exhibits', 'acme-8-k-2020-01-02', 'ex-4-1.md');
		await writeFile(
			exhibit,
			(await readFile(exhibit, 'utf8')).replace(
				'The Company shall pay principal',
				'The Company shall promptly pay principal',
			),
		);
		const corrected = await buildSite({
			contentDir: content,
			outDir: path.join(work, 'dist'),
			cacheDir: path.join(work, 'cache'),
		});
		expect(corrected.code, corrected.output).toBe(0);
		expect(reused(corrected.output)).not.toContain('/filings/acme-8-k-2020-01-02/ex-4-1/index.html');
		expect(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', path.join(work, 'dist'))).toContain(
			'The Company shall promptly pay principal',
		);
	});
});
