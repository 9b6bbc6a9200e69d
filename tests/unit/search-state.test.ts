import { describe, expect, it } from 'vitest';
import { FILTERS } from '../../src/lib/search/page-facets.ts';
import {
	emptySearchState,
	pagefindFilters,
	pagefindSort,
	parseSearchState,
	searchStateHref,
	toggleFilter,
} from '../../src/lib/search/url-state.ts';

const names = Object.keys(FILTERS);

describe('search state in the URL', () => {
	it('round-trips a query, repeated filter values and a sort order', () => {
		const state = {
			query: '"senior subordinated" trustee -warrant',
			filters: { party: ['Wilmington Trust Company', 'Ableco Finance LLC'], year: ['2003'] },
			sort: 'date-desc' as const,
		};
		const href = searchStateHref(state, names);
		expect(href).toBe(
			'/search/?q=%22senior+subordinated%22+trustee+-warrant&party=Ableco+Finance+LLC&party=Wilmington+Trust+Company&year=2003&sort=date-desc',
		);
		expect(parseSearchState(new URL(href, 'https://x.test').searchParams, names)).toEqual({
			...state,
			filters: { party: ['Ableco Finance LLC', 'Wilmington Trust Company'], year: ['2003'] },
		});
	});

	it('gives the same URL for the same search whatever the order of selection', () => {
		const a = searchStateHref({ query: 'x', filters: { year: ['2003'], form: ['8-K'] }, sort: 'relevance' }, names);
		const b = searchStateHref({ query: 'x', filters: { form: ['8-K'], year: ['2003'] }, sort: 'relevance' }, names);
		expect(a).toBe(b);
		expect(a).toBe('/search/?q=x&form=8-K&year=2003');
	});

	it('ignores unknown parameters, unknown filter names, empty values and an unknown sort', () => {
		const state = parseSearchState(new URLSearchParams('q=notes&utm_source=mail&colour=red&party=&sort=random'), names);
		expect(state).toEqual({ query: 'notes', filters: {}, sort: 'relevance' });
	});

	it('is plain /search/ for an empty search', () => {
		expect(searchStateHref(emptySearchState(), names)).toBe('/search/');
	});
});

describe('changing the state', () => {
	it('adds a filter value, then removes it and the filter with it', () => {
		const once = toggleFilter(emptySearchState(), 'party', 'Harrow Bank');
		expect(once.filters).toEqual({ party: ['Harrow Bank'] });
		expect(toggleFilter(once, 'party', 'Harrow Bank').filters).toEqual({});
	});

	it('tells Pagefind to require every selected value and to sort by date when asked', () => {
		const state = { query: '', filters: { party: ['A', 'B'], year: [] }, sort: 'date-asc' as const };
		expect(pagefindFilters(state)).toEqual({ party: ['A', 'B'] });
		expect(pagefindSort(state)).toEqual({ date: 'asc' });
		expect(pagefindSort({ ...state, sort: 'relevance' })).toEqual({});
	});
});
