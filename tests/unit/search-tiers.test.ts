/**
 * Search in tiers: how the search page names the head tier (src/lib/search/head-tier.ts; which
 * pages it holds is tests/unit/search-index-parts.test.ts), and how it merges the head tier's first results with the whole index's
 * (src/scripts/search/tiered-search.ts), over stand-ins for Pagefind (tests/support/fake-pagefind.ts).
 */
import { describe, expect, it } from 'vitest';
import { headTierMetaTag, parseHeadTier, sortDateOf } from '../../src/lib/search/head-tier.ts';
import { SearchEngine, type FirstResults } from '../../src/scripts/search/engine.ts';
import { TieredSearch } from '../../src/scripts/search/tiered-search.ts';
import { emptySearchState } from '../../src/lib/search/url-state.ts';
import { formatQuery, pageSetGroups, pageSetQuery, pageSetWords } from '../../src/lib/search/page-sets.ts';
import { parseQuery } from '../../src/lib/search/query-language.ts';
import { fakePageSets, fakePagefind } from '../support/fake-pagefind.ts';

describe('the head tier', () => {
	it('reads a filing date from the sort key of its page, and its index path from the meta tag it writes', () => {
		expect(sortDateOf('<meta data-pagefind-sort="date[content]" content="2003-12-18">')).toBe('2003-12-18');
		expect(sortDateOf('<meta data-pagefind-sort="date[content]" content="">')).toBe('');
		const paths = ['/_shards/filings-0001-05-000001/pagefind/', '/_shards/filings-0001-04-000009/pagefind/'];
		const content = /content="([^"]+)"/.exec(headTierMetaTag(paths))![1];
		expect(parseHeadTier(content)).toEqual(paths);
		expect(parseHeadTier(paths[0])).toEqual([paths[0]]);
		for (const other of ['https://elsewhere.example/pagefind/', `${paths[0]} /elsewhere/pagefind/`, '', null])
			expect(parseHeadTier(other)).toBeUndefined();
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

	it('shows the head tier’s few results first when it has fewer than a page, then the whole index’s', async () => {
		const { log, firsts, outcome, alone } = await tiered('subordinated', 3);
		expect(firsts).toHaveLength(1);
		expect(firsts[0]!.fromHeadTier).toBe(true);
		expect(firsts[0]!.results.map((r) => r.result.id).sort()).toEqual(['new1', 'new2']);
		expect(log.indexOf('first results')).toBeLessThan(log.indexOf('load whole'));
		expect(outcome.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
		expect(outcome.results).toHaveLength(4);
	});

	it('falls through to the whole index when the head tier has no result', async () => {
		const { log, firsts, outcome, alone } = await tiered('Wilmington Trust', 2);
		expect(firsts.every((first) => !first.fromHeadTier)).toBe(true);
		expect(log).toContain('load whole');
		expect(outcome.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
		expect(outcome.results.map((r) => r.id).sort()).toEqual(['old1', 'old2']);
	});

	it('settles a query the head has no result for on its rarest-looking word alone, before reading every word', async () => {
		const { log, outcome } = await tiered('Trust Xylophones', 2);
		expect(outcome.results).toEqual([]);
		// After the whole index loads: the longest word alone, and nothing else once it has no page.
		expect(log.slice(log.indexOf('load whole') + 1)).toEqual(['search "xylophones"']);
	});

	it('ends the head tier’s search at its first results: a stop word’s clause is searched only on the whole index', async () => {
		const { log, firsts, outcome, alone } = await tiered('"notes of the trustee"', 1);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['new3']);
		expect(log.filter((entry) => entry.endsWith('"notes of the trustee"'))).toEqual(['search "notes of the trustee"']);
		expect(outcome.results.map((r) => r.id)).toEqual(alone.results.map((r) => r.id));
	});

	it('loads the whole index once for every search', async () => {
		const { search, state, loads } = await tiered('trustee', 2);
		await search.run(state, {});
		await search.run(state, { firstResults: 2, onFirstResults: () => {} });
		expect(loads()).toBe(1);
	});
});

async function counted(query: string, firstResults: number, pages = PAGES, headIds = HEAD) {
	const log: string[] = [];
	const head = new SearchEngine(fakePagefind(Object.fromEntries(headIds.map((id) => [id, pages[id]!])), headLog(log)));
	const search = new TieredSearch(
		head,
		async () => (log.push('load whole'), new SearchEngine(fakePagefind(pages, log))),
		async () => (log.push('load page sets'), new SearchEngine(fakePageSets(pages))),
	);
	const firsts: FirstResults[] = [];
	const state = { ...emptySearchState(), query };
	const outcome = await search.run(state, {
		firstResults,
		onFirstResults: (first) => {
			log.push('first results');
			firsts.push(first);
		},
	});
	const alone = await new SearchEngine(fakePagefind(pages, [])).run(state);
	return { log, firsts, outcome: outcome!, alone: alone!, search, state };
}

describe('counts from the page-set index', () => {
	it('keeps a page’s words with a letter once, as written, and leaves out amounts, dates and numbers', () => {
		expect(
			pageSetWords('The Trustee and the Trustee; $1,000,000 on 12/31/2003 under Section 4.02 (A-1) RolesBorrower'),
		).toEqual(['The', 'Trustee', 'and', 'the', 'Trustee;', 'on', 'under', 'Section', '(A-1)', 'RolesBorrower']);
	});

	it('counts words, prefixes and exclusions as asked, a phrase as its words but stop words, and not a number', () => {
		expect(pageSetQuery(parseQuery('trustee subordinat* -warrant'))).toEqual({
			query: parseQuery('trustee subordinat* -warrant'),
			exact: true,
		});
		const phrase = pageSetQuery(parseQuery('"events of default" -"form of" indenture'))!;
		expect(formatQuery(phrase.query)).toBe('events default indenture');
		expect(phrase.exact).toBe(false);
		expect(pageSetQuery(parseQuery('notes 2010'))).toBeNull();
		for (const query of ['trustee subordinat* -warrant -"form of"', '"senior subordinated" notes'])
			expect(parseQuery(formatQuery(parseQuery(query)))).toEqual(parseQuery(query));
	});

	it('groups consecutive parts into page-set indexes of at most the budget, a larger part alone', () => {
		const parts = [
			{ name: 'hubs-1', pages: 300 },
			{ name: 'filings-a', pages: 900 },
			{ name: 'filings-b', pages: 2500 },
			{ name: 'filings-c', pages: 700 },
		];
		expect(pageSetGroups(parts, 1500)).toEqual([
			{ name: 'page-sets-hubs-1', parts: ['hubs-1', 'filings-a'] },
			{ name: 'page-sets-filings-b', parts: ['filings-b'] },
			{ name: 'page-sets-filings-c', parts: ['filings-c'] },
		]);
	});

	it('shows the head tier’s first results, then the count, without loading the whole index', async () => {
		const { log, firsts, outcome, alone } = await counted('senior trustee', 2);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['new1', 'new2']);
		expect(outcome.total).toEqual({ count: alone.results.length, exact: true });
		expect(outcome.results.map((r) => r.id)).toEqual(['new1', 'new2']);
		// The first results are on screen before the page-set index is loaded: its bytes come after theirs.
		expect(log.indexOf('first results')).toBeGreaterThanOrEqual(0);
		expect(log.indexOf('first results')).toBeLessThan(log.indexOf('load page sets'));
		expect(log).not.toContain('load whole');
		expect((await outcome.counts()).exact).toBe(true);
	});

	it('counts a phrase as its words and says it is an upper bound', async () => {
		const { outcome, alone } = await counted('"notes of the trustee"', 1);
		// Every page has both words; two have the phrase.
		expect(alone.results.map((r) => r.id).sort()).toEqual(['new3', 'old2']);
		expect(outcome.total).toEqual({ count: 5, exact: false });
		expect((await outcome.counts()).exact).toBe(false);
	});

	it('continues the first results with the whole index’s others when the reader asks for more, each page once', async () => {
		const { log, outcome, alone } = await counted('"senior subordinated" trustee', 2);
		const whole = (await outcome.rest!())!;
		expect(log).toContain('load whole');
		expect(whole.results.map((r) => r.id).slice(0, 2)).toEqual(['new1', 'new2']);
		expect(whole.results.map((r) => r.id).sort()).toEqual(alone.results.map((r) => r.id).sort());
		expect(whole.total).toBeUndefined();
	});

	it('fills a short page of first results with the head tier’s others, then the whole index’s', async () => {
		// The head vouches only for pages with the phrase as typed; `the Trustees` matches through its stem.
		const pages = {
			new1: 'The Trustee acts.',
			new2: 'The Trustees act.',
			new3: 'The Trustee resigns.',
			old1: 'The Trustee.',
		};
		const { log, firsts, outcome } = await counted('"the trustee"', 3, pages, ['new1', 'new2', 'new3']);
		const first = firsts[0]!.results.map((r) => r.result.id);
		expect(first.length).toBeLessThan(3);
		expect(outcome.total).toEqual({ count: 4, exact: false });
		const head = (await outcome.rest!())!;
		expect(log).not.toContain('load whole');
		expect(head.results.map((r) => r.id).slice(0, first.length)).toEqual(first);
		expect(head.results.map((r) => r.id).sort()).toEqual(['new1', 'new2', 'new3']);
		expect(head.total).toEqual(outcome.total);
		const whole = (await head.rest!())!;
		expect(log).toContain('load whole');
		expect(whole.results.map((r) => r.id)).toEqual([...head.results.map((r) => r.id), 'old1']);
		expect(whole.rest).toBeUndefined();
	});

	it('settles a query no page fully matches on the page sets, without the whole index', async () => {
		const { log, outcome } = await counted('Trust Xylophones', 2);
		expect(outcome.results).toEqual([]);
		expect(outcome.total?.count).toBe(0);
		expect(log).not.toContain('load whole');
	});

	it('searches the whole index when only old pages match, and for a query with a number', async () => {
		const old = await counted('Wilmington Trust', 2);
		expect(old.log).toContain('load whole');
		expect(old.outcome.results.map((r) => r.id)).toEqual(old.alone.results.map((r) => r.id));
		const dated = await counted('notes 2010', 1);
		expect(dated.log).not.toContain('load page sets');
		expect(dated.outcome.total).toBeUndefined();
		expect(dated.outcome.results.map((r) => r.id)).toEqual(dated.alone.results.map((r) => r.id));
	});
});
