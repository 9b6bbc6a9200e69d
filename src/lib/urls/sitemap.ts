/**
 * The sitemap and `robots.txt` of a built site, from the URLs it publishes
 * (src/lib/urls/published-urls.ts): what crawlers are given so every page can be found.
 * src/integrations/built-site-files.ts writes them into dist/ when the site origin is known.
 */
import { sortUrls } from './published-urls.ts';
import { withBase } from './site-base.ts';
import { escapeMarkup, normaliseSiteOrigin } from './site-paths.ts';

/** The sitemap protocol's limit of URLs per sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The sitemap of the site's pages (folder URLs; JSON twins and text files are left out),
 * sorted, without `<lastmod>` so that the same content always gives the same bytes, as files
 * by their site path: `/sitemap.xml` alone up to `maxUrls` pages; past that, `/sitemap.xml`
 * is a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml`, … of `maxUrls` pages each, since
 * crawlers ignore a sitemap of more than 50,000 URLs. Pass the URLs before redirect pages are
 * emitted, or filter them out: a redirect is not a page. The files' keys are site paths; the
 * URLs inside carry the site's `base` (src/lib/urls/site-base.ts).
 */
export function sitemapFiles(
	urls: Iterable<string>,
	siteOrigin: string,
	maxUrls = SITEMAP_MAX_URLS,
	base = '/',
): Map<string, string> {
	const origin = normaliseSiteOrigin(siteOrigin) + withBase('/', base).slice(0, -1);
	const pages = sortUrls(urls)
		.filter((url) => url.endsWith('/'))
		.map((url) => origin + url);
	if (pages.length <= maxUrls) return new Map([['/sitemap.xml', sitemapXml('urlset', pages)]]);
	return sitemapIndexFiles(pages, origin + '/sitemap.xml', maxUrls);
}

/**
 * `/sitemap.xml` as a sitemap index (at `indexUrl`, its absolute URL) of `/sitemap-1.xml`,
 * `/sitemap-2.xml`, … listing `pages` (absolute URLs, in order), `maxUrls` a file.
 */
function sitemapIndexFiles(pages: readonly string[], indexUrl: string, maxUrls: number): Map<string, string> {
	const parts = new Map<string, string>();
	for (let start = 0; start < pages.length; start += maxUrls) {
		parts.set(`/sitemap-${parts.size + 1}.xml`, sitemapXml('urlset', pages.slice(start, start + maxUrls)));
	}
	const partUrls = [...parts.keys()].map((sitePath) => indexUrl.replace(/\/sitemap\.xml$/, sitePath));
	return new Map([['/sitemap.xml', sitemapXml('sitemapindex', partUrls)], ...parts]);
}

/**
 * The sitemap of a site merged from shards (scripts/lib/shard-merge.ts): one sitemap index at
 * `indexUrl` (the primary shard's `/sitemap.xml`, as its robots.txt names it) over the pages
 * every shard's sitemap files list, each page once.
 */
export function mergedSitemapFiles(
	shardSitemaps: Iterable<string>,
	indexUrl: string,
	maxUrls = SITEMAP_MAX_URLS,
): Map<string, string> {
	const pages = new Set<string>();
	for (const xml of shardSitemaps) {
		if (!xml.includes('<urlset')) continue; // an index lists the shard's own parts, which are read as well
		for (const [, loc] of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) pages.add(unescapeMarkup(loc!));
	}
	return sitemapIndexFiles(sortUrls(pages), indexUrl, maxUrls);
}

/** The sitemap URL robots.txt names (`robotsTxt`); undefined when it names none. */
export const sitemapUrlOf = (robots: string) => /^Sitemap: (\S+)$/m.exec(robots)?.[1];

const unescapeMarkup = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

/** A `<urlset>` of pages or a `<sitemapindex>` of sitemaps, by their absolute URLs. */
function sitemapXml(root: 'urlset' | 'sitemapindex', locations: readonly string[]): string {
	const entry = root === 'urlset' ? 'url' : 'sitemap';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
		...locations.map((loc) => `<${entry}><loc>${escapeMarkup(loc)}</loc></${entry}>`),
		`</${root}>`,
		'',
	].join('\n');
}

/** `robots.txt`: everything may be crawled; points crawlers at the sitemap. */
export function robotsTxt(siteOrigin: string, base = '/'): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${normaliseSiteOrigin(siteOrigin)}${withBase('/sitemap.xml', base)}\n`;
}
