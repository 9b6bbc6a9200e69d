/**
 * What a site path and a site origin are, for every part of the URL contract: redirects.yaml
 * may only name paths that are safe to turn into files under dist/, and the sitemap and
 * redirect pages join paths to the origin Astro's `site` option gives (astro.config.mjs).
 */

/** A root-relative path without traversal, query or fragment: safe to turn into a file under dist/. */
export function isSitePath(value: string): boolean {
	return (
		value.startsWith('/') &&
		!value.startsWith('//') &&
		!/[\s?#\\]/.test(value) &&
		!value.split('/').some((segment) => segment === '..' || segment === '.')
	);
}

export function isAbsoluteHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** `"https://example.org"` or `"https://example.org/"` → `"https://example.org"`; errors say where to set it. */
export function normaliseSiteOrigin(siteOrigin: string): string {
	if (!isAbsoluteHttpUrl(siteOrigin)) {
		throw new Error(
			`Site origin ${JSON.stringify(siteOrigin)} is not an absolute http(s) URL. ` +
				'Pass one like "https://filings.example.org" (Astro\'s `site` option).',
		);
	}
	return siteOrigin.replace(/\/+$/, '');
}

/** A site path as an absolute URL on the site's origin. */
export function absoluteUrl(sitePath: string, siteOrigin: string): string {
	return normaliseSiteOrigin(siteOrigin) + sitePath;
}

/** Escapes text for an HTML attribute or element, and for XML: the redirect pages and the sitemap. */
export const escapeMarkup = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
