/**
 * The search engine (src/scripts/search/engine.ts) over a stand-in for Pagefind's browser API
 * (tests/support/fake-pagefind.ts): the first ranked results it can vouch for are reported before the clause searches run, and
 * the final results begin with exactly those.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine, type FirstResults } from '../../src/scripts/search/engine.ts';
import { emptySearchState } from '../../src/lib/search/url-state.ts';
import { fakePagefind } from '../support/fake-pagefind.ts';

const PAGES = {
	a: 'The 12% Senior Subordinated Notes; Wilmington Trust Company, as Trustee.',
	b: 'Senior Subordinated Notes due 2010, and the Trustee under the Indenture.',
	// Matches only through an inflection ("trustees"): no text can vouch for it, Pagefind can.
	c: 'Senior Subordinated Notes held by the trustees.',
	d: 'Senior Subordinated Notes of the Trustee.',
	// Has the words, not the phrase.
	e: 'Senior notes, subordinated to the Trustee.',
};

async function run(query: string, pages: Record<string, string> = PAGES) {
	const log: string[] = [];
	const firsts: FirstResults[] = [];
	const engine = new SearchEngine(fakePagefind(pages, log));
	const outcome = await engine.run(
		{ ...emptySearchState(), query },
		{ firstResults: 10, onFirstResults: (first) => (log.push('first results'), firsts.push(first)) },
	);
	return { log, firsts, outcome: outcome! };
}

describe('first results', () => {
	it('reports the ranked pages it can vouch for before the clause searches run', async () => {
		const { log, firsts, outcome } = await run('"senior subordinated" trustee');
		expect(firsts).toHaveLength(1);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['a', 'b']);
		expect(log.indexOf('first results')).toBeLessThan(log.indexOf('search "senior subordinated"'));
		// The final results: every page with the phrase and the word, the first two as reported.
		expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('passes over ranked pages whose matched words are never adjacent, without reading them', async () => {
		const { log, firsts } = await run('"senior subordinated" trustee', { e: PAGES.e, a: PAGES.a, b: PAGES.b });
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['a', 'b']);
		expect(log).not.toContain('data e');
	});

	it('reports nothing when it cannot vouch for the top result', async () => {
		const { firsts, outcome } = await run('"senior subordinated" trustee', { c: PAGES.c, a: PAGES.a });
		expect(firsts).toEqual([]);
		expect(outcome.results.map((r) => r.id)).toEqual(['c', 'a']);
	});

	it('waits for the clause searches when the query excludes a word', async () => {
		const { firsts, outcome } = await run('"senior subordinated" -warrant');
		expect(firsts).toEqual([]);
		expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('reads no page ahead when the ranking alone is the answer', async () => {
		const { log, firsts } = await run('subordinat*');
		expect(firsts).toEqual([]);
		expect(log).toEqual(['search subordinat']);
	});
});
