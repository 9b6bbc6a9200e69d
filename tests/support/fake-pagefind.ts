/**
 * A stand-in for Pagefind's browser API (src/scripts/search/pagefind-client.ts), over a few
 * pages of text held in memory, for the unit tests of the search engine and of the search
 * page's controller. Every search and every page read is logged, so a test can tell what
 * Pagefind was asked for and in which order.
 */
import type { FilterCounts, Pagefind, PagefindResponse } from '../../src/scripts/search/pagefind-client.ts';
import { pageSetWords } from '../../src/lib/search/page-sets.ts';
import { contentWords, normaliseWord } from '../../src/lib/search/words.ts';

/** Filter values each page carries (its `data-pagefind-filter`s), by page id, then filter name. */
export type FakePageFilters = Record<string, Record<string, string[]>>;

/**
 * Pagefind as far as the engine sees it: an unquoted search ranks pages containing every
 * word or a word it begins (in the given order, which stands for relevance); a quoted one
 * finds the words adjacent, inflections included (`trustees` for `trustee`). Selected filters
 * keep the pages carrying every selected value; the filter counts are those of the results.
 */
export function fakePagefind(
	pages: Record<string, string>,
	log: string[],
	pageFilters: FakePageFilters = {},
): Pagefind {
	const words = (id: string) => contentWords(pages[id]!).map(normaliseWord);
	const inflected = (word: string, wanted: string) => word === wanted || word === `${wanted}s`;
	const filtersOf = (id: string) => pageFilters[id] ?? {};
	const carries = (id: string, selected: Record<string, string[]>) =>
		Object.entries(selected).every(([name, values]) => values.every((value) => filtersOf(id)[name]?.includes(value)));
	const countFilters = (ids: string[]): FilterCounts => {
		const counts: FilterCounts = {};
		for (const [name, values] of ids.flatMap((id) => Object.entries(filtersOf(id)))) {
			const byValue = (counts[name] ??= {});
			for (const value of values) byValue[value] = (byValue[value] ?? 0) + 1;
		}
		return counts;
	};
	const response = (ids: string[], queryWords: string[]): PagefindResponse => ({
		results: ids.map((id, i) => ({
			id,
			score: ids.length - i,
			// Every location of every query word, as Pagefind reports them for an unquoted search.
			words: words(id).flatMap((word, at) => (queryWords.some((w) => word.startsWith(w)) ? [at] : [])),
			data: async () => {
				log.push(`data ${id}`);
				return {
					raw_url: `/${id}/`,
					url: `/${id}/`,
					content: pages[id]!,
					meta: { title: id },
					filters: filtersOf(id),
					anchors: [],
				};
			},
		})),
		filters: countFilters(ids),
		unfilteredResultCount: ids.length,
	});
	return {
		options: async () => {},
		init: async () => {},
		preload: async () => {},
		filters: async () => countFilters(Object.keys(pages)),
		mergeIndex: async () => {},
		search: async (term, options) => {
			log.push(`search ${term}`);
			const quoted = /^"(.*)"$/.exec(term ?? '');
			const queryWords = (quoted?.[1] ?? term ?? '').split(' ');
			const ids = Object.keys(pages).filter((id) => {
				if (!carries(id, options?.filters ?? {})) return false;
				const text = words(id);
				if (!quoted) return queryWords.every((w) => text.some((t) => t.startsWith(w)));
				return text.some((_, i) => queryWords.every((w, k) => inflected(text[i + k] ?? '', w)));
			});
			return response(ids, quoted ? [] : queryWords);
		},
	};
}

/** The page-set index of `pages` (src/lib/search/page-sets.ts): each page's words once, as the build records them. */
export const fakePageSets = (pages: Record<string, string>, log: string[] = []): Pagefind =>
	fakePagefind(Object.fromEntries(Object.entries(pages).map(([id, text]) => [id, pageSetWords(text).join(' ')])), log);
