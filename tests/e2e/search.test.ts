/**
 * The search page in Chromium against the built site: the query language, filters, deep links
 * to paragraphs, the `/` shortcut and shareable URLs. Pages named here come from the fixture
 * filing merged into the site (tests/e2e/fixtures/search-corpus/README.md).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { indexedWords, resultUrls, search, waitForFacets, waitForResults } from './search-page.ts';
import { E2E_BASE, offlinePage, siteUrl } from './site.ts';

const BETA = '/filings/beta-industries-8-k-2021-03-04';
/** How a result links to the exhibit: under the site's base. */
const BETA_HREF = `${E2E_BASE.slice(0, -1)}${BETA}`;

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(async () => {
	page = await offlinePage(browser);
	pageErrors.length = 0;
	page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
	await page.close();
	expect(pageErrors).toEqual([]);
});

describe('the query language', () => {
	it('returns only pages containing the quoted phrase and the plain word', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, '"senior subordinated" trustee');
		const urls = await resultUrls(page);
		expect(urls).toContain(`${BETA}/ex-4-1/`);
		// 4.2 has "senior", "subordinated" and "trustee", but not the two words side by side.
		expect(urls).not.toContain(`${BETA}/ex-4-2/`);
		for (const url of urls) {
			const words = await indexedWords(page, url);
			expect(words, url).toContain(' senior subordinated ');
			expect(words, url).toMatch(/ trustees? /);
		}
	});

	it('leaves out every page containing an excluded word', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, 'quillwort trustee');
		expect(await resultUrls(page)).toContain(`${BETA}/ex-4-2/`);
		await search(page, 'quillwort trustee -warrant');
		const urls = await resultUrls(page);
		expect(urls).toContain(`${BETA}/ex-4-1/`);
		expect(urls).not.toContain(`${BETA}/ex-4-2/`);
		for (const url of urls) expect(await indexedWords(page, url), url).not.toMatch(/ warrants? /);
	});

	it('highlights the phrase as one mark in the excerpt', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, '"senior subordinated" trustee');
		const marks = await page.$$eval(`#search-results article:has(a[href="${BETA_HREF}/ex-4-1/"]) mark`, (els) =>
			els.map((m) => m.textContent?.toLowerCase()),
		);
		expect(marks.some((m) => m?.startsWith('senior subordinated'))).toBe(true);
	});

	it('announces the number of results in a live region', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, '"senior subordinated" trustee');
		const status = page.locator('#search-status');
		expect(await status.getAttribute('role')).toBe('status');
		// A phrase counted on the page-set index is an upper bound, and says so (src/lib/search/page-sets.ts).
		const match =
			/^(?:Up to )?(\d+) results? for “"senior subordinated" trustee”(?:\.|; the exact count comes with the full list\.)$/.exec(
				(await status.textContent()) ?? '',
			);
		expect(match).not.toBeNull();
		expect(Number(match![1])).toBeGreaterThanOrEqual((await resultUrls(page)).length);
	});
});

describe('filters', () => {
	it('narrow the results to an exhibit type, with the count they announced, and go into the URL', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, 'trustee');
		await waitForFacets(page);
		const ex4 = page.locator('#search-facets input[name="exhibitType"][value="EX-4"]');
		const announced = Number(
			await page.locator(`label[for="${await ex4.getAttribute('id')}"] .facet__count`).textContent(),
		);
		expect(announced).toBeGreaterThan(0);
		await ex4.check();
		await page.waitForFunction(() => new URLSearchParams(location.search).get('exhibitType') === 'EX-4');
		await waitForResults(page);
		await waitForFacets(page);
		const titles = await page.$$eval('#search-results .result__title', (els) => els.map((h) => h.textContent ?? ''));
		expect(titles.length).toBe(announced);
		for (const title of titles) expect(title).toMatch(/^Exhibit 4\./);
		expect(await page.locator('#search-facets input[name="exhibitType"][value="EX-4"]').isChecked()).toBe(true);
	});
});

describe('more results', () => {
	it('appends the next ten results once, however quickly "Show more" is clicked again', async () => {
		await page.goto(siteUrl(`/search/?q=the`));
		await waitForResults(page);
		const total = Number(/^(\d+) results/.exec((await page.textContent('#search-status')) ?? '')?.[1]);
		expect(total).toBeGreaterThan(20);
		const first = await resultUrls(page);
		expect(first).toHaveLength(10);
		await page.dblclick('#search-more');
		await page.waitForFunction(() =>
			document.querySelector('#search-more')?.textContent?.startsWith('Show more results (20 of'),
		);
		const urls = await resultUrls(page);
		expect(urls.slice(0, 10)).toEqual(first);
		expect(urls).toHaveLength(20);
		expect(new Set(urls).size).toBe(20);
	});

	it('download Pagefind’s WebAssembly once for the head tier, the count and the whole index, and no Web Worker', async () => {
		const wasm: string[] = [];
		const workers: string[] = [];
		const indexFolders = new Set<string>();
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (/\/wasm\.[^/]+\.pagefind$/.test(pathname)) wasm.push(pathname);
			if (pathname.endsWith('/pagefind-worker.js')) workers.push(pathname);
			const folder = /^(.*\/pagefind\/)pagefind-entry\.json$/.exec(pathname)?.[1];
			if (folder) indexFolders.add(folder);
		});
		await page.goto(siteUrl(`/search/?q=the`));
		await waitForResults(page);
		await page.click('#search-more');
		await page.waitForFunction(() =>
			document.querySelector('#search-more')?.textContent?.startsWith('Show more results (20 of'),
		);
		// The head tier's folder, the page sets' and the whole index's root: three instances, one download.
		expect(indexFolders.size).toBeGreaterThan(2);
		expect(wasm).toHaveLength(1);
		// Every instance searches on the page's own thread (src/scripts/search/pagefind-client.ts, noWorker).
		expect(workers).toEqual([]);
	});
});

describe('deep links', () => {
	it('open the exhibit at the matching paragraph, highlighted', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, '"senior subordinated" trustee');
		const link = page
			.locator(`#search-results article:has(a[href="${BETA_HREF}/ex-4-1/"]) .result__pinpoint-link`)
			.first();
		const pinpoint = await link.getAttribute('data-pinpoint');
		expect(pinpoint).toMatch(/^p\d+$/);
		await Promise.all([page.waitForURL(`**${BETA}/ex-4-1/**`), link.click()]);
		const landed = await page.evaluate(() => {
			const target = document.querySelector(':target');
			const box = target?.getBoundingClientRect();
			return {
				hash: location.hash,
				id: target?.id,
				text: target?.textContent ?? '',
				background: target ? getComputedStyle(target).backgroundColor : '',
				inView: box ? box.top >= 0 && box.top < innerHeight : false,
			};
		});
		expect(landed.id).toBe(pinpoint);
		expect(landed.hash).toBe(`#${pinpoint}`);
		expect(landed.text).toMatch(/Senior Subordinated/);
		expect(landed.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
		expect(landed.inView).toBe(true);
	});
});

describe('keyboard', () => {
	it('focuses the search box with / on an exhibit page and on the search page', async () => {
		await page.goto(siteUrl(`${BETA}/ex-4-1/`));
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.goto(siteUrl(`/search/`));
		await page.locator('h1').click();
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
	});

	it('moves from the search box through the results with the arrow keys and back with Escape', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, 'trustee');
		const links = await page.$$eval('#search-results [data-result-link]', (els) =>
			els.map((a) => (a as HTMLAnchorElement).href),
		);
		expect(links.length).toBeGreaterThan(1);
		await page.press('#search-query', 'ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(links[0]);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe(links[1]);
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
	});
});

describe('shareable URLs', () => {
	it('restore the query, the filters and the results from ?q=', async () => {
		await page.goto(siteUrl(`/search/`));
		await search(page, '"senior subordinated" trustee');
		await waitForFacets(page);
		await page.locator('#search-facets input[name="exhibitType"][value="EX-4"]').check();
		await page.waitForFunction(() => new URLSearchParams(location.search).has('exhibitType'));
		await waitForResults(page);
		const shared = page.url();
		const expected = await resultUrls(page);

		const other = await offlinePage(browser);
		await other.goto(shared);
		await waitForResults(other);
		expect(await other.inputValue('#search-query')).toBe('"senior subordinated" trustee');
		expect(await resultUrls(other)).toEqual(expected);
		await waitForFacets(other);
		expect(await other.locator('#search-facets input[name="exhibitType"][value="EX-4"]').isChecked()).toBe(true);
		await other.close();
	});

	it('come back with the browser’s back button', async () => {
		await page.goto(siteUrl(`/search/?q=trustee`));
		await waitForResults(page);
		await search(page, 'quillwort');
		await page.goBack();
		await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'trustee');
		await waitForResults(page);
		expect(await page.inputValue('#search-query')).toBe('trustee');
	});
});
