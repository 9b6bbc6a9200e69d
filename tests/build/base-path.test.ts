/**
 * A site served from a folder (`SITE_BASE=/my-filings/`, a GitHub Pages project site): every
 * link, asset, redirect, sitemap entry, JSON twin URL, citation permalink and the search bundle
 * carries the base and resolves to a file of the build (src/lib/urls/site-base.ts). Builds the
 * default content into its own folder under .cache/.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { attr, findAll, parseHtml } from '../support/html.ts';
import { htmlPages, readPage, urlExists } from './site-dist.ts';

const BASE = '/my-filings/';
const SITE = 'https://example.github.io';
const DIST = path.join(repoRoot, '.cache', 'test-dist-base');

/** The site path a URL under the base points at (query and fragment dropped); undefined when outside it. */
function sitePathOf(url: string): string | undefined {
	const pathname = new URL(url, `${SITE}${BASE}`).pathname;
	return pathname.startsWith(BASE) ? pathname.slice(BASE.length - 1) : undefined;
}

/** Every URL a page points at: links, stylesheets, scripts, images, forms, the search bundle. */
function pageUrls(html: string): string[] {
	const tree = parseHtml(html);
	const urls: (string | undefined)[] = [
		...findAll(tree, 'a').map((el) => attr(el, 'href')),
		...findAll(tree, 'link').map((el) => attr(el, 'href')),
		...findAll(tree, 'script').map((el) => attr(el, 'src')),
		...findAll(tree, 'img').map((el) => attr(el, 'src')),
		...findAll(tree, 'form').map((el) => attr(el, 'action')),
		...findAll(tree, 'div').map((el) => attr(el, 'dataPagefindBundle')),
	];
	return urls.filter((url): url is string => url !== undefined && !/^(#|data:|mailto:)/.test(url));
}

let buildOutput: string;
beforeAll(async () => {
	await rm(DIST, { recursive: true, force: true });
	const result = await buildSite({
		contentDir: path.join(repoRoot, 'content'),
		outDir: DIST,
		cacheDir: path.join(repoRoot, '.cache', 'astro-base'),
		env: { SITE_BASE: BASE, SITE_URL: `${SITE}${BASE}`, DEPLOY_TARGET: 'github-pages' },
	});
	if (result.code !== 0) throw new Error(`Building under ${BASE} failed (exit ${result.code}):\n${result.output}`);
	buildOutput = result.output;
});

describe(`a site built with SITE_BASE=${BASE}`, () => {
	it('links only under the base, and every link of every page resolves to a built file', () => {
		const pages = htmlPages(DIST);
		expect(pages.length).toBeGreaterThan(100);
		const outside: string[] = [];
		const broken: string[] = [];
		for (const page of pages) {
			for (const url of pageUrls(readPage(page, DIST))) {
				if (/^https?:/.test(url) && !url.startsWith(`${SITE}${BASE}`)) continue; // a filing's own external link
				const sitePath = sitePathOf(url);
				if (sitePath === undefined) outside.push(`${page} → ${url}`);
				else if (!urlExists(sitePath, DIST)) broken.push(`${page} → ${url}`);
			}
		}
		expect(outside).toEqual([]);
		expect(broken).toEqual([]);
	});

	it('writes canonical links and citation permalinks on the site URL under the base', () => {
		const tree = parseHtml(readPage('/filings/0001213900-25-058997/ex-5-1/', DIST));
		const canonical = findAll(tree, 'link', (el) => attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
		expect(canonical).toEqual([`${SITE}${BASE}filings/0001213900-25-058997/ex-5-1/`]);
		const citationUrl = findAll(tree, 'meta', (el) => attr(el, 'name') === 'citation_public_url');
		expect(citationUrl.map((el) => attr(el, 'content'))).toEqual(canonical);
	});

	it('lists sitemap entries, robots.txt and redirects under the base', () => {
		const locs = [...readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => m[1]!,
		);
		expect(locs.length).toBeGreaterThan(100);
		expect(locs.filter((loc) => !urlExists(sitePathOf(loc) ?? '/nowhere/', DIST) || !loc.startsWith(SITE))).toEqual([]);
		expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
		const redirects = readFileSync(path.join(DIST, '_redirects'), 'utf8').trim().split('\n');
		expect(redirects.length).toBeGreaterThan(0);
		for (const line of redirects) {
			const [from, to] = line.split(' ');
			expect(from).toMatch(/^\/my-filings\//);
			expect(urlExists(sitePathOf(to!) ?? '/nowhere/', DIST), line).toBe(true);
		}
		const redirectPage = readPage('/instruments/gcm-grosvenor-inc-units-agreement/', DIST);
		expect(redirectPage).toContain('url=/my-filings/filings/0001213900-25-058997/ex-4-7/');
	});

	it('gives JSON twins URLs under the base', () => {
		const catalog = JSON.parse(readFileSync(path.join(DIST, 'data', 'catalog.json'), 'utf8')) as {
			filings: { url: string; exhibits: { url: string }[] }[];
		};
		const urls = catalog.filings.flatMap((f) => [f.url, ...f.exhibits.map((e) => e.url)]);
		expect(urls.filter((url) => !url.startsWith(BASE) || !urlExists(sitePathOf(url)!, DIST))).toEqual([]);
	});

	it('loads the search bundle and Pagefind from under the base', () => {
		const search = readPage('/search/', DIST);
		expect(search).toContain(`data-pagefind-bundle="${BASE}pagefind/pagefind.js"`);
		expect(urlExists('/pagefind/pagefind.js', DIST)).toBe(true);
	});

	it('says nothing about the demo origin when SITE_URL is set, nor about a host whose limits it fits', () => {
		expect(buildOutput).not.toContain('SITE_URL is not set');
		expect(buildOutput).toMatch(/Wrote _headers \(\d+ rules\): \d+ files, [\d.]+ MB\./);
		expect(buildOutput).not.toContain('DEPLOY_TARGET=');
	});

	it('writes _headers under the base', () => {
		const patterns = readFileSync(path.join(DIST, '_headers'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('/'));
		expect(patterns[0]).toBe(`${BASE}*`);
		expect(patterns).toContain(`${BASE}_astro/*`);
		expect(patterns).toContain(`${BASE}pagefind/fragment/*`);
		expect(patterns.filter((pattern) => !pattern.startsWith(BASE))).toEqual([]);
	});
});

describe('SITE_URL, SITE_BASE and DEPLOY_TARGET mistakes', () => {
	it.each([
		[{ SITE_URL: 'http://example.org' }, /SITE_URL="http:\/\/example.org" uses http, not https/],
		[{ SITE_URL: 'example.org' }, /SITE_URL="example.org" is not an absolute URL/],
		[
			{ SITE_URL: 'https://example.org/other/', SITE_BASE: BASE },
			/has the path \/other\/, which is not SITE_BASE \(\/my-filings\/\)/,
		],
		[{ SITE_BASE: '/../up/' }, /SITE_BASE="\/..\/up\/" is not a base path/],
		[{ DEPLOY_TARGET: 'geocities' }, /DEPLOY_TARGET="geocities" is not a host this build knows/],
	])('stop the build with one line: %j', async (env, message) => {
		const result = await buildSite({
			contentDir: path.join(repoRoot, 'content'),
			outDir: path.join(repoRoot, '.cache', 'test-dist-bad-site'),
			cacheDir: path.join(repoRoot, '.cache', 'astro-bad-site'),
			env,
		});
		expect(result.code).toBe(1);
		expect(result.output).toMatch(message);
		expect(result.output).not.toMatch(/\n\s+at /);
	});
});
