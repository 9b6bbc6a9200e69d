/**
 * The page-set index: what the search page counts with (issue 16, item 3; docs/search-scaling.md,
 * "Counts from a page-set index").
 *
 * Pagefind's index chunk for a word holds its every location on every page, so counting a common
 * word over the whole index (every part) reads megabytes: `trustee`, `of`. The page-set index is a
 * second Pagefind index of the same pages, each page's record holding each of its words once, with
 * its meta fields and filters: a word's chunk then holds one entry per page that has it, and
 * Pagefind itself — the same tokenising, stemming, prefixes and filters as the whole index —
 * answers which pages hold which words. A count there is exact for a query of words, prefixes and
 * exclusions; adjacency is lost, so a phrase is counted as its words (an upper bound, said so).
 *
 * Words without a letter (amounts, dates, section numbers: three quarters of a financial
 * exhibit's distinct words) are left out of the records, which keeps the index small and quick to
 * write. No Pagefind word with a letter comes from them (a word's parts and stem only lose
 * characters), so a query whose every word has a letter counts the same pages; a query with a
 * number is counted on the whole index, as before (`pageSetQuery` returns null).
 */
import { type Clause, type ParsedQuery, STOP_WORDS } from './query-language.ts';
import { parseNamedIndexes } from './shard-layout.ts';
import { contentWords } from './words.ts';

/** The search page's `<meta>` naming the page-set indexes (src/integrations/pagefind-page-sets.ts). */
export const PAGE_SETS_META = 'filed-herewith-page-sets';

/**
 * Pages per page-set index, at most (a part larger than this is one index alone). A rebuild
 * writes again only the page-set indexes whose parts changed, at 0.9–1.2 ms a page (10,000
 * real-size exhibits, 2026-12-04); each further index costs a search one more chunk per word.
 */
export const PAGE_SET_PAGES = 4000;

const HAS_LETTER = /\p{L}/u;

/**
 * A page's words for its page-set record: each word with a letter, once, in first-seen order.
 * As written, not lower-cased: Pagefind splits a word at a change of case as well as at
 * punctuation (`RolesBorrower`, two elements' text run together in its content, is indexed as
 * `rolesborrower`, `roles` and `borrower`), and only the word as written splits the same way.
 */
export function pageSetWords(content: string): string[] {
	return [...new Set(contentWords(content).filter((word) => HAS_LETTER.test(word)))];
}

/** The parts (in the site's order) each page-set index covers: runs of consecutive parts of at most `budget` pages. */
export function pageSetGroups(
	parts: readonly { name: string; pages: number }[],
	budget = PAGE_SET_PAGES,
): { name: string; parts: string[] }[] {
	const groups: { name: string; parts: string[]; pages: number }[] = [];
	for (const part of parts) {
		const last = groups.at(-1);
		if (last && last.pages + part.pages <= budget) {
			last.parts.push(part.name);
			last.pages += part.pages;
		} else groups.push({ name: `page-sets-${part.name}`, parts: [part.name], pages: part.pages });
	}
	return groups.map(({ name, parts: members }) => ({ name, parts: members }));
}

/** The `<meta>` tag naming the page-set indexes (`shardIndexPath` of each group). */
export const pageSetsMetaTag = (indexPaths: readonly string[]) =>
	`<meta name="${PAGE_SETS_META}" content="${indexPaths.join(' ')}">`;

/** The page-set index paths the search page names (`parseNamedIndexes`), or undefined. */
export const parsePageSets = parseNamedIndexes;

/**
 * The search page of a merge of shards (scripts/lib/shard-merge.ts) without the primary's
 * page-set indexes, which count only the primary's pages: the merged site counts on its whole index.
 */
export const withoutPageSets = (html: string) =>
	html.replace(new RegExp(`<meta name="${PAGE_SETS_META}" content="[^"]*">`), '');

/** What the page-set index is asked for a query: the query it can answer, and whether its count is the query's. */
export interface PageSetQuery {
	query: ParsedQuery;
	/** False when a phrase was counted as its words: the count is an upper bound. */
	exact: boolean;
}

const hasLetter = (clause: Clause) => clause.words.every((word) => HAS_LETTER.test(word));

/**
 * The query to count on the page-set index, or null when it cannot count it (a word without a
 * letter). A required phrase becomes its words but stop words (all of them when nothing else is
 * left), each required: every page with the phrase has them, so the count bounds the phrase's. An
 * excluded phrase is dropped: excluding pages with its words would leave out pages that match.
 */
export function pageSetQuery(query: ParsedQuery): PageSetQuery | null {
	if (![...query.required, ...query.excluded].every(hasLetter)) return null;
	const required: Clause[] = [];
	for (const clause of query.required) {
		if (clause.kind !== 'phrase') {
			required.push(clause);
			continue;
		}
		const content = clause.words.filter((word) => !STOP_WORDS.has(word));
		for (const word of content.length > 0 ? content : clause.words) {
			if (!required.some((c) => c.kind === 'word' && c.words[0] === word))
				required.push({ kind: 'word', words: [word] });
		}
	}
	const excluded = query.excluded.filter((clause) => clause.kind !== 'phrase');
	const exact = [...query.required, ...query.excluded].every((clause) => clause.kind !== 'phrase');
	return { query: { required, excluded }, exact };
}

/** A parsed query written back in the query language (its words are normalised: no quotes or punctuation in them). */
export function formatQuery(query: ParsedQuery): string {
	const clause = (c: Clause) =>
		c.kind === 'prefix' ? `${c.words[0]}*` : c.kind === 'phrase' ? `"${c.words.join(' ')}"` : c.words[0]!;
	return [...query.required.map(clause), ...query.excluded.map((c) => `-${clause(c)}`)].join(' ');
}
