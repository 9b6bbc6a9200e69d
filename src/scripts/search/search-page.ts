/**
 * The search page controller: reads the state from the URL, keeps the URL in step with the
 * form, runs searches, renders results and filters, and makes it all keyboard- and
 * screen-reader-friendly. Markup it expects: src/pages/search.astro (ids there and here change
 * together). `data-status` on the root (`idle`, `searching`, `results`, `error`) and
 * `data-facets="ready"` let tests wait for real conditions instead of sleeping.
 */
import { plural } from '../../lib/display/display-format.ts';
import { FILTERS } from '../../lib/search/page-facets.ts';
import { parseSearchState, searchStateHref, toggleFilter, type SearchState, type SortOrder } from '../../lib/search/url-state.ts';
import { SearchEngine, type FirstResults, type SearchOutcome } from './engine.ts';
import { loadPagefind, type FilterCounts } from './pagefind-client.ts';
import { renderFacets } from './render-facets.ts';
import { renderResult } from './render-results.ts';

const PAGE_SIZE = 10;
/** Search while typing once the reader pauses; Enter searches at once. */
const TYPING_PAUSE_MS = 250;
const FILTER_NAMES = Object.keys(FILTERS);

function required<T extends Element>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T>(selector);
	if (!found) throw new Error(`The search page has no ${selector}. src/pages/search.astro and src/scripts/search/search-page.ts must agree on their ids.`);
	return found;
}

export function startSearchPage(root: HTMLElement): void {
	const form = required<HTMLFormElement>(root, '#search-form');
	const input = required<HTMLInputElement>(root, '#search-query');
	const sortSelect = required<HTMLSelectElement>(root, '#search-sort');
	const facets = required<HTMLElement>(root, '#search-facets');
	const filtersPanel = required<HTMLElement>(root, '#search-filters');
	const status = required<HTMLElement>(root, '#search-status');
	const list = required<HTMLOListElement>(root, '#search-results');
	const more = required<HTMLButtonElement>(root, '#search-more');
	const clear = required<HTMLButtonElement>(root, '#search-clear-filters');
	const countsNote = required<HTMLElement>(root, '#search-counts-note');

	const engine = loadPagefind(root.dataset.pagefindBundle ?? '/pagefind/pagefind.js').then((pagefind) => new SearchEngine(pagefind));
	const expanded = new Set<string>();
	let state: SearchState = parseSearchState(new URLSearchParams(location.search), FILTER_NAMES);
	let outcome: SearchOutcome | null = null;
	let shown = 0;
	/** Ids of the first results on the list before the engine settled the search. */
	let shownFirst: string[] = [];
	let lastCounts: FilterCounts = {};
	let generation = 0;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	const setStatus = (text: string, kind: string) => {
		status.textContent = text;
		root.dataset.status = kind;
	};

	const describe = (count: number) => {
		const query = state.query.trim();
		const filterCount = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
		const filters = filterCount > 0 ? ` with ${plural(filterCount, 'filter')}` : '';
		return `${plural(count, 'result')}${query ? ` for “${query}”` : ''}${filters}.`;
	};

	const reflectState = () => {
		if (input.value !== state.query) input.value = state.query;
		sortSelect.value = state.sort;
		clear.hidden = Object.keys(state.filters).length === 0;
	};

	/** The page of results being loaded, so a second click on "Show more" does not load it twice. */
	let loadingMore: Promise<void> | null = null;

	function showMore(focusFirst: boolean, until = shown + PAGE_SIZE): Promise<void> {
		if (loadingMore) return loadingMore;
		const loading = appendPage(focusFirst, until).finally(() => {
			if (loadingMore === loading) loadingMore = null;
		});
		loadingMore = loading;
		return loading;
	}

	/**
	 * Append results up to `until`. Each result needs its page's fragment (its text): all are
	 * requested at once and each is shown as soon as it and those above it have arrived, so the
	 * first result does not wait for the slowest of the page.
	 */
	async function appendPage(focusFirst: boolean, until: number) {
		if (!outcome) return;
		const run = generation;
		const { results, query, highlights } = outcome;
		const slice = results.slice(shown, until);
		const loads = slice.map((r) => r.data());
		for (const [i, load] of loads.entries()) {
			const data = await load;
			if (run !== generation) return;
			const item = renderResult(data, query, highlights.get(slice[i]!.id) ?? [], `result-${shown + 1}`);
			list.append(item);
			shown++;
			if (focusFirst && i === 0) item.querySelector<HTMLElement>('[data-result-link]')?.focus();
		}
		more.hidden = shown >= results.length;
		more.textContent = `Show more results (${shown} of ${results.length} shown)`;
	}

	/** Show the first results the engine could vouch for while it confirms the rest. */
	function showFirstResults(run: number, first: FirstResults) {
		if (run !== generation) return;
		list.replaceChildren(...first.results.map(({ result, data }, i) => renderResult(data, first.query, first.highlights.get(result.id) ?? [], `result-${i + 1}`)));
		shownFirst = first.results.map(({ result }) => result.id);
	}

	async function run(next: SearchState, history: 'push' | 'replace' | 'none') {
		state = next;
		reflectState();
		const href = searchStateHref(state, FILTER_NAMES, location.pathname);
		if (history === 'push' && href !== `${location.pathname}${location.search}`) window.history.pushState(null, '', href);
		else if (history !== 'none') window.history.replaceState(null, '', href);

		const run = ++generation;
		delete root.dataset.facets;
		// "Show more" belongs to the previous results until this search settles.
		more.hidden = true;
		list.setAttribute('aria-busy', 'true');
		setStatus('Searching…', 'searching');
		try {
			shownFirst = [];
			const result = await (await engine).run(state, { firstResults: PAGE_SIZE, onFirstResults: (first) => showFirstResults(run, first) });
			if (run !== generation) return;
			outcome = result;
			loadingMore = null;
			// The results begin with the first results shown (the engine's promise); keep them.
			const keep = result !== null && shownFirst.length > 0 && shownFirst.every((id, i) => result.results[i]?.id === id);
			shown = keep ? shownFirst.length : 0;
			if (!keep) list.replaceChildren();
			if (!result) {
				filtersPanel.hidden = true;
				more.hidden = true;
				setStatus('Type a query to search. Filters appear with the results.', 'idle');
				return;
			}
			await showMore(false, Math.max(shown, PAGE_SIZE));
			if (run !== generation) return;
			setStatus(
				result.results.length === 0
					? `No results${state.query.trim() ? ` for “${state.query.trim()}”` : ''}. Check the spelling, remove a word or a filter, or use * for any ending (subordinat*).`
					: describe(result.results.length),
				'results',
			);
			const { counts, exact } = await result.counts();
			if (run !== generation) return;
			lastCounts = counts;
			countsNote.hidden = exact;
			renderFacets(facets, lastCounts, state, { labels: FILTERS, expanded });
			filtersPanel.hidden = facets.childElementCount === 0;
			root.dataset.facets = 'ready';
		} catch (error) {
			if (run !== generation) return;
			setStatus(error instanceof Error ? error.message : String(error), 'error');
			console.error(error);
		} finally {
			if (run === generation) list.removeAttribute('aria-busy');
		}
	}

	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => run({ ...state, query: input.value }, 'replace'), TYPING_PAUSE_MS);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void run({ ...state, query: input.value }, 'push');
	});
	sortSelect.addEventListener('change', () => void run({ ...state, sort: sortSelect.value as SortOrder }, 'push'));
	facets.addEventListener('change', (event) => {
		const target = event.target;
		if (target instanceof HTMLInputElement && target.type === 'checkbox') void run(toggleFilter(state, target.name, target.value), 'push');
	});
	facets.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
		if (!button) return;
		expanded.add(button.dataset.facet!);
		renderFacets(facets, lastCounts, state, { labels: FILTERS, expanded });
	});
	clear.addEventListener('click', () => {
		void run({ ...state, filters: {} }, 'push');
		input.focus();
	});
	more.addEventListener('click', () => void showMore(true));
	window.addEventListener('popstate', () => void run(parseSearchState(new URLSearchParams(location.search), FILTER_NAMES), 'none'));

	// Arrow keys move between result links; from the box, ↓ enters the results; Escape returns.
	root.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const links = [...list.querySelectorAll<HTMLElement>('[data-result-link]')];
		const at = links.indexOf(document.activeElement as HTMLElement);
		if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
			const next = links[at + 1];
			if (next) {
				event.preventDefault();
				next.focus();
			}
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			(links[at - 1] ?? input).focus();
		} else if (event.key === 'Escape' && at >= 0) {
			event.preventDefault();
			input.focus();
		}
	});

	reflectState();
	if (state.query.trim() || Object.keys(state.filters).length > 0) void run(state, 'none');
	else {
		setStatus('Type a query to search. Filters appear with the results.', 'idle');
		// Warm Pagefind up while the reader types; a failure is reported by the first search.
		engine.catch(() => {});
	}
}
