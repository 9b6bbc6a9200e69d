import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	hashSource,
	inlineCode,
	securityHeaders,
} from '../../src/lib/deploy/content-security-policy.ts';
import {
	formatHeadersFile,
	headerRules,
	headersFor,
	IMMUTABLE,
	parseHeadersFile,
	SHORT,
} from '../../src/lib/deploy/headers-file.ts';
import { HOST_LIMITS, limitWarnings, type SiteStats } from '../../src/lib/deploy/host-limits.ts';

const FILES = [
	'index.html',
	'404.html',
	'favicon.svg',
	'sitemap.xml',
	'_redirects',
	'_astro/Base.abc123.css',
	'filings/x/index.html',
	'filings/x.json',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.en_26302ce7f3.pf_meta',
	'pagefind/fragment/en_1a2b3c.pf_fragment',
	'pagefind/index/en_4d5e6f.pf_index',
	'_shards/b/pagefind/pagefind-entry.json',
	'_shards/b/pagefind/fragment/en_777.pf_fragment',
	'search-text/en_1a2b3c/0.json.gz',
];

describe('_headers', () => {
	const rules = headerRules(FILES, '/my-filings/', securityHeaders("default-src 'self'"));
	const cacheOf = (path: string) =>
		headersFor(rules, path)
			.filter(([name]) => name === 'Cache-Control')
			.map(([, value]) => value);

	it('caches hashed bundles and Pagefind chunks for good, and pages, twins and Pagefind entry files briefly', () => {
		expect(cacheOf('/my-filings/_astro/Base.abc123.css')).toEqual([IMMUTABLE]);
		expect(cacheOf('/my-filings/pagefind/fragment/en_1a2b3c.pf_fragment')).toEqual([IMMUTABLE]);
		expect(cacheOf('/my-filings/_shards/b/pagefind/fragment/en_777.pf_fragment')).toEqual([IMMUTABLE]);
		// Passages of long pages are named by their page's id, a hash of its fragment.
		expect(cacheOf('/my-filings/search-text/en_1a2b3c/0.json.gz')).toEqual([IMMUTABLE]);
		for (const path of [
			'/my-filings/',
			'/my-filings/filings/x/',
			'/my-filings/filings/x.json',
			'/my-filings/pagefind/pagefind.js',
			'/my-filings/pagefind/pagefind-entry.json',
			'/my-filings/_shards/b/pagefind/pagefind-entry.json',
			'/my-filings/404.html',
		])
			expect(cacheOf(path), path).toEqual([SHORT]);
	});

	it('gives every path the security headers, once', () => {
		for (const path of ['/my-filings/', '/my-filings/_astro/Base.abc123.css', '/my-filings/pagefind/pagefind.js']) {
			expect(headersFor(rules, path).filter(([name]) => name === 'Content-Security-Policy')).toHaveLength(1);
		}
		expect(headersFor(rules, '/elsewhere/')).toEqual([]);
	});

	it('reads back as written', () => {
		expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
	});
});

describe('the Content-Security-Policy', () => {
	const page = [
		'<script type="application/ld+json">{"a":1}</script>',
		'<script is:inline data-enhancement="cite">(() => {})();</script>',
		'<script type="module" src="/_astro/search.js"></script>',
		'<script>alert(1)</script>',
		'<style>body{color:red}</style>',
	].join('');

	it('allows the declared enhancements and style elements, and no other inline script', () => {
		expect(inlineCode(page)).toEqual({ scripts: ['(() => {})();'], styles: ['body{color:red}'] });
	});

	it('hashes code as browsers do (SHA-256, base64)', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('lets only the site, Pagefind’s WebAssembly and the hashes run', () => {
		const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"], ["'sha256-s'"]);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
		expect(policy).toContain("style-src 'self' 'sha256-s';");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toContain('unsafe-inline');
	});
});

describe('host limits', () => {
	const fits: SiteStats = {
		bytes: 10 * 1024 ** 2,
		files: 500,
		largestFile: { path: 'pagefind/wasm.en.pagefind', bytes: 60_000 },
		fullestFolder: { path: 'pagefind/fragment/', files: 450 },
		redirects: 4,
		headerRules: 30,
	};

	it('says nothing about a site that fits every host', () => {
		for (const target of Object.keys(HOST_LIMITS) as (keyof typeof HOST_LIMITS)[])
			expect(limitWarnings(target, fits)).toEqual([]);
	});

	it('names each limit a site exceeds, and what to do', () => {
		const big = {
			...fits,
			bytes: 1.5 * 1024 ** 3,
			files: 25_000,
			fullestFolder: { path: 'pagefind/fragment/', files: 60_000 },
		};
		expect(limitWarnings('github-pages', big)).toEqual([
			'DEPLOY_TARGET=github-pages: dist/ is 1.50 GB, over the 1.00 GB a site may be on GitHub Pages; publish to Cloudflare Pages, Netlify or S3 + CloudFront instead (docs/deploy.md).',
		]);
		expect(limitWarnings('cloudflare-pages', big)).toEqual([
			expect.stringMatching(
				/^DEPLOY_TARGET=cloudflare-pages: dist\/ has 25,000 files, over the 20,000 .* paid plan allows 100,000/,
			),
		]);
		expect(limitWarnings('netlify', big)).toEqual([
			expect.stringMatching(/pagefind\/fragment\/ holds 60,000 files, over the 54,000 a folder may hold on Netlify/),
		]);
	});
});
