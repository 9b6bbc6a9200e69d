/**
 * The search page's state as a URL, so a search can be cited, bookmarked and restored:
 * `/search/?q=%22senior+subordinated%22+trustee&party=Wilmington+Trust+Company&sort=date-desc`.
 *
 * One parameter per filter name (repeated for several values), `q` for the query and `sort`
 * when not by relevance. Serialisation is canonical (filters in the page's order, values
 * sorted) so the same search always has the same URL.
 */

export const SORTS = {
	relevance: 'Relevance',
	'date-desc': 'Date, newest first',
	'date-asc': 'Date, oldest first',
} as const;
export type SortOrder = keyof typeof SORTS;

export interface SearchState {
	query: string;
	/** Selected values per filter name; a page must carry every selected value. */
	filters: Record<string, string[]>;
	sort: SortOrder;
}

export const emptySearchState = (): SearchState => ({ query: '', filters: {}, sort: 'relevance' });

const isSort = (value: string | null): value is SortOrder => value !== null && Object.hasOwn(SORTS, value);

/** Read a state from a URL's search parameters; unknown parameters and filter names are ignored. */
export function parseSearchState(params: URLSearchParams, filterNames: readonly string[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const name of filterNames) {
		const values = [...new Set(params.getAll(name).filter((v) => v.trim() !== ''))].sort();
		if (values.length > 0) filters[name] = values;
	}
	const sort = params.get('sort');
	return { query: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The canonical search parameters of a state; `filterNames` gives their order. */
export function searchStateParams(state: SearchState, filterNames: readonly string[]): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query.trim());
	for (const name of filterNames) {
		for (const value of [...new Set(state.filters[name] ?? [])].sort()) params.append(name, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	return params;
}

/** `path?…` for a state, or just `path` when the state is empty. */
export function searchStateHref(state: SearchState, filterNames: readonly string[], path = '/search/'): string {
	const query = searchStateParams(state, filterNames).toString();
	return query ? `${path}?${query}` : path;
}

/** Toggle one filter value, returning a new state. */
export function toggleFilter(state: SearchState, name: string, value: string): SearchState {
	const current = state.filters[name] ?? [];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value].sort();
	const filters = { ...state.filters };
	if (next.length > 0) filters[name] = next;
	else delete filters[name];
	return { ...state, filters };
}

export function hasSelectedFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((values) => values.length > 0);
}

/** Pagefind's `filters` option: an array under a name means the page carries all of them. */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
	return Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
}

/** Pagefind's `sort` option (sort keys come from src/lib/search/page-facets.ts: `date`). */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> {
	if (state.sort === 'date-desc') return { date: 'desc' };
	if (state.sort === 'date-asc') return { date: 'asc' };
	return {};
}
