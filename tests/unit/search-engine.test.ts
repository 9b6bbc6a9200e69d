/**
 * The search engine (src/scripts/search/engine.ts) over a stand-in for Pagefind's browser API
 * (tests/support/fake-pagefind.ts): the first ranked results it can vouch for are reported before the clause searches run, and
 * the final results begin with exactly those.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine, type FirstResults, type RunOptions } from '../../src/scripts/search/engine.ts';
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

async function run(query: string, pages: Record<string, string> = PAGES, options: RunOptions = {}) {
	const log: string[] = [];
	const firsts: FirstResults[] = [];
	const engine = new SearchEngine(fakePagefind(pages, log));
	const outcome = await engine.run(
		{ ...emptySearchState(), query },
		{ firstResults: 10, onFirstResults: (first) => (log.push('first results'), firsts.push(first)), ...options },
	);
	return { log, firsts, outcome: outcome! };
}

/** A phrase with a stop word, whose clause search waits for the first results (query-language.ts STOP_WORDS). */
const DEFAULTS = {
	a: 'The Events of Default under the Indenture; Wilmington Trust Company, as Trustee.',
	b: 'Events of Default: the Trustee may accelerate.',
	// Matches the phrase only through an inflection ("defaults"): no text can vouch for it, Pagefind can.
	c: 'Events of defaults noticed by the Trustee.',
	d: 'Events of Default, and the Trustee.',
	// Has the words, not the phrase.
	e: 'Default events of the Trustee.',
};

describe('first results', () => {
	it('reports the ranked pages it can vouch for before the search of a phrase with a stop word', async () => {
		const { log, firsts, outcome } = await run('"events of default" trustee', DEFAULTS);
		expect(firsts).toHaveLength(1);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['a', 'b']);
		// The ranking leaves "of" out; the clause of ranked words runs before the first results, the phrase after.
		expect(log.slice(0, 2)).toEqual(['search events default trustee', 'search "trustee"']);
		expect(log.indexOf('first results')).toBeLessThan(log.indexOf('search "events of default"'));
		expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('passes over ranked pages whose matched words cannot spell the phrase, without reading them', async () => {
		const { log, firsts } = await run('"events of default" trustee', { e: DEFAULTS.e, a: DEFAULTS.a, b: DEFAULTS.b });
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['a', 'b']);
		expect(log).not.toContain('data e');
	});

	it('settles a query of ranked words with Pagefind alone, reading no text before the results', async () => {
		const { log, firsts, outcome } = await run('"senior subordinated" trustee');
		expect(firsts).toEqual([]);
		expect(log).toEqual(['search senior subordinated trustee', 'search "senior subordinated"', 'search "trustee"']);
		// e has the words, not the phrase: gone without its text being read.
		expect(outcome.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('reports nothing when it cannot vouch for the top result', async () => {
		const { firsts, outcome } = await run('"events of default" trustee', { c: DEFAULTS.c, a: DEFAULTS.a });
		expect(firsts).toEqual([]);
		expect(outcome.results.map((r) => r.id)).toEqual(['c', 'a']);
	});

	it('vouches for no text when a clause it cannot read is excluded, and waits for the clause searches', async () => {
		const { firsts, outcome } = await run('"events of default" -"the trustee"', DEFAULTS);
		expect(firsts).toEqual([]);
		expect(outcome.results.map((r) => r.id)).toEqual(['a']);
	});

	it('asked for the first results only, shows every ranked page it can vouch for and ends there', async () => {
		// c tops the ranking and matches only through an inflection: without the option nothing is shown.
		const pages = { c: DEFAULTS.c, a: DEFAULTS.a, e: DEFAULTS.e, b: DEFAULTS.b };
		const { log, firsts, outcome } = await run('"events of default" trustee', pages, { firstResultsOnly: true });
		expect(firsts).toHaveLength(1);
		expect(firsts[0]!.results.map((r) => r.result.id)).toEqual(['a', 'b']);
		expect(outcome).toBeNull();
		// The phrase with its stop word is never searched.
		expect(log.some((entry) => entry.startsWith('search "events of default"'))).toBe(false);
	});

	it('asked for the first results only, still runs every clause when it can vouch for none', async () => {
		const { firsts, outcome } = await run('"events of default" trustee', { c: DEFAULTS.c }, { firstResultsOnly: true });
		expect(firsts).toEqual([]);
		expect(outcome.results.map((r) => r.id)).toEqual(['c']);
	});

	it('reads no page ahead when the ranking alone is the answer', async () => {
		const { log, firsts } = await run('subordinat*');
		expect(firsts).toEqual([]);
		expect(log).toEqual(['search subordinat']);
	});
});
