/**
 * Bytes fetched and time to first results for one query, in Chromium, on a built site: the
 * measuring half of scripts/search-bench.ts, shared with scripts/bench.ts.
 *
 * The site is served on 127.0.0.1 (scripts/lib/serve-static.ts) and searched from /search/
 * by typing the query and pressing Enter. "Cold" is a fresh browser profile; "warm" is the
 * same profile after a reload (assets from the HTTP cache).
 */
import type { Browser, Page } from 'playwright-core';
import { PASSAGES_FOLDER } from '../../src/lib/search/passages.ts';
import { serveStatic } from './serve-static.ts';

export interface SearchMeasurement {
	/** Bytes sent for the search page and Pagefind's files (pagefind.js, wasm, index, fragments, filters). */
	searchBytes: number;
	/** The same, up to the first result shown (the filter chunks for counts come after). */
	firstResultBytes: number;
	/** Every byte the page fetched (adds the page's own JS and CSS). */
	totalBytes: number;
	/** From pressing Enter to the first result in the list. */
	firstResultMs: number;
	results: number;
	/** False when the status gave the count as an upper bound ("Up to …": a phrase counted as its words). */
	exactCount: boolean;
	requests: number;
}

/** Pagefind's indexes (the parts, the head tier among them) and the passages of long pages (src/lib/search/passages.ts). */
const SEARCH_FILES = ['/pagefind/', '/_shards/', `/${PASSAGES_FOLDER}/`];

/** What the server sent since the last reset, counted server-side so Pagefind's worker fetches count too. */
class ServedBytes {
	search = 0;
	total = 0;
	requests = 0;
	readonly record = (pathname: string, bytes: number) => {
		this.requests++;
		this.total += bytes;
		if (SEARCH_FILES.some((prefix) => pathname.startsWith(prefix)) || pathname === '/search/') this.search += bytes;
	};
	reset() {
		this.search = this.total = this.requests = 0;
	}
}

/** Load /search/, type the query, press Enter; measure until the first result is in the list. */
async function measure(page: Page, origin: string, query: string, served: ServedBytes): Promise<SearchMeasurement> {
	served.reset();
	await page.goto(`${origin}/search/`);
	await page.waitForSelector('[data-search][data-status="idle"]');
	const firstResultMs = await page.evaluate(
		(query) =>
			new Promise<number>((resolve) => {
				const root = document.querySelector<HTMLElement>('[data-search]')!;
				const list = document.querySelector('#search-results')!;
				// Typed and submitted in one go, as a reader pressing Enter does: filling the box from
				// Playwright first let the page's search-while-typing start a search of its own when
				// the machine was slow to come back for the Enter (over 250 ms), and that search was measured.
				const input = document.querySelector<HTMLInputElement>('#search-query')!;
				input.value = query;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				const started = performance.now();
				// The first result in the list, or the page settling on no results or an error:
				// waiting for a result alone would never end for a query that matches nothing.
				const done = () =>
					list.querySelector('li') !== null || root.dataset.status === 'results' || root.dataset.status === 'error';
				const observer = new MutationObserver(() => {
					if (done()) {
						observer.disconnect();
						resolve(performance.now() - started);
					}
				});
				observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status'] });
				// Held by the page, so the promise stays reachable until it settles. Once, under load (a
				// CI run beside the bench), Playwright failed with "Resulting promise was garbage
				// collected" while the observer was reachable only from the observed nodes (not traced further).
				(window as unknown as { benchObserver?: MutationObserver }).benchObserver = observer;
				document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
			}),
		query,
	);
	const firstResultBytes = served.search;
	// Count the bytes of the whole search, filter counts included.
	await page.waitForSelector('[data-search][data-facets="ready"]', { timeout: 120_000 });
	// "8709 results for …", or "Up to 8709 results …" when a phrase is counted as its words.
	const status = (await page.textContent('#search-status')) ?? '';
	const results = Number(/^(?:Up to )?(\d+) result/.exec(status)?.[1] ?? 0);
	const exactCount = !status.startsWith('Up to ');
	return {
		searchBytes: served.search,
		firstResultBytes,
		totalBytes: served.total,
		firstResultMs,
		results,
		exactCount,
		requests: served.requests,
	};
}

/** Search `dist` for `query` twice in one browser profile: cold, then warm. */
export async function measureSearch(
	browser: Browser,
	dist: string,
	query: string,
): Promise<{ cold: SearchMeasurement; warm: SearchMeasurement }> {
	const served = new ServedBytes();
	const server = await serveStatic(dist, { onServed: served.record });
	try {
		// No request interception here: Playwright turns the HTTP cache off when routing, and the
		// warm run is about that cache. The page only knows the local origin anyway.
		const context = await browser.newContext();
		const page = await context.newPage();
		const cold = await measure(page, server.origin, query, served);
		const warm = await measure(page, server.origin, query, served);
		await context.close();
		return { cold, warm };
	} finally {
		await server.close();
	}
}
