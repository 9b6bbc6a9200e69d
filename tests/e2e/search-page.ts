/** Helpers for driving the search page in the browser tests. */
import type { Page } from 'playwright-core';
import { sitePathOf, siteUrl } from './site.ts';

/**
 * Wait until the search page shows the outcome of its current search (results or none) and its
 * list is settled: a short page of first results is filled after the count, from the head
 * tier's other results or the whole index (src/scripts/search/search-controller.ts), while the
 * list is still busy.
 */
export async function waitForResults(page: Page): Promise<void> {
	await page.waitForSelector('[data-search][data-status="results"]', { timeout: 20_000 });
	await page.waitForSelector('#search-results:not([aria-busy])', { timeout: 20_000 });
}

/** Wait until the filters for the current results are rendered with their counts. */
export async function waitForFacets(page: Page): Promise<void> {
	await page.waitForSelector('[data-search][data-facets="ready"]', { timeout: 20_000 });
}

/** The site paths of the results shown (`/filings/x/`, without the site's base). */
export async function resultUrls(page: Page): Promise<string[]> {
	const pathnames = await page.$$eval('#search-results .result__title a', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	return pathnames.map(sitePathOf);
}

/** Type a query and submit it with Enter, as a reader would. */
export async function search(page: Page, query: string): Promise<void> {
	await page.fill('#search-query', query);
	await page.press('#search-query', 'Enter');
	await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query.trim(), {
		timeout: 10_000,
	});
	await waitForResults(page);
}

/**
 * The words of what Pagefind indexed on a page: its `data-pagefind-body` without the
 * `data-pagefind-ignore` parts, lower-cased, punctuation turned into spaces. A test-side
 * reading of the page, independent of the search code.
 */
export async function indexedWords(page: Page, sitePath: string): Promise<string> {
	const url = siteUrl(sitePath);
	const text = await page.evaluate(async (href) => {
		const html = await (await fetch(href)).text();
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const body = doc.querySelector('[data-pagefind-body]');
		if (!body) return '';
		for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
		// Block boundaries are word boundaries.
		for (const block of body.querySelectorAll('p, li, dt, dd, h1, h2, h3, h4, td, th, div')) block.append(' ');
		return body.textContent ?? '';
	}, url);
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}
