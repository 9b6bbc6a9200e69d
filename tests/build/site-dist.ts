/** Where the build tests' global setup writes the default site, and helpers to read it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/build-site.ts';

export const DEFAULT_SITE_DIST = path.join(repoRoot, '.cache', 'test-dist');

/** The HTML served at a site URL like `/filings/x/` (its index.html) or `/404.html`. */
export function readPage(url: string, dist = DEFAULT_SITE_DIST): string {
	return readFileSync(fileForUrl(url, dist), 'utf8');
}

export function fileForUrl(url: string, dist = DEFAULT_SITE_DIST): string {
	const pathname = decodeURI(url.split('#')[0]!.split('?')[0]!);
	return path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

export function urlExists(url: string, dist = DEFAULT_SITE_DIST): boolean {
	const file = fileForUrl(url, dist);
	return existsSync(file) && statSync(file).isFile();
}

/** Every HTML file in the built site, as its URL. */
export function htmlPages(dist = DEFAULT_SITE_DIST): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const full = path.join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) {
				const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`;
				pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
			}
		}
	};
	walk(dist);
	return pages;
}
