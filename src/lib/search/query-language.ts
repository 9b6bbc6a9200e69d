/**
 * src/lib/search/ owns search: this query language, excerpts and deep links (excerpts.ts), the
 * words both share (words.ts), the search URL state (url-state.ts), the facets pages declare
 * (page-facets.ts), and how large or sharded indexes are laid out (index-parts.ts, shard-layout.ts).
 *
 * The search page's query language, and the logic that runs it on top of Pagefind.
 *
 * Pagefind ranks pages that contain *any* query word (prefix-matched and stemmed) and does an
 * exact phrase search only when the whole query is one quoted string. Lawyers expect
 * Westlaw-style queries instead: every word required, quoted phrases mixed with words, and
 * exclusions. So a query is split into clauses, each clause is one native Pagefind search
 * (a phrase or a single quoted word uses Pagefind's exact mode), and the clause result sets are
 * combined here: intersect the required clauses, subtract the excluded ones, keep the ranking
 * of one relevance search over all the positive words.
 *
 * Why sets of page ids and not a check of each result's text: checking text needs each page's
 * fragment, one download per candidate page, which on a 10,000-exhibit site blows the byte
 * budget for common words. Clause searches only read the index chunks the ranking search loads
 * anyway. The text of a shown result is then used for excerpts, highlights and deep links
 * (src/lib/search/excerpts.ts).
 *
 * Syntax (documented to readers in src/pages/search.astro; change both together):
 *   `trustee indenture`        both words (and their inflections: trustee, trustees)
 *   `"senior subordinated"`    the words adjacent and in this order; case and punctuation ignored
 *   `-warrant`, `-"form of"`   pages containing the word or phrase anywhere are left out
 *   `subordinat*`              any word starting with it (also Westlaw's `subordinat!`)
 */
import { normaliseWord } from './words.ts';

export type ClauseKind = 'word' | 'prefix' | 'phrase';

export interface Clause {
	kind: ClauseKind;
	/** Normalised words, as Pagefind normalises a query: lower case, no punctuation. */
	words: string[];
}

export interface ParsedQuery {
	/** Every page in the results matches each of these. */
	required: Clause[];
	/** No page in the results matches any of these. */
	excluded: Clause[];
}

/** Quotes a reader may type or paste around a phrase (word processors curl them). */
const QUOTES = /["“”„«»]/;

function wordsOf(text: string): string[] {
	return text
		.split(/\s+/)
		.map(normaliseWord)
		.filter((w) => w.length > 0);
}

/** Read one token or quoted phrase starting at `i`; returns the clause (or null) and the next index. */
function readClause(query: string, i: number): { clause: Clause | null; next: number } {
	if (QUOTES.test(query[i]!)) {
		// An unclosed quote runs to the end of the query, as the reader most likely meant.
		let end = i + 1;
		while (end < query.length && !QUOTES.test(query[end]!)) end++;
		const words = wordsOf(query.slice(i + 1, end));
		const clause: Clause | null = words.length === 0 ? null : { kind: words.length === 1 ? 'word' : 'phrase', words };
		return { clause, next: end + 1 };
	}
	let end = i;
	while (end < query.length && !/\s/.test(query[end]!) && !(end > i && QUOTES.test(query[end]!))) end++;
	const token = query.slice(i, end);
	const isPrefix = /[*!]$/.test(token);
	const word = normaliseWord(isPrefix ? token.slice(0, -1) : token);
	if (!word) return { clause: null, next: end };
	return { clause: { kind: isPrefix ? 'prefix' : 'word', words: [word] }, next: end };
}

/** Parse a query typed in the search box. Never throws: anything unparseable is a plain word. */
export function parseQuery(query: string): ParsedQuery {
	const parsed: ParsedQuery = { required: [], excluded: [] };
	let i = 0;
	while (i < query.length) {
		if (/\s/.test(query[i]!)) {
			i++;
			continue;
		}
		// A leading minus excludes; a minus inside a word (`trustee-bank`) is part of the word.
		const excluded = query[i] === '-' && i + 1 < query.length && !/\s/.test(query[i + 1]!);
		const { clause, next } = readClause(query, excluded ? i + 1 : i);
		if (clause) (excluded ? parsed.excluded : parsed.required).push(clause);
		i = next;
	}
	return parsed;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
	return query.required.length === 0 && query.excluded.length === 0;
}

/**
 * The Pagefind search term that finds exactly the pages matching a clause. A quoted term puts
 * Pagefind in exact mode: whole words (with their inflections), adjacent, in order.
 */
export function clauseSearchTerm(clause: Clause): string {
	return clause.kind === 'prefix' ? clause.words[0]! : `"${clause.words.join(' ')}"`;
}

/**
 * Words on nearly every page of English legal text. Pagefind's index chunk of such a word holds
 * its every location on every page (`of`: 137 kB of the 302 kB to first results of
 * `"events of default"` on 2,734 real pages, growing with the corpus), and a relevance search
 * including one matches and scores nearly every page. So the ranking search leaves them out;
 * the phrase searches that decide the results still match them exactly.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	'a an and any are as at be by for from has have in is it its of on or such that the this to was which with'.split(
		' ',
	),
);

/** The words of the query the ranking search looks up: all but stop words, unless nothing else is left. */
function rankingWords(words: readonly string[]): string[] {
	const content = words.filter((w) => !STOP_WORDS.has(w));
	return content.length > 0 ? content : [...words];
}

/**
 * The term for the relevance search that orders the results: every positive word but stop
 * words, unquoted, so Pagefind's BM25 and meta-field weights (title, parties, instruments) rank
 * them. Every page matching the query contains one of them, so the ranking still takes in every
 * result. `null` when nothing is required (a filter-only or exclusion-only search).
 */
export function rankingSearchTerm(query: ParsedQuery): string | null {
	const words = rankingWords(query.required.flatMap((c) => c.words));
	return words.length > 0 ? words.join(' ') : null;
}

/** Whether every word of a clause is one the ranking search looks up (no stop word), so its chunks are loaded. */
export function searchedByRanking(clause: Clause): boolean {
	return !clause.words.some((w) => STOP_WORDS.has(w));
}

/**
 * Whether a phrase can start at some location, from the locations of the ranking search's words
 * (every location of every ranked word): each of the phrase's ranked words is such a location,
 * at its offset in the phrase (`events of default`: `events` at l and `default` at l + 2).
 */
export function phraseCanMatch(phrase: Clause, locations: ReadonlySet<number>): boolean {
	const ranked = new Set(rankingWords(phrase.words));
	const offsets = phrase.words.flatMap((w, k) => (ranked.has(w) ? [k] : []));
	const [first, ...rest] = offsets;
	for (const l of locations) if (rest.every((k) => locations.has(l - first! + k))) return true;
	return false;
}

/**
 * Whether a ranking search with no results proves that nothing matches, so no clause search
 * need run. The ranking search finds every page containing each positive word (prefix-matched,
 * a word missing from the index left out), which takes in every page each required clause
 * matches, but when sorted by date it also drops pages without a date, which the clause
 * searches still find and combineClauseResults appends.
 */
export function emptyRankingMeansNoMatch(query: ParsedQuery, sortedByField: boolean): boolean {
	return query.required.length === 0 || !sortedByField;
}

/**
 * Whether one clause search already gives the answer (its results, counts and filters), with no
 * combining: a single required clause and nothing excluded.
 */
export function isSingleClause(query: ParsedQuery): boolean {
	return query.required.length === 1 && query.excluded.length === 0;
}

/**
 * Combine clause results: the ranked ids that are in every required set and in no excluded
 * set, in ranking order. Ids in every required set but missing from the ranking (not expected:
 * the ranking search matches any positive word) are appended, so nothing silently drops.
 */
export function combineClauseResults(
	ranked: readonly string[],
	required: readonly ReadonlySet<string>[],
	excluded: readonly ReadonlySet<string>[],
): string[] {
	const keep = (id: string) => required.every((set) => set.has(id)) && !excluded.some((set) => set.has(id));
	const result = ranked.filter(keep);
	if (required.length > 0) {
		const seen = new Set(result);
		const [smallest] = [...required].sort((a, b) => a.size - b.size);
		for (const id of smallest!) if (!seen.has(id) && keep(id)) result.push(id);
	}
	return result;
}

/**
 * Whether a page's indexed text (`contentWords(data.content)`, src/lib/search/words.ts) surely
 * matches a clause, read literally: the clause's words, normalised as Pagefind normalises them,
 * appear as whole words in the text, one after another for a phrase (a word starting with it,
 * for a prefix). A literal match is a match for Pagefind too, which only adds inflections and
 * metadata; so `false` means "not sure" (the page may match through `trustees` for `trustee`,
 * or through a metadata field), never "no". Lets the search page show the first ranked results
 * before the clause searches that confirm the rest have run (src/scripts/search/engine.ts).
 */
export function surelyMatches(words: readonly string[], clause: Clause): boolean {
	return matchesLiterally(words.map(normaliseWord), clause);
}

function matchesLiterally(normalised: readonly string[], clause: Clause): boolean {
	const [first, ...rest] = clause.words;
	if (clause.kind === 'prefix') return normalised.some((word) => word.startsWith(first!));
	return normalised.some((word, i) => word === first && rest.every((next, k) => normalised[i + 1 + k] === next));
}

/**
 * Whether a page's text can vouch for its matching the query at all: not with exclusions,
 * which no text can prove absent in the way Pagefind matches them, nor without a required
 * clause to match.
 */
export function textCanVouchFor(query: ParsedQuery): boolean {
	return query.excluded.length === 0 && query.required.length > 0;
}

/**
 * Which of the ranked pages' texts (those `lacksAPhrase` passes over left out), by position,
 * surely match every required clause (`surelyMatches`). None when the text cannot vouch for
 * the query (`textCanVouchFor`). The leading run of them (positions 0, 1, …, up to the first
 * page it cannot vouch for) is exactly how the final results begin, since they keep the
 * ranking's order; the others are true matches in an order of their own.
 */
export function surelyMatchingPages(query: ParsedQuery, rankedTexts: readonly (readonly string[])[]): number[] {
	if (!textCanVouchFor(query)) return [];
	return rankedTexts.flatMap((text, at) => {
		const normalised = text.map(normaliseWord);
		return query.required.every((clause) => matchesLiterally(normalised, clause)) ? [at] : [];
	});
}

/**
 * Whether a page of the ranking search surely lacks one of the query's phrases, from the
 * locations of its matched words alone (`PagefindResult.words`: every location of every
 * ranked word, for an unquoted search): each ranked word of a phrase on the page is such a
 * location, at its offset in the phrase (`phraseCanMatch`). Such a page is in no final result
 * set, and the first results can pass over it without reading its text.
 */
export function lacksAPhrase(query: ParsedQuery, locations: readonly number[]): boolean {
	const at = new Set(locations);
	return query.required.some((clause) => clause.kind === 'phrase' && !phraseCanMatch(clause, at));
}

/** Facet counts over a final result set: for each value, how many of `ids` carry it. */
export function countFacetValues(
	ids: ReadonlySet<string>,
	pagesByValue: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [value, pages] of pagesByValue) {
		let n = 0;
		for (const id of pages) if (ids.has(id)) n++;
		counts.set(value, n);
	}
	return counts;
}
