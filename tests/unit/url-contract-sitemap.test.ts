/** The sitemap, sitemap index and robots.txt of a built site (src/lib/urls/sitemap.ts). */
import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFiles } from '../../src/lib/urls/sitemap.ts';

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
		const listed = (xml: string | undefined) =>
			[...(xml ?? '').matchAll(/<url><loc>https:\/\/filedherewith\.example(\/[^<]*)<\/loc><\/url>/g)].map((m) => m[1]);
		expect(['/sitemap-1.xml', '/sitemap-2.xml', '/sitemap-3.xml'].map((file) => listed(files.get(file)))).toEqual([
			['/a/', '/b/'],
			['/c/', '/d/'],
			['/e/'],
		]);
	});

	it('keeps one sitemap at exactly the limit', () => {
		expect([...sitemapFiles(['/a/', '/b/'], 'https://filedherewith.example', 2).keys()]).toEqual(['/sitemap.xml']);
	});

	it('points robots.txt at the sitemap', () => {
		expect(robotsTxt('https://filedherewith.example')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://filedherewith.example/sitemap.xml\n',
		);
	});

	it('refuses a site origin that is not an absolute URL, saying where to set it', () => {
		expect(() => robotsTxt('filedherewith.example')).toThrow(/is not an absolute http\(s\) URL.*Astro's `site` option/);
	});
});
