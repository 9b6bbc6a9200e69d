/**
 * Browser tests' setup: merge the default content (content/) with the search fixture filing
 * (tests/e2e/fixtures/search-corpus: exhibits with paragraph text, which the seed lacks) and a
 * restated credit agreement (a comparison page, which the default content lacks), build
 * it into .cache/test-dist-e2e under a base path, as a GitHub Pages project site is
 * (SITE_BASE, src/lib/urls/site-base.ts), and serve it on 127.0.0.1 under that base with the
 * headers of its own `_headers` file — so every browser test runs under the site's
 * Content-Security-Policy, and with a search head tier. Tests read the site's address with `inject('siteUrl')`.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { E2E_BASE } from './site.ts';

const CONTENT = path.join(repoRoot, '.cache', 'e2e-content');
const DIST = path.join(repoRoot, '.cache', 'test-dist-e2e');

declare module 'vitest' {
	export interface ProvidedContext {
		/** `http://127.0.0.1:{port}`: requests elsewhere are refused. */
		siteOrigin: string;
	}
}

export default async function setup(project: TestProject) {
	await rm(CONTENT, { recursive: true, force: true });
	await mkdir(CONTENT, { recursive: true });
	for (const source of [
		path.join(repoRoot, 'content'),
		path.join(import.meta.dirname, 'fixtures', 'search-corpus'),
		// Two versions of a credit agreement with text: the comparison page (tests/build/amendment-chains.test.ts).
		path.join(repoRoot, 'tests', 'fixtures', 'corpus-with-a-credit-agreement-its-restatement-and-an-amendment'),
	]) {
		await cp(source, CONTENT, { recursive: true, filter: (file) => path.basename(file) !== 'README.md' });
	}
	await rm(DIST, { recursive: true, force: true });
	const result = await buildSite({
		contentDir: CONTENT,
		outDir: DIST,
		cacheDir: path.join(repoRoot, '.cache', 'astro-e2e'),
		// Index parts of at most 60 pages, the newest filings' the head tier (src/lib/search/head-tier.ts),
		// which the default site is too small to get: every search test then runs through the tiered
		// search, first results from the head and the final list from every part merged.
		env: { SITE_BASE: E2E_BASE, PAGEFIND_PART_PAGES: '60' },
	});
	if (result.code !== 0)
		throw new Error(`Building the browser-test site from ${CONTENT} failed (exit ${result.code}):\n${result.output}`);
	const server = await serveStatic(DIST, { base: E2E_BASE, headers: true });
	project.provide('siteOrigin', server.origin);
	return () => server.close();
}
