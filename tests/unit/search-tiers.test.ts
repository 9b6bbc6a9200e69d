/**
 * Search in tiers: which pages the head tier holds (src/lib/search/head-tier.ts), and how the
 * search page merges the head tier's first results with the whole index's
 * (src/scripts/search/tiered-search.ts), over stand-ins for Pagefind (tests/support/fake-pagefind.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	headTierPages,
	HEAD_TIER_PATH,
	HEAD_TIER_SITE_FACTOR,
	headTierMetaTag,
	parseHeadTier,
	sortDateOf,
	type RankedFiling,
} from '../../src/lib/search/head-tier.ts';
import { SearchEngine, type FirstResults } from '../../src/scripts/search/engine.ts';
import { TieredSearch } from '../../src/scripts/search/tiered-search.ts';
import { emptySearchState } from '../../src/lib/search/url-state.ts';
import { fakePagefind } from '../support/fake-pagefind.ts';

const filing = (id: string, date: string, pages: number): RankedFiling => ({
	id,
	date,
	pages: Array.from({ length: pages }, (_, n) => `filings/${id}/${n}/index.html`),
});

const FILINGS = [
	filing('0001-03-000001', '2003-01-10', 3),
	filing('0001-05-000002', '2005-06-23', 2),
	filing('0001-05-000001', '2005-06-23', 2),
	filing('0001-04-000009', '2004-02-01', 4),
	filing('0001-99-000000', '', 1),
];

/** The tier of FILINGS (12 pages) as a site many times its budget would have it. */
const tierOf = (filings: readonly RankedFiling[], budget: number) => headTierPages(filings, budget, { siteFactor: 1 });

const filingsIn = (pages: string[]) => [...new Set(pages.map((page) => page.split('/')[1]))].sort();

describe('the head tier', () => {
	it('holds the newest filings whole, ties by filing id ascending, within the budget', () => {
		// 2005 (two filings of 2 pages: 0001-05-000001 first by id), then 2004 (4 pages) would make 8 > 7.
		expect(filingsIn(tierOf(FILINGS, 7))).toEqual(['0001-05-000001', '0001-05-000002']);
		expect(filingsIn(tierOf(FILINGS, 3))).toEqual(['0001-05-000001']);
		expect(filingsIn(tierOf(FILINGS, 8))).toEqual(['0001-04-000009', '0001-05-000001', '0001-05-000002']);
	});

	it('never passes its budget and stops at the first filing that would, keeping the newest first', () => {
		for (let budget = 1; budget < 12; budget++) {
			const pages = tierOf(FILINGS, budget);
			expect(pages.length).toBeLessThanOrEqual(budget);
			// No older filing is in the tier while a newer one is out.
			const inTier = new Set(filingsIn(pages));
			const ranked = ['0001-05-000001', '0001-05-000002', '0001-04-000009', '0001-03-000001', '0001-99-000000'];
			const cut = ranked.findIndex((id) => !inTier.has(id));
			expect(ranked.slice(cut === -1 ? ranked.length : cut).some((id) => inTier.has(id))).toBe(false);
		}
	});

	it('is the same whatever order the filings come in, and sorted', () => {
		const once = tierOf(FILINGS, 8);
		expect(tierOf([...FILINGS].reverse(), 8)).toEqual(once);
		expect(once).toEqual([...once].sort());
	});

	it('is empty when every filing fits: the whole index is then no bigger', () => {
		expect(tierOf(FILINGS, 12)).toEqual([]);
		expect(() => headTierPages(FILINGS, 0)).toThrow(/PAGEFIND_HEAD_PAGES/);
	});

	it('is empty unless the site has more than HEAD_TIER_SITE_FACTOR times the budget', () => {
		expect(HEAD_TIER_SITE_FACTOR).toBe(4);
		// 12 pages: a budget of 3 is exactly a quarter of the site, a budget of 2 a sixth.
		expect(headTierPages(FILINGS, 3)).toEqual([]);
		expect(filingsIn(headTierPages(FILINGS, 2))).toEqual(['0001-05-000001']);
	});

	it('reads a filing date from the sort key of its page, and its index path from the meta tag it writes', () => {
		expect(sortDateOf('<meta data-pagefind-sort="date[content]" content="2003-12-18">')).toBe('2003-12-18');
		expect(sortDateOf('<meta data-pagefind-sort="date[content]" content="">')).toBe('');
		const content = /content="([^"]+)"/.exec(headTierMetaTag())![1];
		expect(parseHeadTier(content)).toBe(HEAD_TIER_PATH);
		expect(parseHeadTier('https://elsewhere.example/pagefind/')).toBeUndefined();
	});
});

const PAGES: Record<string, string> = {
	old1: 'Senior Subordinated Notes; Wilmington Trust Company, as Trustee.',
	new1: 'Senior Subordinated Notes due 2010, and the Trustee under the Indenture.',
	old2: 'Senior Subordinated Notes of the Trustee, Wilmington Trust.',
	new2: 'Senior Subordinated Notes held by the Trustee.',
	new3: 'Senior notes of the Trustee.',
};
const HEAD = ['new1', 'new2', 'new3'];

async function tiered(query: string, firstResults: number) {
	const log: string[] = [];
	const head = new SearchEngine(fakePagefind(Object.fromEntries(HEAD.map((id) => [id, PAGES[id]!])), headLog(log)));
	let loads = 0;
	const search = new TieredSearch(head, async () => {
		loads++;
		log.push('load whole');
		return new SearchEngine(fakePagefind(PAGES, log));
	});
	const firsts: FirstResults[] = [];
	const state = { ...emptySearchState(), query };
	const outcome = await search.run(state, {
		firstResults,
		onFirstResults: (first) => (log.push('first results'), firsts.push(first)),
	});
	const alone = await new SearchEngine(fakePagefind(PAGES, [])).run(state);
	return { log, firsts, outcome: outcome!, alone: alone!, loads: () => loads, search, state };
}

/** The head's Pagefind logs into the same list, marked. */
function headLog(log: string[]): string[] {
	return new Proxy(log, {
		get: (target, key) => (key === 'push' ? (entry: string) => target.push(`head ${entry}`) : Reflect.get(target, key)),
	});
}

describe('search in tiers', () => {
	it('shows the head tier’s results first and loads the whole index only after them', async () => {
		const { log, firsts } = await tiered('"senior subordinated" trustee', 2);
		expect(firsts).toHaveLength(1);
		expect(firsts[0]!.fromHeadTier).toBe(true);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['new1', 'new2']);
		expect(log.indexOf('first results')).toBeLessThan(log.indexOf('load whole'));
		expect(log.slice(0, log.indexOf('first results')).every((entry) => entry.startsWith('head '))).toBe(true);
	});

	it('ends with exactly the whole index’s results, each first result among them', async () => {
		const { firsts, outcome, alone } = await tiered('"senior subordinated" trustee', 2);
		expect(outcome.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
		const final = new Set(outcome.results.map((r) => r.id));
		expect(firsts[0]!.results.every((r) => final.has(r.result.id))).toBe(true);
		// Not necessarily how the final results begin: older pages can rank above the head's.
		expect(outcome.results.map((r) => r.id).slice(0, 2)).toEqual(['old1', 'new1']);
	});

	it('falls through to the whole index when the head tier has fewer results than a page', async () => {
		const { log, firsts, outcome, alone } = await tiered('Wilmington', 2);
		expect(firsts.every((first) => !first.fromHeadTier)).toBe(true);
		expect(log).toContain('load whole');
		expect(outcome.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
	});

	it('loads the whole index once for every search', async () => {
		const { search, state, loads } = await tiered('trustee', 2);
		await search.run(state, {});
		await search.run(state, { firstResults: 2, onFirstResults: () => {} });
		expect(loads()).toBe(1);
	});
});
