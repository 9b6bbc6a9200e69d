/**
 * The URL contract on disk: the URLs a built site publishes, the redirects written into it
 * (src/integrations/built-site-files.ts), and the CLI over them (scripts/urls.ts), on a copy
 * of a small built site.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emitRedirects, listSiteUrls } from '../../src/integrations/built-site-files.ts';
import { parseUrlList } from '../../src/lib/urls/published-urls.ts';

const run = promisify(execFile);
const repoRoot = path.join(import.meta.dirname, '../..');
const fixture = path.join(
	repoRoot,
	'tests/fixtures/url-contract-built-site-lists-pages-twins-and-text-files-but-not-assets',
);
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
		await expect(listSiteUrls(path.join(tmp, 'nowhere'))).rejects.toThrow(
			/is not a built site folder\. Run the build first/,
		);
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
		expect(await readFile(path.join(site, '_redirects'), 'utf8')).toBe(
			'/feed /data/catalog.json 302\n/old/ /search/ 301\n',
		);
	});

	it('refuses to overwrite a page the site still publishes', async () => {
		await expect(emitRedirects(site, [{ from: '/search/', to: '/' }])).rejects.toThrow(
			/redirects "\/search\/" to "\/", but the site still publishes \/search\/ .*Remove the redirect, or rename the page first\./,
		);
	});
});

describe('scripts/urls.ts', () => {
	const cli = (...args: string[]) =>
		run(process.execPath, [path.join(repoRoot, 'scripts/urls.ts'), ...args], { cwd: tmp }).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(error: { code: number; stdout: string; stderr: string }) => ({
				code: error.code,
				stdout: error.stdout,
				stderr: error.stderr,
			}),
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

	it('says what is missing, prints usage and exits 2 without a command', async () => {
		const result = await cli();
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^Give a command \(update, check or emit\) and the built folder\.\nUsage: node scripts\/urls\.ts/,
		);
	});

	it('prints a one-line error and the usage, and exits 2, for an unknown option', async () => {
		const result = await cli('check', 'site', '--nope');
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')).toEqual([
			"Unknown option '--nope'. Run `node scripts/urls.ts --help` for the options.",
			expect.stringMatching(/^Usage: node scripts\/urls\.ts/),
			'',
		]);
	});

	it('prints its help on --help and exits 0', async () => {
		const result = await cli('--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Usage: node scripts\/urls\.ts[^]*--allow-removal/);
	});
});
