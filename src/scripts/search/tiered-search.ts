/**
 * Search in tiers (src/lib/search/head-tier.ts): the head tier — the newest filings' pages, a
 * bounded index — answers the first results; the page-set index (src/lib/search/page-sets.ts),
 * which holds each page's words once, answers the count and the filter counts; and the whole
 * index (every part merged) is loaded only for the results past the first ones, when the reader
 * asks for them. So the bytes to first results are those of an index of the head's budget, and
 * those to the counts a chunk per word per page-set index, whatever the corpus
 * (docs/search-scaling.md, "Counts from a page-set index").
 *
 * The guarantee (tests/unit/search-tiers.test.ts): the first results are the head tier's own
 * first results, as its engine reports them (src/scripts/search/engine.ts: pages that match the
 * query, vouched for by their text or by every clause search). They are the list's beginning,
 * as static-rank tiers are meant to be (newest first); the rest of the list is, when they are
 * fewer than a page, the head tier's other results, then the whole index's others in its order,
 * each page once. The count is the page-set index's: exact for
 * words, prefixes and exclusions, an upper bound (said so) for a phrase, until the whole list
 * is loaded. Where there is no page-set index, or it cannot count the query (a number, a date
 * sort), the whole index answers the final list and counts right after the first results, as
 * before. A query the head tier answers with none is counted first: no page, no whole index.
 */
import { formatQuery, pageSetQuery } from '../../lib/search/page-sets.ts';
import { parseQuery } from '../../lib/search/query-language.ts';
import { pagefindSort, type SearchState } from '../../lib/search/url-state.ts';
import type { FirstResults, RunOptions, SearchEngine, SearchOutcome } from './engine.ts';
import type { PagefindResult } from './pagefind-client.ts';
import { loadResultText } from './result-text.ts';

/** What the search page's controller asks of a search: one engine, or tiers of them. */
export type Searcher = Pick<SearchEngine, 'run'>;

/** An outcome of the page-set index: no results, and the count. */
type Counted = SearchOutcome & { total: NonNullable<SearchOutcome['total']> };

export class TieredSearch implements Searcher {
	readonly #head: Searcher;
	readonly #whole: () => Promise<Searcher>;
	readonly #pageSets: (() => Promise<Searcher | undefined>) | undefined;
	#wholeLoaded: Promise<Searcher> | undefined;
	#pageSetsLoaded: Promise<Searcher | undefined> | undefined;

	/**
	 * `whole`: loads the whole index; called once, when a search first needs it. `pageSets`:
	 * loads the page-set index (src/lib/search/page-sets.ts), undefined when the site has none.
	 */
	constructor(head: Searcher, whole: () => Promise<Searcher>, pageSets?: () => Promise<Searcher | undefined>) {
		this.#head = head;
		this.#whole = whole;
		this.#pageSets = pageSets;
	}

	#wholeIndex(): Promise<Searcher> {
		this.#wholeLoaded ??= this.#whole();
		return this.#wholeLoaded;
	}

	async run(state: SearchState, options: RunOptions = {}): Promise<SearchOutcome | null> {
		const { firstResults, onFirstResults } = options;
		if (!firstResults || !onFirstResults) return (await this.#wholeIndex()).run(state, options);
		const first = await this.#headFirstResults(state, firstResults);
		if (first === null) {
			const counted = await this.#countOnPageSets(state);
			// No page has every word: settled without the whole index.
			if (counted?.total.count === 0) return counted;
			// Counted, every word is somewhere: the whole index searches as usual.
			return (await this.#wholeIndex()).run(state, { ...options, rareWordsFirst: counted === null });
		}
		// On screen before the page-set index is fetched: its bytes come after the first results'.
		onFirstResults({ ...first, fromHeadTier: true });
		const counted = await this.#countOnPageSets(state);
		const whole = () => this.#wholeIndex().then((engine) => engine.run(state, {}));
		if (!counted) return whole();
		const results = first.results.map(({ result }) => result);
		const total = { count: Math.max(counted.total.count, results.length), exact: counted.total.exact };
		/** The whole index's list, continuing `shown`. */
		const wholeAfter = (shown: readonly PagefindResult[]) => () =>
			whole().then((outcome) => outcome && afterFirstResults(shown, outcome));
		/**
		 * The head tier's other results, then the whole index's: the head is the newest filings, the
		 * list's beginning. A page of results is filled from the head, whose chunks are loaded
		 * already, before the whole index is fetched (the controller fills a short first page).
		 */
		const headAfter = async (): Promise<SearchOutcome | null> => {
			const head = await this.#head.run(state, {});
			if (!head || head.results.length <= results.length) return wholeAfter(results)();
			const list = afterFirstResults(results, head);
			return { ...list, counts: counted.counts, total, rest: wholeAfter(list.results) };
		};
		return {
			results,
			query: first.query,
			highlights: first.highlights,
			text: (result) => loadResultText(result, first.query, first.highlights.get(result.id)),
			counts: counted.counts,
			total,
			rest: results.length < firstResults && total.count > results.length ? headAfter : wholeAfter(results),
		};
	}

	/**
	 * The count and filter counts of `state` from the page-set index, as an outcome with no
	 * results and a `total`; null when there is none, when the results are sorted by date (the
	 * head's first results are then not the list's beginning: the whole index answers), or when
	 * the query has a word the page sets leave out (src/lib/search/page-sets.ts `pageSetQuery`).
	 */
	async #countOnPageSets(state: SearchState): Promise<Counted | null> {
		if (!this.#pageSets || Object.keys(pagefindSort(state)).length > 0) return null;
		const asked = pageSetQuery(parseQuery(state.query));
		if (!asked) return null;
		this.#pageSetsLoaded ??= this.#pageSets().catch((error: unknown) => void console.error(error));
		const engine = await this.#pageSetsLoaded;
		if (!engine) return null;
		const outcome = await engine.run({ ...state, query: formatQuery(asked.query) });
		if (!outcome) return null;
		const counts = async () => {
			const facets = await outcome.counts();
			return { counts: facets.counts, exact: facets.exact && asked.exact };
		};
		return { ...outcome, results: [], counts, total: { count: outcome.results.length, exact: asked.exact } };
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

/**
 * An index's list continuing the results shown: they, then its other results in its order. Its
 * own list when it lacks one of them (an index without a query word answers with its nearest
 * word: engine.ts), which the controller then shows instead.
 */
export function afterFirstResults(first: readonly PagefindResult[], outcome: SearchOutcome): SearchOutcome {
	const found = new Set(outcome.results.map((result) => result.id));
	if (!first.every((result) => found.has(result.id))) return outcome;
	const shown = new Set(first.map((result) => result.id));
	const others = outcome.results.filter((result) => !shown.has(result.id));
	return { ...outcome, results: [...first, ...others] };
}
