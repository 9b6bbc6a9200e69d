/**
 * Declared redirects: `redirects.yaml` at the repo root says where a published URL that moved
 * went, so that it still answers (src/lib/urls/published-urls.ts counts a redirected URL as
 * published). Each one becomes a static redirect page and a `_redirects` line, so they work on
 * any static host; src/integrations/built-site-files.ts writes them into dist/.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { SourceError } from '../source-error.ts';
import { withBase } from './site-base.ts';
import { absoluteUrl, escapeMarkup, isAbsoluteHttpUrl, isSitePath } from './site-paths.ts';

/** A declared redirect: a site path that was published, and where it lives now. */
export interface Redirect {
	/** The old site path, e.g. "/filings/old-slug/". */
	from: string;
	/** The new site path ("/filings/0000950123-03-014567/") or an absolute http(s) URL. */
	to: string;
}

const exampleRedirect = '`- from: /old/` then `  to: /new/` on the next line';

/**
 * Parses and validates `redirects.yaml` (a list of `- from: /old/\n  to: /new/`). An empty
 * file means no redirects. Throws a SourceError naming the file, the line and the fix.
 */
export function parseRedirects(text: string, file = 'redirects.yaml'): Redirect[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
	const yamlError = doc.errors[0];
	if (yamlError) {
		throw new SourceError(
			file,
			lineOf(yamlError.pos[0]),
			yamlError.message.split('\n')[0] ?? '',
			'Fix the YAML syntax',
		);
	}
	if (doc.contents === null) return [];
	if (!isSeq(doc.contents)) {
		throw new SourceError(
			file,
			lineOf(doc.contents.range?.[0]),
			'expected a list of redirects',
			`Write each one as ${exampleRedirect}`,
		);
	}

	const redirects: Redirect[] = [];
	const seen = new Map<string, number>();
	for (const item of doc.contents.items) {
		const line = lineOf(isMap(item) || isScalar(item) ? item.range?.[0] : undefined);
		const redirect = parseRedirect(item, file, line);
		const earlier = seen.get(redirect.from);
		if (earlier !== undefined) {
			throw new SourceError(
				file,
				line,
				`"${redirect.from}" is already redirected at line ${earlier}`,
				'Keep one of the two',
			);
		}
		seen.set(redirect.from, line);
		redirects.push(redirect);
	}
	return redirects;
}

/** One item of the list, at `line`: a mapping of a site path `from` to another place `to`. */
function parseRedirect(item: unknown, file: string, line: number): Redirect {
	// Annotated, so that TypeScript narrows `item`, `from` and `to` after each check.
	const fail: (problem: string, remedy: string) => never = (problem, remedy) => {
		throw new SourceError(file, line, problem, remedy);
	};
	if (!isMap(item))
		fail('each redirect must be a mapping with `from:` and `to:` keys', `Write it as ${exampleRedirect}`);
	const value = item.toJSON() as Record<string, unknown>;
	const unknownKeys = Object.keys(value).filter((key) => key !== 'from' && key !== 'to');
	if (unknownKeys.length > 0) {
		fail(
			`unknown key(s) ${unknownKeys.map((k) => `"${k}"`).join(', ')}; a redirect has only \`from\` and \`to\``,
			'Remove the others',
		);
	}
	const { from, to } = value;
	if (typeof from !== 'string' || !isSitePath(from)) {
		fail(
			'`from` must be a site path like "/filings/old-id/" (starting with "/", no "..", query or fragment); ' +
				`got ${JSON.stringify(from)}`,
			'Write the URL as it was published',
		);
	}
	if (typeof to !== 'string' || !(isSitePath(to) || isAbsoluteHttpUrl(to))) {
		fail(
			`\`to\` must be a site path like "/filings/new-id/" or an absolute http(s) URL; got ${JSON.stringify(to)}`,
			'Write where the page lives now',
		);
	}
	if (from === to) fail(`redirect from "${from}" to itself`, 'Remove it or fix `to`');
	return { from, to };
}

/** Where a redirect sends the reader: a site path under the base, an absolute URL as declared. */
const redirectTarget = (to: string, base: string) => (isSitePath(to) ? withBase(to, base) : to);

/** Marks the pages `redirectPage` makes, so that a re-run may overwrite them but never a real page. */
const redirectPageMarker = '<meta name="generator" content="filed-herewith redirects">';

/** Whether an `index.html` already in dist/ is a redirect page (not a page of the site). */
export function isRedirectPage(html: string): boolean {
	return html.includes(redirectPageMarker);
}

/**
 * A static redirect page: meta refresh, canonical link and a plain link, no script, so it
 * works with JavaScript off and search engines transfer the old URL to the new one. A site path
 * `to` is linked under the site's `base` (src/lib/urls/site-base.ts).
 */
export function redirectPage(to: string, siteOrigin?: string, base = '/'): string {
	const href = redirectTarget(to, base);
	const target = escapeMarkup(href);
	const canonical = escapeMarkup(isSitePath(to) && siteOrigin ? absoluteUrl(href, siteOrigin) : href);
	return [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		redirectPageMarker,
		`<title>Moved to ${target}</title>`,
		'<meta name="robots" content="noindex">',
		`<meta http-equiv="refresh" content="0; url=${target}">`,
		`<link rel="canonical" href="${canonical}">`,
		'</head>',
		`<body><p>This page has moved to <a href="${target}">${target}</a>.</p></body>`,
		'</html>',
		'',
	].join('\n');
}

/**
 * The path segments under dist/ of the redirect page for `from`: `{from}index.html` when
 * `from` is a folder URL (ends in "/"); undefined for a file URL like `/filings/x.json`,
 * which only `_redirects` can redirect.
 */
export function redirectPageSegments(from: string): string[] | undefined {
	if (!from.endsWith('/')) return undefined;
	return [...decodeURIComponent(from).split('/').filter(Boolean), 'index.html'];
}

/**
 * The `_redirects` file (`/old/ /new/ 301`, Netlify/Cloudflare Pages syntax) for every redirect,
 * after the lines of the one already there (copied from `public/`), which are kept; a line
 * already there is not repeated, so a re-run gives the same file. Undefined when there is
 * nothing to write. Both sides carry the site's `base`: the host serves the site under it.
 */
export function redirectsFileText(existing: string, redirects: readonly Redirect[], base = '/'): string | undefined {
	const existingLines = existing.split(/\r?\n/).filter((line) => line.trim() !== '');
	const ours = [...redirects]
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
		.map((r) => `${withBase(r.from, base)} ${redirectTarget(r.to, base)} 301`)
		.filter((line) => !existingLines.includes(line));
	if (existingLines.length === 0 && ours.length === 0) return undefined;
	return [...existingLines, ...ours].map((line) => `${line}\n`).join('');
}
