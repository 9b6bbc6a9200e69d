/**
 * The site's base path and public origin: where `dist/` is served from. `SITE_BASE` (Astro's
 * `base`, e.g. `/my-filings/` for a GitHub Pages project site) prefixes every URL the site
 * links to; `SITE_URL` is the origin canonical links, citations and the sitemap are written
 * against. Both are read and checked once, by src/data/site-config.ts (astro.config.mjs).
 *
 * Site paths — the URL contract's `/filings/{id}/`, `urls.txt`, `redirects.yaml` — never
 * carry the base: they are the same wherever the site is served. `withBase` turns one into
 * the URL a page links to; routes.ts does that for every route.
 */

/**
 * The base the running code was built with: astro.config.mjs has Vite write it into the page
 * code and the search bundle as `__SITE_BASE__` (not `import.meta.env.BASE_URL`, which Astro
 * reads from the environment at build time, where a test runner sets it to `/`). Under plain
 * Node (unit tests, scripts, the Markdown worker threads) it is `/`, so code there that makes
 * URLs is passed the base.
 */
export const siteBase: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/**
 * `SITE_BASE` as a base path: `undefined`, `''` and `/` are the root; `my-filings`,
 * `/my-filings` and `/my-filings/` are `/my-filings/`. Throws when it cannot be a URL path.
 */
export function parseSiteBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	if (trimmed === '') return '/';
	const segments = trimmed.split('/');
	if (segments.some((s) => s === '' || s === '.' || s === '..' || !/^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/.test(s))) {
		throw new Error(
			`SITE_BASE=${JSON.stringify(value)} is not a base path. Set it to the folder the site is served from, ` +
				'like SITE_BASE=/my-filings/ (letters, digits, "-", "_", "." and "/" between folders), or leave it unset for the root.',
		);
	}
	return `/${segments.join('/')}/`;
}

/** A site path (`/filings/x/`) as the URL a page links to under `base` (`/my-filings/filings/x/`). */
export function withBase(sitePath: string, base: string = siteBase): string {
	return base === '/' ? sitePath : `${base.slice(0, -1)}${sitePath}`;
}

/** The site path of a URL under `base`; undefined when it is not under the base. */
export function withoutBase(url: string, base: string = siteBase): string | undefined {
	if (base === '/') return url;
	if (url === base.slice(0, -1)) return '/';
	return url.startsWith(base) ? url.slice(base.length - 1) : undefined;
}

/** The origin canonical links fall back to when SITE_URL is unset (a demo's, not the reader's). */
export const DEMO_SITE_URL = 'https://filedherewith.org';

/**
 * `SITE_URL` as the site's origin (`https://filings.example.org`), checked against the base:
 * an absolute https URL whose path, if any, is the base itself (`https://me.github.io/my-filings/`
 * with `SITE_BASE=/my-filings/`). Throws a message naming the variable and the fix.
 */
export function parseSiteUrl(value: string, base: string): string {
	const fail = (problem: string): never => {
		throw new Error(
			`SITE_URL=${JSON.stringify(value)} ${problem}. Set it to the address readers use, like ` +
				`SITE_URL=https://filings.example.org${base === '/' ? '' : ` (or https://filings.example.org${base}, matching SITE_BASE)`}.`,
		);
	};
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return fail('is not an absolute URL');
	}
	if (url.protocol !== 'https:') fail(`uses ${url.protocol.slice(0, -1)}, not https`);
	if (url.username || url.password || url.search || url.hash) fail('carries a user, query or fragment');
	const path = url.pathname.replace(/\/+$/, '/');
	if (path !== '/' && path !== base && `${path}/` !== base) {
		fail(
			base === '/'
				? `has a path (${url.pathname}); a site served from a folder sets SITE_BASE=${url.pathname} too`
				: `has the path ${url.pathname}, which is not SITE_BASE (${base})`,
		);
	}
	return url.origin;
}
