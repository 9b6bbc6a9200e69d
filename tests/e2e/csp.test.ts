/**
 * The Content-Security-Policy the build writes into `_headers` (src/lib/deploy/), served by the
 * test server as a host serves it: the site's own code — the inline enhancements by their
 * hashes, the search bundle, Pagefind and its WebAssembly — runs without a single violation,
 * and an inline script the build did not declare is refused.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { search, waitForFacets } from './search-page.ts';
import { offlinePage, siteUrl } from './site.ts';

const BETA = '/filings/beta-industries-8-k-2021-03-04';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

interface Watched {
	page: Page;
	/** Every violation the page reported: its directive and what was blocked. */
	violations(): Promise<string[]>;
	/** Console messages about the policy (Chromium also logs each refusal there). */
	consoleErrors: string[];
}

/** A page that records every policy violation from its first script on. */
async function watchedPage(): Promise<Watched> {
	const page = await offlinePage(browser);
	// An init script runs before the page's own, outside its policy (it is the browser's, not the page's).
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(
				`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			),
		);
	});
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
	});
	return {
		page,
		consoleErrors,
		violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
	};
}

describe('under the Content-Security-Policy of _headers', () => {
	it('is served with every page', async () => {
		const { page } = await watchedPage();
		const response = await page.goto(siteUrl('/'));
		expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		await page.close();
	});

	it.each([
		['the home page', '/'],
		['a filing page', `${BETA}/`],
		['an exhibit page, whose citation enhancement runs', `${BETA}/ex-4-1/#p3`],
		['a party page', '/parties/quillwort-trust-company/'],
		['the page for a missing address', '/no-such-page/'],
	])('%s runs with no violation', async (_, path) => {
		const { page, violations, consoleErrors } = await watchedPage();
		await page.goto(siteUrl(path));
		await page.keyboard.press('/');
		// The search shortcut is an inline enhancement: it ran, so its hash was allowed.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		expect(await violations()).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.close();
	});

	it('runs the citation enhancement on an exhibit page (it names the targeted paragraph)', async () => {
		const { page, violations } = await watchedPage();
		await page.goto(siteUrl(`${BETA}/ex-4-1/#p3`));
		expect(await page.locator('.citation').first().textContent()).toMatch(/¶ 3/);
		expect(await violations()).toEqual([]);
		await page.close();
	});

	it('searches with Pagefind and its WebAssembly, filters included, with no violation', async () => {
		const { page, violations, consoleErrors } = await watchedPage();
		await page.goto(siteUrl('/search/'));
		await search(page, '"senior subordinated" trustee');
		await waitForFacets(page);
		expect(await page.locator('#search-results .result__title a').count()).toBeGreaterThan(0);
		expect(await violations()).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.close();
	});

	it('refuses an inline script the build did not declare', async () => {
		const { page, violations } = await watchedPage();
		await page.goto(siteUrl(`${BETA}/ex-4-1/`));
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.smuggled = true;';
			document.body.append(script);
			await new Promise((resolve) => {
				setTimeout(resolve, 100);
			});
			return (window as unknown as { smuggled?: boolean }).smuggled ?? false;
		});
		expect(ran).toBe(false);
		expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
		await page.close();
	});
});
