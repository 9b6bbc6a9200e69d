/**
 * The query language of the search page (src/lib/search/query-language.ts): parsing a query into
 * clauses, the Pagefind searches that answer them, combining their results, and which ranked
 * pages a page's own text can vouch for before the clause searches have run.
 */
import { describe, expect, it } from 'vitest';
import {
	clauseSearchTerm,
	combineClauseResults,
	countFacetValues,
	emptyRankingMeansNoMatch,
	isSingleClause,
	lacksAPhrase,
	parseQuery,
	rankingSearchTerm,
	surelyMatches,
	surelyMatchingPages,
} from '../../src/lib/search/query-language.ts';
import { contentWords, normaliseWord } from '../../src/lib/search/words.ts';

describe('parsing a query', () => {
	it('reads a quoted phrase mixed with a plain word', () => {
		expect(parseQuery('"12% Senior Subordinated" trustee')).toEqual({
			required: [
				{ kind: 'phrase', words: ['12', 'senior', 'subordinated'] },
				{ kind: 'word', words: ['trustee'] },
			],
			excluded: [],
		});
	});

	it('reads curly quotes pasted from a word processor as a phrase', () => {
		expect(parseQuery('“senior subordinated”').required).toEqual([
			{ kind: 'phrase', words: ['senior', 'subordinated'] },
		]);
	});

	it('excludes a word or a phrase after a leading minus, but keeps a hyphen inside a word', () => {
		expect(parseQuery('indenture -warrant -"form of" trustee-bank')).toEqual({
			required: [
				{ kind: 'word', words: ['indenture'] },
				{ kind: 'word', words: ['trusteebank'] },
			],
			excluded: [
				{ kind: 'word', words: ['warrant'] },
				{ kind: 'phrase', words: ['form', 'of'] },
			],
		});
	});

	it('reads * and Westlaw’s ! at the end of a word as any ending', () => {
		expect(parseQuery('subordinat* guarant!').required).toEqual([
			{ kind: 'prefix', words: ['subordinat'] },
			{ kind: 'prefix', words: ['guarant'] },
		]);
	});

	it('runs an unclosed quote to the end of the query', () => {
		expect(parseQuery('trustee "senior subordinated').required).toEqual([
			{ kind: 'word', words: ['trustee'] },
			{ kind: 'phrase', words: ['senior', 'subordinated'] },
		]);
	});

	it('treats a one-word phrase as a word and drops tokens that are only punctuation', () => {
		expect(parseQuery('"notes" & — "" -')).toEqual({ required: [{ kind: 'word', words: ['notes'] }], excluded: [] });
	});

	it('normalises words as Pagefind does: lower case, accents folded, punctuation dropped', () => {
		expect(normaliseWord('Société')).toBe('societe');
		expect(normaliseWord('12%')).toBe('12');
		expect(normaliseWord('“Trustee,”')).toBe('trustee');
		expect(normaliseWord('$4,000,000')).toBe('$4000000');
	});
});

describe('turning clauses into Pagefind searches', () => {
	it('quotes words and phrases so Pagefind matches whole words, adjacent and in order', () => {
		expect(clauseSearchTerm({ kind: 'phrase', words: ['senior', 'subordinated'] })).toBe('"senior subordinated"');
		expect(clauseSearchTerm({ kind: 'word', words: ['trustee'] })).toBe('"trustee"');
		expect(clauseSearchTerm({ kind: 'prefix', words: ['subordinat'] })).toBe('subordinat');
	});

	it('ranks by every positive word, and by nothing when only exclusions are given', () => {
		expect(rankingSearchTerm(parseQuery('"senior subordinated" trustee -warrant'))).toBe('senior subordinated trustee');
		expect(rankingSearchTerm(parseQuery('-warrant'))).toBeNull();
	});

	it('leaves stop words out of the ranking search unless nothing else is left', () => {
		expect(rankingSearchTerm(parseQuery('"events of default" the trustee'))).toBe('events default trustee');
		expect(rankingSearchTerm(parseQuery('"of the"'))).toBe('of the');
	});

	it('answers a lone clause with one search, and anything more by combining', () => {
		expect(isSingleClause(parseQuery('"senior subordinated"'))).toBe(true);
		expect(isSingleClause(parseQuery('senior subordinated'))).toBe(false);
		expect(isSingleClause(parseQuery('trustee -warrant'))).toBe(false);
	});
});

describe('combining clause results', () => {
	const set = (...ids: string[]) => new Set(ids);

	it('keeps ranked pages in every required set and in no excluded set, in ranking order', () => {
		expect(
			combineClauseResults(['d', 'a', 'c', 'b'], [set('a', 'b', 'c', 'd'), set('a', 'b', 'd')], [set('d')]),
		).toEqual(['a', 'b']);
	});

	it('keeps every ranked page not excluded when nothing is required', () => {
		expect(combineClauseResults(['a', 'b', 'c'], [], [set('b')])).toEqual(['a', 'c']);
	});

	it('appends a page every clause matched that the ranking missed, rather than dropping it', () => {
		expect(combineClauseResults(['a'], [set('a', 'z'), set('z', 'a')], [])).toEqual(['a', 'z']);
	});

	it('skips the clause searches after an empty ranking, unless a date sort may have dropped undated pages the clauses find', () => {
		expect(emptyRankingMeansNoMatch(parseQuery('"senior subordinated" trustee'), false)).toBe(true);
		expect(emptyRankingMeansNoMatch(parseQuery('-warrant'), true)).toBe(true);
		expect(emptyRankingMeansNoMatch(parseQuery('"senior subordinated" trustee'), true)).toBe(false);
		// What the exception protects: a required page missing from a sorted ranking is still kept.
		expect(combineClauseResults([], [set('undated')], [])).toEqual(['undated']);
	});

	it('counts each facet value over the combined pages only', () => {
		const counts = countFacetValues(
			set('a', 'b'),
			new Map([
				['EX-4', set('a', 'c')],
				['EX-10', set('c')],
				['8-K', set('a', 'b', 'c')],
			]),
		);
		expect(Object.fromEntries(counts)).toEqual({ 'EX-4': 1, 'EX-10': 0, '8-K': 2 });
	});
});

describe('first results before the clause searches', () => {
	const text = (content: string) => contentWords(content);
	const indenture = text(
		'The 12% Senior Subordinated Notes are issued under this Indenture; Wilmington Trust Company is the Trustee.',
	);

	it('vouches for a page whose text holds the phrase, adjacent and in order, and the word', () => {
		const query = parseQuery('"senior subordinated" trustee');
		expect(query.required.every((clause) => surelyMatches(indenture, clause))).toBe(true);
		expect(surelyMatches(indenture, parseQuery('"subordinated senior"').required[0]!)).toBe(false);
		expect(surelyMatches(indenture, parseQuery('indent*').required[0]!)).toBe(true);
	});

	it('is never sure of a match it cannot read literally: an inflection, or words split by a dash', () => {
		expect(surelyMatches(indenture, parseQuery('trustees').required[0]!)).toBe(false);
		expect(surelyMatches(text('Senior — Subordinated Notes'), parseQuery('"senior subordinated"').required[0]!)).toBe(
			false,
		);
	});

	it('knows from match locations alone that a page lacks a phrase: its words are never adjacent', () => {
		const query = parseQuery('"senior subordinated notes" trustee');
		expect(lacksAPhrase(query, [3, 4, 9])).toBe(true);
		expect(lacksAPhrase(query, [3, 4, 5, 9])).toBe(false);
		expect(lacksAPhrase(parseQuery('senior trustee'), [3])).toBe(false);
	});

	it('finds room for a phrase whose stop words the ranking did not locate', () => {
		// `events` and `default` two words apart: `of` may be between them.
		const query = parseQuery('"events of default"');
		expect(lacksAPhrase(query, [3, 5])).toBe(false);
		expect(lacksAPhrase(query, [3, 4, 7])).toBe(true);
	});

	it('names the ranked pages it can vouch for by position, and none with exclusions', () => {
		const other = text('A press release of Acme Corporation.');
		const query = parseQuery('"senior subordinated" trustee');
		expect(surelyMatchingPages(query, [indenture, indenture, other, indenture])).toEqual([0, 1, 3]);
		expect(surelyMatchingPages(query, [other, indenture])).toEqual([1]);
		expect(surelyMatchingPages(parseQuery('"senior subordinated" -warrant'), [indenture])).toEqual([]);
	});
});
