/**
 * The build reads any content folder (CONTENT_DIR) and refuses a corpus whose references
 * dangle, naming the file and the id.
 */
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { elementIds, parseHtml } from '../support/html.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { readPage, urlExists } from './site-dist.ts';

const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'corpus-with-one-filing');
let work: string;

beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-content-'));
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('building another content folder', () => {
	it('builds the pages of that folder and indexes them for search', async () => {
		const outDir = path.join(work, 'dist-ok');
		const result = await buildSite({ contentDir: FIXTURE, outDir, cacheDir: path.join(work, 'cache-ok') });
		expect(result.code, result.output).toBe(0);
		expect(urlExists('/filings/acme-8-k-2020-01-02/ex-4-1/', outDir)).toBe(true);
		expect(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', outDir)).toContain(
			'The zephyrine covenant binds the Company {as filed}',
		);
		// Pinpoints: every body paragraph is numbered; the document's own numbering gets anchors.
		const ids = elementIds(parseHtml(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', outDir)));
		for (const id of ['p1', 'p2', 'p3', 'article-1', 'section-1-01']) expect(ids, id).toContain(id);
		const urls = await searchUrls(await loadPagefind(outDir), 'zephyrine');
		expect(urls).toEqual(['/filings/acme-8-k-2020-01-02/ex-4-1/']);
	});

	it('still builds a content folder whose exhibits an earlier ingest wrote as .mdx, with the same pinpoints', async () => {
		const content = path.join(work, 'content-mdx');
		await cp(FIXTURE, content, { recursive: true });
		const exhibits = path.join(content, 'exhibits', 'acme-8-k-2020-01-02');
		for (const name of await readdir(exhibits))
			if (name.endsWith('.md')) await rename(path.join(exhibits, name), path.join(exhibits, `${name}x`));
		const outDir = path.join(work, 'dist-mdx');
		const result = await buildSite({ contentDir: content, outDir, cacheDir: path.join(work, 'cache-mdx') });
		expect(result.code, result.output).toBe(0);
		expect(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', outDir)).toContain(
			'The zephyrine covenant binds the Company {as filed}',
		);
		const ids = elementIds(parseHtml(readPage('/filings/acme-8-k-2020-01-02/ex-4-1/', outDir)));
		for (const id of ['p1', 'p2', 'p3', 'article-1', 'section-1-01']) expect(ids, id).toContain(id);
	});

	it('fails with the file and the dangling party id when an exhibit names a missing party', async () => {
		const content = path.join(work, 'content-broken');
		await cp(FIXTURE, content, { recursive: true });
		const exhibit = path.join(content, 'exhibits', 'acme-8-k-2020-01-02', 'ex-4-1.md');
		await writeFile(
			exhibit,
			(await readFile(exhibit, 'utf8')).replace('party: example-trust-company', 'party: example-trust'),
		);
		const result = await buildSite({
			contentDir: content,
			outDir: path.join(work, 'dist-broken'),
			cacheDir: path.join(work, 'cache-broken'),
		});
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(
			/Exhibit 4\.1 in \S*ex-4-1\.md names party "example-trust", which has no entry in content\/parties\/\. Add the party or fix the id\./,
		);
	});
});
