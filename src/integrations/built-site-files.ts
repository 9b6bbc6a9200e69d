/**
 * The URL contract's file-system side: list the URLs a built dist/ publishes, read `urls.txt`
 * and `redirects.yaml`, and write the sitemap, `robots.txt`, redirect pages and `_redirects`
 * into dist/. The rules are pure and live in src/lib/urls/ (published-urls.ts, redirects.ts,
 * sitemap.ts); the build hook src/integrations/url-contract.ts and the CLI scripts/urls.ts
 * both work through these functions.
 */
import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { builtFileUrl, formatUrlList, parseUrlList, sortUrls } from '../lib/urls/published-urls.ts';
import {
	isRedirectPage,
	parseRedirects,
	type Redirect,
	redirectPage,
	redirectPageSegments,
	redirectsFileText,
} from '../lib/urls/redirects.ts';
import { robotsTxt, sitemapFiles } from '../lib/urls/sitemap.ts';
import { filesUnder } from './folder-files.ts';

/** Every URL a built site publishes, sorted (src/lib/urls/published-urls.ts says which files count). */
export async function listSiteUrls(distDir: string): Promise<string[]> {
	try {
		const stats = await lstat(distDir);
		if (!stats.isDirectory()) throw new Error('not a directory');
	} catch (error) {
		throw new Error(
			`Cannot list the URLs of "${distDir}": it is not a built site folder. ` +
				'Run the build first, or pass the folder it writes (usually dist/).',
			{ cause: error },
		);
	}
	const urls: string[] = [];
	for (const file of await filesUnder(distDir)) {
		const url = builtFileUrl(file.split('/'));
		if (url !== undefined) urls.push(url);
	}
	return sortUrls(urls);
}

/** Reads a file that may be missing: its text, or undefined when there is no such file. */
async function readOptionalFile(file: string, remedy: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`Cannot read ${file}: ${reason(error)}. ${remedy}`, { cause: error });
	}
}

/** Writes a file, with an error that names it and says what to check. */
async function writeSiteFile(file: string, text: string): Promise<void> {
	try {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, text);
	} catch (error) {
		throw new Error(
			`Cannot write ${file}: ${reason(error)}. Check that its folder is writable and the disk has room.`,
			{
				cause: error,
			},
		);
	}
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Reads `redirects.yaml`; a missing file means no redirects. */
export async function readRedirects(file: string): Promise<Redirect[]> {
	const text = await readOptionalFile(file, 'Make it readable, or delete it if no URL has moved.');
	return text === undefined ? [] : parseRedirects(text, file);
}

/** Reads `urls.txt`; a missing file means no URL has been published yet. */
export async function readUrlList(file: string): Promise<string[]> {
	const text = await readOptionalFile(file, 'Make it readable, or restore it from git (it lists every published URL).');
	return text === undefined ? [] : parseUrlList(text);
}

/** Rewrites `urls.txt` with these URLs. */
export async function writeUrlList(file: string, urls: Iterable<string>): Promise<void> {
	await writeSiteFile(file, formatUrlList(urls));
}

/**
 * Writes one `{from}index.html` redirect page per redirect whose `from` is a folder URL, and
 * `_redirects` for all of them — the only way to redirect a file URL like `/filings/x.json`.
 * Refuses to overwrite a real page: a redirect from a URL the site still publishes is a
 * mistake in redirects.yaml.
 */
export async function emitRedirects(
	distDir: string,
	redirects: readonly Redirect[],
	siteOrigin?: string,
	base = '/',
): Promise<{ pages: string[] }> {
	const pages: string[] = [];
	for (const redirect of redirects) {
		const segments = redirectPageSegments(redirect.from);
		if (segments === undefined) continue;
		const file = path.join(distDir, ...segments);
		const existing = await readFile(file, 'utf8').catch(() => undefined);
		if (existing !== undefined && !isRedirectPage(existing)) {
			throw new Error(
				`redirects.yaml redirects "${redirect.from}" to "${redirect.to}", but the site still publishes ` +
					`${redirect.from} (${file}). Remove the redirect, or rename the page first.`,
			);
		}
		await writeSiteFile(file, redirectPage(redirect.to, siteOrigin, base));
		pages.push(file);
	}

	const redirectsFile = path.join(distDir, '_redirects');
	const copied = await readOptionalFile(redirectsFile, 'Make it readable, or remove public/_redirects.');
	const text = redirectsFileText(copied ?? '', redirects, base);
	if (text !== undefined) await writeSiteFile(redirectsFile, text);
	return { pages };
}

/**
 * Everything the URL contract adds to a build: the sitemap and `robots.txt` (when the site
 * origin is known), then the declared redirects as static pages and `_redirects`. The sitemap
 * is made first: a redirect is not a page. Run by the build integration and by `urls.ts emit`.
 * `base` is the folder the site is served from (Astro's `base`): every URL written carries it.
 */
export async function publishUrlContract(
	distDir: string,
	redirects: readonly Redirect[],
	siteOrigin?: string,
	base = '/',
): Promise<{ pages: string[] }> {
	if (siteOrigin) {
		for (const [sitePath, xml] of sitemapFiles(await listSiteUrls(distDir), siteOrigin, undefined, base)) {
			await writeSiteFile(path.join(distDir, sitePath), xml);
		}
		await writeSiteFile(path.join(distDir, 'robots.txt'), robotsTxt(siteOrigin, base));
	}
	return emitRedirects(distDir, redirects, siteOrigin, base);
}
