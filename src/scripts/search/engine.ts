/**
 * Runs a search state against Pagefind with the query language of src/lib/search/query-language.ts:
 * one relevance search, then one Pagefind search per clause, combined as sets of page ids.
 * The clauses of ranked words run right after the ranking (their index chunks are loaded by
 * then); a clause with a stop word (`"events of default"`) runs last, and before it the top
 * ranked pages that the early searches kept and whose own text vouches for the rest are
 * reported as first results (`onFirstResults`): the final results begin with exactly them, so
 * the page shows them at once instead of after the slow clause searches.
 *
 * Cost (Pagefind 1.6, docs/search-scaling.md): a search's time grows with the pages it matches
 * times the word locations it reads, so a common word (`trustee`, on 12,000 of 15,000 synthetic
 * pages) costs hundreds of milliseconds per search, phrases in exact mode most of all, and a stop
 * word's chunk holds nearly every location of the corpus. Exact mode reads no fragments, only
 * index chunks, but its word locations cannot stand in for it: a quoted single word
 * reports only its first location per page, and an unquoted one also matches longer words
 * (`trustee` for `trust`), so phrase adjacency is left to Pagefind.
 */
import {
	clauseSearchTerm,
	combineClauseResults,
	countFacetValues,
	emptyRankingMeansNoMatch,
	isEmptyQuery,
	isSingleClause,
	lacksAPhrase,
	parseQuery,
	rankingSearchTerm,
	searchedByRanking,
	surelyMatchingPages,
	textCanVouchFor,
	type Clause,
	type ParsedQuery,
} from '../../lib/search/query-language.ts';
import { hasSelectedFilters, pagefindFilters, pagefindSort, type SearchState } from '../../lib/search/url-state.ts';
import type { FilterCounts, Pagefind, PagefindResponse, PagefindResult } from './pagefind-client.ts';
import { loadResultText, type ResultText } from './result-text.ts';

export interface FacetCounts {
	counts: FilterCounts;
	/** False when the counts are upper bounds: those of the query's most selective part. */
	exact: boolean;
}

/**
 * Ranked pages up to which the clauses of ranked words are searched before the first results:
 * an exact search's time grows with the pages it matches (2–3 ms for 525 pages, 2,734 real pages).
 */
const EARLY_CLAUSE_PAGES = 5000;

/** Most filter values whose exact counts are worked out one Pagefind search each. */
const EXACT_COUNT_BUDGET = 150;

export interface SearchOutcome {
	/** Matching pages, in display order. */
	results: PagefindResult[];
	/** The parsed query, to pick the highlights among the candidates. */
	query: ParsedQuery;
	/** Word locations Pagefind matched in each result, by page id: candidates for highlighting. */
	highlights: Map<string, number[]>;
	/** Facet counts for these results (may need more index reads: awaited after the first render). */
	counts: () => Promise<FacetCounts>;
	/** What a result shows of its text, chosen by its highlight candidates (src/scripts/search/result-text.ts). */
	text: (result: PagefindResult) => Promise<ResultText>;
	/**
	 * How many pages match, when `results` holds only the first of them (the head tier's, counted
	 * on the page-set index: src/scripts/search/tiered-search.ts); `exact` is false for an upper bound.
	 */
	total?: { count: number; exact: boolean };
	/**
	 * More of the list, beginning as `results` does where it can: loaded once the reader needs
	 * more than `results`. With a `rest` of its own when it is not yet the whole list (the head
	 * tier's other results, before the whole index's).
	 */
	rest?: () => Promise<SearchOutcome | null>;
}

/**
 * The top of the results, shown before the clause searches have run: ranked pages whose text
 * the page could read and vouch for (src/lib/search/query-language.ts surelyMatchingPages), in
 * order. The outcome's results always begin with exactly these, unless the search was asked for
 * the first results only (`RunOptions.firstResultsOnly`).
 */
export interface FirstResults {
	results: { result: PagefindResult; text: ResultText }[];
	query: ParsedQuery;
	highlights: Map<string, number[]>;
	/**
	 * From the head tier (src/scripts/search/tiered-search.ts): true matches, but the final
	 * results, from the whole index, need not begin with them.
	 */
	fromHeadTier?: boolean;
}

export interface RunOptions {
	/** How many ranked pages to read ahead for first results (a page of results). */
	firstResults?: number;
	onFirstResults?: (first: FirstResults) => void;
	/**
	 * Only the first results are wanted, not the final list: such as the head tier's
	 * (src/scripts/search/tiered-search.ts), whose first results are replaced when they are not
	 * how the whole index's list begins. Then they may pass over ranked pages whose text cannot
	 * vouch for them (every one shown is still a true match), and the search ends once they are
	 * reported, resolving to null, instead of running the later clause searches: a stop word's
	 * chunk holds nearly every location of an index (163 kB for `of` in a head of 1,293 real-size
	 * pages, docs/search-scaling.md).
	 */
	firstResultsOnly?: boolean;
	/**
	 * A part of the index (the head tier: src/scripts/search/tiered-search.ts) found nothing for
	 * this query, so it likely has a word the corpus lacks. The ranking search reads the index
	 * chunk of every word in every part before it can say so (~30 kB a word a part); the
	 * query's required words are searched alone first instead, longest (likeliest rare) first,
	 * and the first with no page ends the search. Otherwise their chunks are the ranking's.
	 */
	rareWordsFirst?: boolean;
}

export class SearchEngine {
	readonly #pagefind: Pagefind;
	/** Pagefind only counts filter values whose index chunks it has loaded; `filters()` loads them all. */
	#filtersLoaded: Promise<unknown> | undefined;
	/** Pages carrying a filter value, by `name\u0000value`: the index never changes while the page is open. */
	readonly #pagesByFilterValue = new Map<string, Promise<Set<string>>>();

	constructor(pagefind: Pagefind) {
		this.#pagefind = pagefind;
	}

	/** Null when there is nothing to search for: no query and no filter. */
	async run(state: SearchState, options: RunOptions = {}): Promise<SearchOutcome | null> {
		const query = parseQuery(state.query);
		if (isEmptyQuery(query) && !hasSelectedFilters(state)) return null;
		const filters = pagefindFilters(state);
		const sort = pagefindSort(state);
		const rankingTerm = rankingSearchTerm(query);
		const noResults = (filterCounts: FilterCounts): SearchOutcome => ({
			results: [],
			query,
			highlights: new Map(),
			counts: async () => ({ counts: filterCounts, exact: true }),
			text: (result) => loadResultText(result, query),
		});
		const searchClause = (clause: Clause) => this.#pagefind.search(clauseSearchTerm(clause), { filters });
		// Clause searches run before the first results, by clause.
		const early = new Map<Clause, PagefindResponse>();
		const wordClauses = options.rareWordsFirst
			? query.required.filter((c) => c.kind === 'word' && searchedByRanking(c))
			: [];
		// One word alone is what the ranking searches anyway.
		if (wordClauses.length > 1) {
			for (const clause of wordClauses.sort((a, b) => b.words[0]!.length - a.words[0]!.length)) {
				const response = await searchClause(clause);
				if (response.results.length === 0) return noResults(response.filters);
				early.set(clause, response);
			}
		}
		// Excluded words are not in the ranking search: fetch their index chunks while it runs.
		for (const clause of query.excluded)
			void this.#pagefind.preload(clauseSearchTerm(clause), { filters }).catch(() => {});
		// Pagefind's exact mode finds the right pages but scores them all alike, so the order
		// always comes from an unquoted search of every positive word (BM25 and meta weights).
		const ranked = await this.#pagefind.search(rankingTerm, { filters, sort });
		const none = noResults(ranked.filters);
		if (ranked.results.length === 0 && emptyRankingMeansNoMatch(query, Object.keys(sort).length > 0)) return none;
		// A prefix clause searched as the ranking was is answered by it.
		const answeredByRanking = (clause: Clause) => clause.kind === 'prefix' && clauseSearchTerm(clause) === rankingTerm;
		const clauseSearch = async (clause: Clause) => (answeredByRanking(clause) ? ranked : searchClause(clause));
		// A clause of ranked words only reads index chunks the ranking has loaded (or, excluded, that
		// were preloaded beside it): a few milliseconds of the main thread on a few thousand pages
		// (docs/search-scaling.md). Those run first, so the first results need no text to vouch for
		// them; clauses with a stop word (query-language.ts STOP_WORDS) load its chunk, which holds
		// nearly every page, and run after the first results are shown.
		if (ranked.results.length <= EARLY_CLAUSE_PAGES) {
			for (const clause of [...query.required, ...query.excluded]) {
				if (!searchedByRanking(clause) || early.has(clause)) continue;
				const response = await clauseSearch(clause);
				// Every result must match every required clause: one with no pages settles it.
				if (response.results.length === 0 && query.required.includes(clause)) return none;
				early.set(clause, response);
			}
		}
		const later: ParsedQuery = {
			required: query.required.filter((c) => !early.has(c) && !answeredByRanking(c)),
			excluded: query.excluded.filter((c) => !early.has(c)),
		};
		// The first ranked pages that every early search kept can often be vouched for from their
		// own text for the later clauses, which the page needs to show them anyway.
		if (later.required.length > 0 && textCanVouchFor(later) && options.onFirstResults && options.firstResults) {
			const pages = (clauses: Clause[]) =>
				clauses.flatMap((c) => (early.has(c) ? [new Set(early.get(c)!.results.map((r) => r.id))] : []));
			const [requiredPages, excludedPages] = [pages(query.required), pages(query.excluded)];
			const kept = (id: string) =>
				requiredPages.every((set) => set.has(id)) && !excludedPages.some((set) => set.has(id));
			const candidates = ranked.results.filter((r) => kept(r.id));
			const only = options.firstResultsOnly === true;
			const reported = await this.#firstResults(
				query,
				later,
				candidates,
				options.firstResults,
				options.onFirstResults,
				only,
			);
			if (reported && only) return null;
		}
		// One clause at a time, after the first results: each Pagefind search costs time in
		// proportion to the pages it matches and the locations it reads, so they never compete with
		// the ranking for the main thread.
		const required: PagefindResponse[] = [];
		for (const clause of query.required) {
			const response = early.get(clause) ?? (await clauseSearch(clause));
			if (response.results.length === 0) return none;
			required.push(response);
		}
		const excluded: PagefindResponse[] = [];
		for (const clause of query.excluded) excluded.push(early.get(clause) ?? (await clauseSearch(clause)));

		const ids = (response: PagefindResponse) => new Set(response.results.map((r) => r.id));
		const byId = new Map<string, PagefindResult>();
		for (const response of [...required, ranked]) for (const result of response.results) byId.set(result.id, result);
		const order = combineClauseResults(
			ranked.results.map((r) => r.id),
			required.map(ids),
			excluded.map(ids),
		);
		// Candidates for highlighting: every location Pagefind matched for this page. The result
		// renderer keeps those that match the query (src/lib/search/excerpts.ts highlightLocations).
		const located = [ranked, ...required].map((response) => new Map(response.results.map((r) => [r.id, r.words])));
		const highlights = new Map(order.map((id) => [id, located.flatMap((words) => words.get(id) ?? [])]));
		const results = order.map((id) => byId.get(id)!);

		// Counts: one clause (or none) is answered by Pagefind itself; otherwise only values present
		// in the smallest required set (or, with none, in every page the filters allow) can have a
		// non-zero count, so only those are asked about.
		const single = isSingleClause(query) || isEmptyQuery(query);
		const smallestAt = required.reduce(
			(best, r, i) => (r.results.length < required[best]!.results.length ? i : best),
			0,
		);
		const bounding = query.required[smallestAt];
		const counts = async () => {
			await this.#loadFilters();
			// Search again now that every filter chunk is loaded; the index chunks are cached.
			const bound = await this.#pagefind.search(bounding ? clauseSearchTerm(bounding) : null, { filters });
			return single ? { counts: bound.filters, exact: true } : this.#countOver(new Set(order), bound.filters);
		};
		const text = (result: PagefindResult) => loadResultText(result, query, highlights.get(result.id));
		return { results, query, highlights, counts, text };
	}

	/**
	 * `candidates`: ranked pages that match every clause searched so far; `later`: the clauses
	 * their text must vouch for; `anyOrder`: report every candidate read that the text vouches
	 * for, not only the leading run. True when it reported first results.
	 */
	async #firstResults(
		query: ParsedQuery,
		later: ParsedQuery,
		candidates: readonly PagefindResult[],
		count: number,
		report: NonNullable<RunOptions['onFirstResults']>,
		anyOrder: boolean,
	): Promise<boolean> {
		const top: PagefindResult[] = [];
		for (const result of candidates) {
			if (top.length === count) break;
			if (!lacksAPhrase(query, result.words)) top.push(result);
		}
		// A passage of a long page, not its whole text: it holds the most matched words, which is
		// where a literal match is (src/lib/search/passages.ts), and a match in it is one in the page.
		const texts = await Promise.all(top.map((result) => loadResultText(result, query)));
		const vouched = surelyMatchingPages(
			later,
			texts.map((t) => t.words),
		);
		const shown = anyOrder ? vouched : vouched.filter((at, i) => at === i);
		if (shown.length === 0) return false;
		report({
			results: shown.map((at) => ({ result: top[at]!, text: texts[at]! })),
			query,
			highlights: new Map(shown.map((at) => [top[at]!.id, top[at]!.words])),
		});
		return true;
	}

	#loadFilters(): Promise<unknown> {
		this.#filtersLoaded ??= this.#pagefind.filters();
		return this.#filtersLoaded;
	}

	/**
	 * Facet counts over a set of pages, asking only about values that can be non-zero. Each
	 * value costs one filter-only Pagefind search (~10 ms on a 15,000-page index), so past
	 * EXACT_COUNT_BUDGET values the counts of the most selective clause are returned instead,
	 * flagged as upper bounds.
	 */
	async #countOver(ids: Set<string>, bound: FilterCounts): Promise<FacetCounts> {
		const candidates = Object.entries(bound).flatMap(([name, values]) =>
			Object.entries(values)
				.filter(([, n]) => n > 0)
				.map(([value]) => [name, value] as const),
		);
		if (candidates.length > EXACT_COUNT_BUDGET) return { counts: bound, exact: false };
		const counts: FilterCounts = Object.fromEntries(Object.keys(bound).map((name) => [name, {}]));
		const pages = await Promise.all(
			candidates.map(async ([name, value]) => [name, value, await this.#pagesWith(name, value)] as const),
		);
		for (const [name, value, withValue] of pages) {
			counts[name]![value] = countFacetValues(ids, new Map([[value, withValue]])).get(value) ?? 0;
		}
		return { counts, exact: true };
	}

	#pagesWith(name: string, value: string): Promise<Set<string>> {
		const key = `${name}\u0000${value}`;
		let pages = this.#pagesByFilterValue.get(key);
		if (!pages) {
			pages = this.#pagefind
				.search(null, { filters: { [name]: [value] } })
				.then((r) => new Set(r.results.map((x) => x.id)));
			this.#pagesByFilterValue.set(key, pages);
		}
		return pages;
	}
}
