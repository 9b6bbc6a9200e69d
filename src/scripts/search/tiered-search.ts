/**
 * Search in tiers (src/lib/search/head-tier.ts): the head tier — the newest filings' pages, a
 * bounded index — answers the first results, and the whole index (every part merged), loaded
 * only then, answers the final list, the exact count and the filter counts. So the bytes to
 * first results are those of an index of the head's budget, whatever the corpus.
 *
 * The guarantee (tests/unit/search-tiers.test.ts): the first results are the head tier's own
 * first results, as its engine reports them (src/scripts/search/engine.ts: pages that match the
 * query, vouched for by their text or by every clause search); the final results are exactly
 * the whole index's. Pagefind ranks each index by its own statistics, so the first results
 * need not be how the final results begin: the controller keeps them when they are and
 * replaces the list when they are not (src/scripts/search/search-controller.ts). A query the
 * head tier answers with fewer results than a page shows those few first; one it answers with
 * none is searched on the whole index alone, its required words one at a time first
 * (`RunOptions.rareWordsFirst`), so a word the corpus lacks ends it before the other words'
 * chunks are read in every part.
 */
import type { SearchState } from '../../lib/search/url-state.ts';
import type { FirstResults, RunOptions, SearchEngine, SearchOutcome } from './engine.ts';

/** What the search page's controller asks of a search: one engine, or tiers of them. */
export type Searcher = Pick<SearchEngine, 'run'>;

export class TieredSearch implements Searcher {
	readonly #head: Searcher;
	readonly #whole: () => Promise<Searcher>;
	#wholeLoaded: Promise<Searcher> | undefined;

	/** `whole`: loads the whole index; called once, when a search first needs it. */
	constructor(head: Searcher, whole: () => Promise<Searcher>) {
		this.#head = head;
		this.#whole = whole;
	}

	#wholeIndex(): Promise<Searcher> {
		this.#wholeLoaded ??= this.#whole();
		return this.#wholeLoaded;
	}

	async run(state: SearchState, options: RunOptions = {}): Promise<SearchOutcome | null> {
		const { firstResults, onFirstResults } = options;
		if (!firstResults || !onFirstResults) return (await this.#wholeIndex()).run(state, options);
		const first = await this.#headFirstResults(state, firstResults);
		if (first === null) return (await this.#wholeIndex()).run(state, { ...options, rareWordsFirst: true });
		onFirstResults({ ...first, fromHeadTier: true });
		return (await this.#wholeIndex()).run(state, {});
	}

	/**
	 * The head tier's first results: every ranked page of its first `count` that its engine can
	 * vouch for from the text, reported before its slower clause searches, which are then not
	 * run (`firstResultsOnly`); or else, when it can vouch for none, the first `count` of its
	 * results, or all of them when it has fewer (a rare name: the whole index is searched next
	 * anyway, and the head's few are on screen meanwhile); null when it has none.
	 */
	#headFirstResults(state: SearchState, count: number): Promise<FirstResults | null> {
		return new Promise<FirstResults | null>((resolve, reject) => {
			const settled = this.#head.run(state, { firstResults: count, onFirstResults: resolve, firstResultsOnly: true });
			settled.then(async (outcome) => {
				// Also null when the first results were reported and the search ended there: resolve is a no-op then.
				if (!outcome || outcome.results.length === 0) return resolve(null);
				const top = outcome.results.slice(0, count);
				const texts = await Promise.all(top.map((result) => outcome.text(result)));
				resolve({
					results: top.map((result, i) => ({ result, text: texts[i]! })),
					query: outcome.query,
					highlights: new Map(top.map((result) => [result.id, outcome.highlights.get(result.id) ?? []])),
				});
			}, reject);
		});
	}
}
