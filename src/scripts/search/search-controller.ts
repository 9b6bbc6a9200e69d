/**
 * The search page's state machine, without the DOM: the current search state, keeping the URL
 * in step with it, running each search through the engine (src/scripts/search/engine.ts), first
 * results then the full list a page at a time, dropping what an older search reports once a
 * newer one has started, and the filter counts. It tells a `SearchView` what to show;
 * src/scripts/search/search-page.ts implements the view over the markup of
 * src/pages/search.astro and calls the controller from its event listeners, and
 * tests/unit/search-controller.test.ts drives it over a stand-in Pagefind.
 */
import { plural } from '../../lib/display/display-format.ts';
import { FILTERS } from '../../lib/search/page-facets.ts';
import type { ParsedQuery } from '../../lib/search/query-language.ts';
import {
	parseSearchState,
	searchStateHref,
	toggleFilter,
	type SearchState,
	type SortOrder,
} from '../../lib/search/url-state.ts';
import type { FirstResults, SearchOutcome } from './engine.ts';
import type { FilterCounts } from './pagefind-client.ts';
import type { ResultText } from './result-text.ts';
import type { Searcher } from './tiered-search.ts';

/** Results shown at first, and added by each "Show more". */
export const PAGE_SIZE = 10;
const FILTER_NAMES = Object.keys(FILTERS);
const IDLE_STATUS = 'Type a query to search. Filters appear with the results.';
/** While all filings are counted (the page-set index, else the whole index) after the head tier's first results (src/scripts/search/tiered-search.ts). */
export const HEAD_TIER_STATUS = 'First results from the newest filings; counting the results in all filings…';

/** The page's `data-status`, which the browser tests wait on (tests/e2e/search-page.ts). */
export type SearchStatus = 'idle' | 'searching' | 'results' | 'error';

/** What a search does to the browser history: add an entry, replace the current one, or neither. */
export type HistoryUpdate = 'push' | 'replace' | 'none';

/** One result to put on the list. */
export interface ResultItem {
	/** Its page's data and the part of its text to show. */
	text: ResultText;
	query: ParsedQuery;
	/** Word locations Pagefind matched: candidates for highlighting (src/lib/search/excerpts.ts). */
	candidates: readonly number[];
	/** Its place in the results, from 1. */
	position: number;
}

/** What the controller asks of the page. */
export interface SearchView {
	/** The page's URL now: searches link under its path, and its query string is the state to restore. */
	location(): { pathname: string; search: string };
	pushUrl(href: string): void;
	replaceUrl(href: string): void;
	/** Show the state in the form: the query box, the sort order, the "Clear all filters" button. */
	showState(state: SearchState): void;
	showStatus(text: string, status: SearchStatus): void;
	/** The result list is being replaced by a search (`aria-busy`). */
	setBusy(busy: boolean): void;
	replaceResults(items: ResultItem[]): void;
	/** Add a result to the list, and move keyboard focus to its link when `focus`. */
	appendResult(item: ResultItem, focus: boolean): void;
	/** The "Show more" button: hidden for null or when every result is shown. */
	showMoreButton(progress: { shown: number; total: number } | null): void;
	/** The filters on the page are not (yet) those of the current search. */
	facetsPending(): void;
	hideFilters(): void;
	/** `expanded`: the filters whose full list of values the reader asked for. */
	renderFacets(counts: FilterCounts, state: SearchState, expanded: ReadonlySet<string>): void;
	/** The filters of the current search are rendered; `exact` is false when the counts are upper bounds. */
	facetsReady(exact: boolean): void;
}

export class SearchController {
	readonly #engine: Promise<Searcher>;
	readonly #view: SearchView;
	#state: SearchState;
	#outcome: SearchOutcome | null = null;
	/** How many of the outcome's results are on the list. */
	#shown = 0;
	/** Ids of the first results on the list before the engine settled the search. */
	#shownFirst: string[] = [];
	#counts: FilterCounts = {};
	readonly #expanded = new Set<string>();
	/** Numbers the searches: whatever an older one reports once a newer one has started is dropped. */
	#generation = 0;
	/** The page of results being loaded, so a second "Show more" does not load it twice. */
	#loadingMore: Promise<void> | null = null;

	/** `engine`: rejected when Pagefind cannot be loaded, which the first search reports. */
	constructor(engine: Promise<Searcher>, view: SearchView) {
		this.#engine = engine;
		this.#view = view;
		this.#state = this.#stateInUrl();
	}

	get state(): SearchState {
		return this.#state;
	}

	/** Show the state the page was opened with, and search for it if there is anything to search. */
	start(): Promise<void> {
		this.#view.showState(this.#state);
		if (this.#state.query.trim() || Object.keys(this.#state.filters).length > 0) return this.#run(this.#state, 'none');
		this.#view.showStatus(IDLE_STATUS, 'idle');
		// Warm Pagefind up while the reader types; a failure is reported by the first search.
		this.#engine.catch(() => {});
		return Promise.resolve();
	}

	/** `replace` while the reader types (one history entry per search, not per pause), else `push`. */
	search(query: string, history: 'push' | 'replace'): Promise<void> {
		return this.#run({ ...this.#state, query }, history);
	}

	sortBy(sort: SortOrder): Promise<void> {
		return this.#run({ ...this.#state, sort }, 'push');
	}

	toggleFilter(name: string, value: string): Promise<void> {
		return this.#run(toggleFilter(this.#state, name, value), 'push');
	}

	clearFilters(): Promise<void> {
		return this.#run({ ...this.#state, filters: {} }, 'push');
	}

	/** Back or forward in the history: search for what the URL now says. */
	urlChanged(): Promise<void> {
		return this.#run(this.#stateInUrl(), 'none');
	}

	/** The next page of results, focusing the first of them (the reader clicked "Show more"). */
	showMore(): Promise<void> {
		return this.#showMore(true);
	}

	expandFacet(name: string): void {
		this.#expanded.add(name);
		this.#view.renderFacets(this.#counts, this.#state, this.#expanded);
	}

	#stateInUrl(): SearchState {
		return parseSearchState(new URLSearchParams(this.#view.location().search), FILTER_NAMES);
	}

	#isCurrent(run: number): boolean {
		return run === this.#generation;
	}

	async #run(next: SearchState, history: HistoryUpdate): Promise<void> {
		this.#state = next;
		this.#view.showState(next);
		this.#updateUrl(history);
		const run = ++this.#generation;
		this.#view.facetsPending();
		// "Show more" belongs to the previous results until this search settles.
		this.#view.showMoreButton(null);
		this.#view.setBusy(true);
		this.#view.showStatus('Searching…', 'searching');
		try {
			await this.#search(run);
		} catch (error) {
			if (!this.#isCurrent(run)) return;
			this.#view.showStatus(error instanceof Error ? error.message : String(error), 'error');
			console.error(error);
		} finally {
			if (this.#isCurrent(run)) this.#view.setBusy(false);
		}
	}

	/** A new entry only when the URL changes, so pressing Enter twice adds one. */
	#updateUrl(history: HistoryUpdate) {
		const { pathname, search } = this.#view.location();
		const href = searchStateHref(this.#state, FILTER_NAMES, pathname);
		if (history === 'push' && href !== `${pathname}${search}`) this.#view.pushUrl(href);
		else if (history !== 'none') this.#view.replaceUrl(href);
	}

	async #search(run: number) {
		this.#shownFirst = [];
		const onFirstResults = (first: FirstResults) => this.#showFirstResults(run, first);
		const outcome = await (await this.#engine).run(this.#state, { firstResults: PAGE_SIZE, onFirstResults });
		if (!this.#isCurrent(run)) return;
		this.#outcome = outcome;
		this.#loadingMore = null;
		// The results begin with the first results shown (the engine's promise); keep them.
		const first = this.#shownFirst;
		const keep = outcome !== null && first.length > 0 && first.every((id, i) => outcome.results[i]?.id === id);
		this.#shown = keep ? first.length : 0;
		if (!keep) this.#view.replaceResults([]);
		if (!outcome) {
			this.#view.hideFilters();
			this.#view.showMoreButton(null);
			this.#view.showStatus(IDLE_STATUS, 'idle');
			return;
		}
		// With a count of its own (the head tier's first results: src/scripts/search/tiered-search.ts),
		// the outcome's results are only those first ones; the rest is loaded when needed.
		const total = outcome.total ?? { count: outcome.results.length, exact: true };
		if (!outcome.rest) await this.#showMore(false, Math.max(this.#shown, PAGE_SIZE));
		else this.#view.showMoreButton({ shown: this.#shown, total: total.count });
		if (!this.#isCurrent(run)) return;
		this.#view.showStatus(this.#describe(total.count, total.exact), 'results');
		await this.#showCounts(run, outcome);
		// Fewer first results than a page, and more to come: fill the page, from the head tier's
		// other results where it has enough (tiered-search.ts), else from the whole index.
		if (this.#isCurrent(run) && outcome.rest && this.#shown < Math.min(PAGE_SIZE, total.count)) {
			await this.#showMore(false, PAGE_SIZE);
		}
	}

	async #showCounts(run: number, outcome: SearchOutcome) {
		const { counts, exact } = await outcome.counts();
		if (!this.#isCurrent(run)) return;
		this.#counts = counts;
		this.#view.renderFacets(counts, this.#state, this.#expanded);
		this.#view.facetsReady(exact);
	}

	/**
	 * Replace an outcome of first results with more of the list (`SearchOutcome.rest`): the results
	 * shown are kept when it begins with them, else replaced. When it is the whole list (no
	 * `total` of its own), its exact count and filter counts follow.
	 */
	async #loadRest(run: number, outcome: SearchOutcome) {
		const more = await outcome.rest!();
		if (!this.#isCurrent(run)) return;
		const shown = outcome.results.slice(0, this.#shown).map((result) => result.id);
		this.#outcome = more ?? { ...outcome, rest: undefined };
		if (!more) return;
		if (!shown.every((id, i) => more.results[i]?.id === id)) {
			this.#view.replaceResults([]);
			this.#shown = 0;
		}
		const total = more.total ?? { count: more.results.length, exact: true };
		this.#view.showStatus(this.#describe(total.count, total.exact), 'results');
		if (!more.total) void this.#showCounts(run, more);
	}

	/** Show the first results the engine could vouch for while it confirms the rest. */
	#showFirstResults(run: number, first: FirstResults) {
		if (!this.#isCurrent(run)) return;
		const items = first.results.map(({ result, text }, i) => ({
			text,
			query: first.query,
			candidates: first.highlights.get(result.id) ?? [],
			position: i + 1,
		}));
		this.#view.replaceResults(items);
		this.#shownFirst = first.results.map(({ result }) => result.id);
		if (first.fromHeadTier) this.#view.showStatus(HEAD_TIER_STATUS, 'searching');
	}

	#showMore(focusFirst: boolean, until = this.#shown + PAGE_SIZE): Promise<void> {
		if (this.#loadingMore) return this.#loadingMore;
		const loading = this.#appendPage(focusFirst, until).finally(() => {
			if (this.#loadingMore === loading) this.#loadingMore = null;
		});
		this.#loadingMore = loading;
		return loading;
	}

	/**
	 * Append results up to `until`, loading more of the list for them (`SearchOutcome.rest`, in as
	 * many steps as it takes). Each result needs its page's fragment (and a long page's passage): all are
	 * requested at once and each is shown as soon as it and those above it have arrived, so the
	 * first result does not wait for the slowest of the page.
	 */
	async #appendPage(focusFirst: boolean, until: number) {
		if (!this.#outcome) return;
		const run = this.#generation;
		while (this.#outcome.rest && until > this.#outcome.results.length) {
			if (focusFirst) this.#view.showStatus('Loading more results…', 'searching');
			await this.#loadRest(run, this.#outcome);
			if (!this.#isCurrent(run) || !this.#outcome) return;
		}
		const { results, query, highlights, text: textOf } = this.#outcome;
		const slice = results.slice(this.#shown, until);
		const loads = slice.map(textOf);
		for (const [i, load] of loads.entries()) {
			const text = await load;
			if (!this.#isCurrent(run)) return;
			const candidates = highlights.get(slice[i]!.id) ?? [];
			this.#view.appendResult({ text, query, candidates, position: this.#shown + 1 }, focusFirst && i === 0);
			this.#shown++;
		}
		this.#view.showMoreButton({ shown: this.#shown, total: this.#outcome.total?.count ?? results.length });
	}

	/** The status once a search has settled: how many results for what, or what to try instead. */
	#describe(count: number, exact = true): string {
		const query = this.#state.query.trim();
		const forQuery = query ? ` for “${query}”` : '';
		if (count === 0) {
			const advice = 'Check the spelling, remove a word or a filter, or use * for any ending (subordinat*).';
			return `No results${forQuery}. ${advice}`;
		}
		const filterCount = Object.values(this.#state.filters).reduce((n, values) => n + values.length, 0);
		const filters = filterCount > 0 ? ` with ${plural(filterCount, 'filter')}` : '';
		// An upper bound: a phrase counted as its words (src/lib/search/page-sets.ts).
		if (!exact)
			return `Up to ${plural(count, 'result')}${forQuery}${filters}; the exact count comes with the full list.`;
		return `${plural(count, 'result')}${forQuery}${filters}.`;
	}
}
