/**
 * Where the browser tests' site lives: built and served under a base path (tests/e2e/global-setup.ts),
 * so every test also checks that the site works from a folder. Tests name pages by their site
 * path (`/search/`) and go to `siteUrl(path)`.
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export const E2E_BASE = '/my-filings/';

/** The address of a site path on the test server. */
export const siteUrl = (sitePath: string) => `${inject('siteOrigin')}${E2E_BASE.slice(0, -1)}${sitePath}`;

/** The site path of a pathname the browser shows (`/my-filings/search/` → `/search/`). */
export function sitePathOf(pathname: string): string {
	if (!pathname.startsWith(E2E_BASE)) throw new Error(`${pathname} is not under the site's base ${E2E_BASE}`);
	return pathname.slice(E2E_BASE.length - 1);
}

/** A new page that refuses the network: tests never use it, so anything the local site does not serve is aborted. */
export async function offlinePage(browser: Browser, options?: Parameters<Browser['newPage']>[0]): Promise<Page> {
	const page = await browser.newPage(options);
	const origin = inject('siteOrigin');
	await page.route(
		(url) => url.origin !== origin,
		(route) => route.abort(),
	);
	return page;
}
