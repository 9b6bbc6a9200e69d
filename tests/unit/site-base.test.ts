import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/data/site-config.ts';
import { redirectPage, redirectsFileText } from '../../src/lib/urls/redirects.ts';
import { parseSiteBase, parseSiteUrl, withBase, withoutBase } from '../../src/lib/urls/site-base.ts';
import { robotsTxt, sitemapFiles } from '../../src/lib/urls/sitemap.ts';

describe('SITE_BASE', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['my-filings', '/my-filings/'],
		['/my-filings', '/my-filings/'],
		['/law/filings/', '/law/filings/'],
	])('reads %j as %j', (value, base) => {
		expect(parseSiteBase(value)).toBe(base);
	});

	it.each(['/../up/', '/a//b/', '/with space/', '/q?x=1/'])('refuses %j, saying what a base looks like', (value) => {
		expect(() => parseSiteBase(value)).toThrow(
			/is not a base path\. Set it to the folder .* like SITE_BASE=\/my-filings\//,
		);
	});

	it('puts site paths under the base and takes them back out', () => {
		expect(withBase('/filings/x/', '/my-filings/')).toBe('/my-filings/filings/x/');
		expect(withBase('/filings/x/', '/')).toBe('/filings/x/');
		expect(withoutBase('/my-filings/filings/x/', '/my-filings/')).toBe('/filings/x/');
		expect(withoutBase('/my-filings', '/my-filings/')).toBe('/');
		expect(withoutBase('/elsewhere/', '/my-filings/')).toBeUndefined();
	});
});

describe('SITE_URL', () => {
	it('is the origin of an https URL, with the base as its only allowed path', () => {
		expect(parseSiteUrl('https://filings.example.org', '/')).toBe('https://filings.example.org');
		expect(parseSiteUrl('https://me.github.io/my-filings/', '/my-filings/')).toBe('https://me.github.io');
		expect(parseSiteUrl('https://me.github.io/my-filings', '/my-filings/')).toBe('https://me.github.io');
	});

	it.each([
		['filings.example.org', '/', /is not an absolute URL/],
		['http://filings.example.org', '/', /uses http, not https/],
		[
			'https://me.github.io/my-filings/',
			'/',
			/has a path \(\/my-filings\/\); a site served from a folder sets SITE_BASE/,
		],
		['https://me.github.io/other/', '/my-filings/', /which is not SITE_BASE \(\/my-filings\/\)/],
		['https://filings.example.org/?a=1', '/', /carries a user, query or fragment/],
	])('refuses %j under base %j', (value, base, message) => {
		expect(() => parseSiteUrl(value, base)).toThrow(message);
	});

	it('falls back to the demo origin, and says so, when unset', () => {
		expect(siteConfig({})).toEqual({ site: 'https://filedherewith.org', base: '/', demoOrigin: true });
		expect(siteConfig({ SITE_URL: 'https://x.example', SITE_BASE: 'f', DEPLOY_TARGET: 'netlify' })).toEqual({
			site: 'https://x.example',
			base: '/f/',
			demoOrigin: false,
			deployTarget: 'netlify',
		});
		expect(() => siteConfig({ DEPLOY_TARGET: 'geocities' })).toThrow(
			/DEPLOY_TARGET="geocities" is not a host .* github-pages, cloudflare-pages, netlify, s3/,
		);
	});
});

describe('the URL contract under a base', () => {
	it('lists sitemap entries and the robots.txt sitemap under the base', () => {
		const [sitemap] = [
			...sitemapFiles(['/', '/filings/x/'], 'https://me.github.io', undefined, '/my-filings/').values(),
		];
		expect(sitemap).toContain('<loc>https://me.github.io/my-filings/</loc>');
		expect(sitemap).toContain('<loc>https://me.github.io/my-filings/filings/x/</loc>');
		expect(robotsTxt('https://me.github.io', '/my-filings/')).toContain(
			'Sitemap: https://me.github.io/my-filings/sitemap.xml',
		);
	});

	it('redirects under the base, leaving absolute targets as declared', () => {
		const redirects = [
			{ from: '/old/', to: '/new/' },
			{ from: '/gone/', to: 'https://elsewhere.example/x' },
		];
		expect(redirectsFileText('', redirects, '/my-filings/')).toBe(
			'/my-filings/gone/ https://elsewhere.example/x 301\n/my-filings/old/ /my-filings/new/ 301\n',
		);
		const page = redirectPage('/new/', 'https://me.github.io', '/my-filings/');
		expect(page).toContain('url=/my-filings/new/');
		expect(page).toContain('<link rel="canonical" href="https://me.github.io/my-filings/new/">');
	});
});
