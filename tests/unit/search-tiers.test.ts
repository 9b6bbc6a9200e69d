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
import { fakePagefind } from '../support/fake-pagefind.ts';

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
