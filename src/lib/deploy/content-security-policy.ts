/**
 * The Content-Security-Policy every page is served with (src/lib/deploy/headers-file.ts): only
 * the site's own code runs — its bundled scripts (`/_astro/`, the search page's), Pagefind's
 * `pagefind.js` and its WebAssembly ('wasm-unsafe-eval'), and the inline enhancements the
 * components declare with `<script is:inline data-enhancement=…>`, each allowed by its SHA-256.
 * The hashes are computed from the scripts in the built pages, so a new enhancement is covered
 * by the next build, and any other inline script — one a filing might smuggle past the
 * sanitiser — is refused by the browser.
 */
import { createHash } from 'node:crypto';

/** `<script …>body</script>` and `<style …>body</style>` of a page, with their opening tags. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

export interface InlineCode {
	/** The text of each inline enhancement script (`data-enhancement`). */
	scripts: string[];
	/** The text of each `<style>` element (Astro inlines small stylesheets). */
	styles: string[];
}

/** The inline code of a page the policy allows: declared enhancements and style elements. */
export function inlineCode(html: string): InlineCode {
	const found: InlineCode = { scripts: [], styles: [] };
	for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
		if (tag!.toLowerCase() === 'style') found.styles.push(body!);
		else if (/\sdata-enhancement\b/.test(attributes!) && !/\ssrc\s*=/.test(attributes!)) found.scripts.push(body!);
	}
	return found;
}

/** A CSP source for inline code: `'sha256-…'` of its exact text, as the browser hashes it. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for the site, from the hash sources of its inline scripts and styles (sorted,
 * unique, so the same pages give the same header).
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string {
	const sorted = (hashes: Iterable<string>) => [...new Set(hashes)].sort();
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${sorted(scriptHashes).join(' ')}`.trimEnd(),
		`style-src 'self' ${sorted(styleHashes).join(' ')}`.trimEnd(),
		"img-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** The headers every page gets: the policy, and the usual hardening a static site can afford. */
export function securityHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
	];
}
