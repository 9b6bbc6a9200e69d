import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	checkUrls,
	emitRedirects,
	formatUrlList,
	listSiteUrls,
	parseRedirects,
	parseUrlList,
	redirectPage,
	robotsTxt,
	sitemapFiles,
} from '../../src/lib/urls/url-contract.ts';

const run = promisify(execFile);
const repoRoot = path.join(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'tests/fixtures/url-contract-built-site-lists-pages-twins-and-text-files-but-not-assets');
const seedFiling = '/filings/lexington-precision-corporation-8-k-2003-12-18/';

let tmp: string;
let site: string;
beforeEach(async () => {
	tmp = await mkdtemp(path.join(os.tmpdir(), 'url-contract-'));
	site = path.join(tmp, 'site');
	await cp(path.join(fixture, 'site'), site, { recursive: true });
});
afterEach(async () => {
	await rm(tmp, { recursive: true, force: true });
});

describe('listSiteUrls', () => {
	it('lists folder URLs for index.html and paths for .json/.txt/.xml, skipping /_astro/, /pagefind/ and other files', async () => {
		const expected = parseUrlList(await readFile(path.join(fixture, 'expected-urls.txt'), 'utf8'));
		expect(await listSiteUrls(site)).toEqual(expected);
	});

	it('says what to do when the folder is not a build', async () => {
		await expect(listSiteUrls(path.join(tmp, 'nowhere'))).rejects.toThrow(/is not a built site folder\. Run the build first/);
	});
});

describe('url lists', () => {
	it('writes a sorted, de-duplicated list that reads back to the same URLs', () => {
		const text = formatUrlList(['/b/', '/a.json', '/a/', '/b/']);
		expect(text.split('\n').slice(1)).toEqual(['/a.json', '/a/', '/b/', '']);
		expect(parseUrlList(text)).toEqual(['/a.json', '/a/', '/b/']);
	});
});

describe('checkUrls', () => {
	it('reports a listed URL the build lacks as missing unless a redirect covers it', () => {
		const result = checkUrls(['/a/', '/b/', '/c/'], ['/a/', '/new-b/'], [{ from: '/b/', to: '/new-b/' }]);
		expect(result.missing).toEqual(['/c/']);
		expect(result.redirected).toEqual(['/b/']);
		expect(result.added).toEqual(['/new-b/']);
		expect(result.brokenRedirects).toEqual([]);
	});

	it('reports a redirect to a page the build does not publish, but not one to another site', () => {
		const redirects = [
			{ from: '/b/', to: '/gone/' },
			{ from: '/c/', to: 'https://www.sec.gov/' },
		];
		expect(checkUrls(['/a/'], ['/a/'], redirects).brokenRedirects).toEqual([{ from: '/b/', to: '/gone/' }]);
	});
});

describe('parseRedirects', () => {
	it('reads a list of from/to pairs; an empty file means no redirects', () => {
		expect(parseRedirects('- from: /filings/old/\n  to: /filings/new/\n')).toEqual([{ from: '/filings/old/', to: '/filings/new/' }]);
		expect(parseRedirects('')).toEqual([]);
		expect(parseRedirects('# none yet\n')).toEqual([]);
	});

	it.each([
		['from: /a/\nto: /b/\n', 'redirects.yaml:1: expected a list of redirects'],
		['- /a/\n', 'redirects.yaml:1: each redirect must be a mapping'],
		['- from: /a/\n  to: /b/\n- from: a/\n  to: /b/\n', 'redirects.yaml:3: `from` must be a site path like "/filings/old-id/"'],
		['- from: /a/../../etc/\n  to: /b/\n', 'redirects.yaml:1: `from` must be a site path'],
		['- from: /a/\n  to: ftp://x/\n', 'redirects.yaml:1: `to` must be a site path like "/filings/new-id/" or an absolute http(s) URL; got "ftp://x/"'],
		['- from: /a/\n', 'redirects.yaml:1: `to` must be a site path'],
		['- from: /a/\n  to: /b/\n  status: 302\n', 'redirects.yaml:1: unknown key(s) "status"'],
		['- from: /a/\n  to: /a/\n', 'redirects.yaml:1: redirect from "/a/" to itself'],
		['- from: /a/\n  to: /b/\n- from: /a/\n  to: /c/\n', 'redirects.yaml:3: "/a/" is already redirected at line 1'],
		['- from: [/a/\n', 'redirects.yaml:'],
	])('rejects %j with an error that names the line', (yaml, message) => {
		expect(() => parseRedirects(yaml)).toThrow(message);
	});
});

describe('emitRedirects', () => {
	it('writes a scriptless redirect page for each folder URL and a _redirects line for every redirect', async () => {
		const redirects = [
			{ from: '/filings/old-slug/', to: seedFiling },
			{ from: '/filings/old-slug.json', to: '/filings/lexington-precision-corporation-8-k-2003-12-18.json' },
		];
		const { pages } = await emitRedirects(site, redirects, 'https://filedherewith.example');
		expect(pages).toEqual([path.join(site, 'filings/old-slug/index.html')]);

		const page = await readFile(path.join(site, 'filings/old-slug/index.html'), 'utf8');
		expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${seedFiling}">`);
		expect(page).toContain(`<link rel="canonical" href="https://filedherewith.example${seedFiling}">`);
		expect(page).toContain(`<a href="${seedFiling}">${seedFiling}</a>`);
		expect(page).not.toContain('<script');

		expect(await readFile(path.join(site, '_redirects'), 'utf8')).toBe(
			`/filings/old-slug.json /filings/lexington-precision-corporation-8-k-2003-12-18.json 301\n/filings/old-slug/ ${seedFiling} 301\n`,
		);
		expect(await listSiteUrls(site)).toContain('/filings/old-slug/');
	});

	it('is idempotent and keeps lines of a _redirects copied from public/', async () => {
		await writeFile(path.join(site, '_redirects'), '/feed /data/catalog.json 302\n');
		const redirects = [{ from: '/old/', to: '/search/' }];
		await emitRedirects(site, redirects);
		await emitRedirects(site, redirects);
		expect(await readFile(path.join(site, '_redirects'), 'utf8')).toBe('/feed /data/catalog.json 302\n/old/ /search/ 301\n');
	});

	it('refuses to overwrite a page the site still publishes', async () => {
		await expect(emitRedirects(site, [{ from: '/search/', to: '/' }])).rejects.toThrow(
			/redirects "\/search\/" to "\/", but the site still publishes \/search\/ .*Remove the redirect, or rename the page first\./,
		);
	});

	it('escapes the target so a redirect cannot inject markup', () => {
		expect(redirectPage('https://example.org/?a="><script>')).not.toContain('"><script>');
	});
});

describe('sitemapFiles and robotsTxt', () => {
	it('lists only pages, sorted, with absolute URLs and no dates, so the same site gives the same bytes', () => {
		expect(sitemapFiles(['/search/', '/data/catalog.json', '/', '/search/'], 'https://filedherewith.example/')).toEqual(
			new Map([
				[
					'/sitemap.xml',
					[
						'<?xml version="1.0" encoding="UTF-8"?>',
						'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
						'<url><loc>https://filedherewith.example/</loc></url>',
						'<url><loc>https://filedherewith.example/search/</loc></url>',
						'</urlset>',
						'',
					].join('\n'),
				],
			]),
		);
	});

	it('splits a site of more pages than one sitemap may list into numbered sitemaps under a sitemap index', () => {
		const pages = ['/e/', '/a/', '/d/', '/c/', '/b/', '/data/catalog.json'];
		const files = sitemapFiles(pages, 'https://filedherewith.example', 2);
		expect([...files.keys()]).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml']);
		expect(files.get('/sitemap.xml')).toBe(
			[
				'<?xml version="1.0" encoding="UTF-8"?>',
				'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
				'<sitemap><loc>https://filedherewith.example/sitemap-1.xml</loc></sitemap>',
				'<sitemap><loc>https://filedherewith.example/sitemap-2.xml</loc></sitemap>',
				'<sitemap><loc>https://filedherewith.example/sitemap-3.xml</loc></sitemap>',
				'</sitemapindex>',
				'',
			].join('\n'),
		);
		const listed = (xml: string | undefined) => [...(xml ?? '').matchAll(/<url><loc>https:\/\/filedherewith\.example(\/[^<]*)<\/loc><\/url>/g)].map((m) => m[1]);
		expect(['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'].map((file) => listed(files.get(file)))).toEqual([['/a/', '/b/'], ['/c/', '/d/'], ['/e/']]);
	});

	it('keeps one sitemap at exactly the limit', () => {
		expect([...sitemapFiles(['/a/', '/b/'], 'https://filedherewith.example', 2).keys()]).toEqual(['/sitemap.xml']);
	});

	it('points robots.txt at the sitemap', () => {
		expect(robotsTxt('https://filedherewith.example')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://filedherewith.example/sitemap.xml\n');
	});

	it('refuses a site origin that is not an absolute URL, saying where to set it', () => {
		expect(() => robotsTxt('filedherewith.example')).toThrow(/is not an absolute http\(s\) URL.*Astro's `site` option/);
	});
});

describe('scripts/urls.ts', () => {
	const cli = (...args: string[]) =>
		run(process.execPath, [path.join(repoRoot, 'scripts/urls.ts'), ...args], { cwd: tmp }).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
		);

	it('update writes urls.txt, and check then passes', async () => {
		expect((await cli('update', 'site')).code).toBe(0);
		expect(parseUrlList(await readFile(path.join(tmp, 'urls.txt'), 'utf8'))).toEqual(await listSiteUrls(site));
		const check = await cli('check', 'site');
		expect(check.code).toBe(0);
		expect(check.stdout).toContain('0 missing');
	});

	it('check exits 1 and names each URL that disappeared without a redirect', async () => {
		await cli('update', 'site');
		await rm(path.join(site, 'filings/lexington-precision-corporation-8-k-2003-12-18/ex-99-1'), { recursive: true });
		const check = await cli('check', 'site');
		expect(check.code).toBe(1);
		expect(check.stderr).toContain(
			'Missing: /filings/lexington-precision-corporation-8-k-2003-12-18/ex-99-1/ — declare a redirect in redirects.yaml or restore the page.',
		);
	});

	it('check passes once a redirect is declared for the vanished URL, and after it is emitted', async () => {
		await cli('update', 'site');
		await rm(path.join(site, 'search'), { recursive: true });
		await writeFile(path.join(tmp, 'redirects.yaml'), '- from: /search/\n  to: /\n');
		expect((await cli('check', 'site')).code).toBe(0);
		expect((await cli('emit', 'site', '--site', 'https://filedherewith.example')).code).toBe(0);
		expect((await cli('check', 'site')).code).toBe(0);
		expect(await readFile(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('/search/');
	});

	it('update refuses to drop a published URL that has no redirect', async () => {
		await cli('update', 'site');
		await rm(path.join(site, 'search'), { recursive: true });
		const update = await cli('update', 'site');
		expect(update.code).toBe(1);
		expect(update.stderr).toContain('Missing: /search/');
		expect(await readFile(path.join(tmp, 'urls.txt'), 'utf8')).toContain('/search/\n');
	});

	it('check reports a redirects.yaml error with its line and exits 1', async () => {
		await mkdir(path.join(tmp, 'conf'));
		await writeFile(path.join(tmp, 'conf/redirects.yaml'), '- from: old/\n  to: /\n');
		const check = await cli('check', 'site', '--redirects', 'conf/redirects.yaml');
		expect(check.code).toBe(1);
		expect(check.stderr).toMatch(/conf\/redirects\.yaml:1: `from` must be a site path/);
	});

	it('prints usage and exits 2 without a command', async () => {
		const result = await cli();
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^Usage: node scripts\/urls\.ts/);
	});
});
