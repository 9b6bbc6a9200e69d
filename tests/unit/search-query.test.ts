import { describe, expect, it } from 'vitest';
import {
	buildExcerpt,
	clauseSearchTerm,
	combineClauseResults,
	contentWords,
	countFacetValues,
	deepLinks,
	emptyRankingMeansNoMatch,
	highlightLocations,
	isSingleClause,
	lacksAPhrase,
	locationRuns,
	normaliseWord,
	parseQuery,
	rankingSearchTerm,
	surelyMatches,
	surelyMatchingPrefix,
	textDirective,
	type PageAnchor,
} from '../../src/lib/search/query-language.ts';

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
		expect(parseQuery('“senior subordinated”').required).toEqual([{ kind: 'phrase', words: ['senior', 'subordinated'] }]);
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

	it('answers a lone clause with one search, and anything more by combining', () => {
		expect(isSingleClause(parseQuery('"senior subordinated"'))).toBe(true);
		expect(isSingleClause(parseQuery('senior subordinated'))).toBe(false);
		expect(isSingleClause(parseQuery('trustee -warrant'))).toBe(false);
	});
});

describe('combining clause results', () => {
	const set = (...ids: string[]) => new Set(ids);

	it('keeps ranked pages in every required set and in no excluded set, in ranking order', () => {
		expect(combineClauseResults(['d', 'a', 'c', 'b'], [set('a', 'b', 'c', 'd'), set('a', 'b', 'd')], [set('d')])).toEqual(['a', 'b']);
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
		const counts = countFacetValues(set('a', 'b'), new Map([['EX-4', set('a', 'c')], ['EX-10', set('c')], ['8-K', set('a', 'b', 'c')]]));
		expect(Object.fromEntries(counts)).toEqual({ 'EX-4': 1, 'EX-10': 0, '8-K': 2 });
	});
});

describe('excerpts and deep links', () => {
	const content = 'Exhibit 4.1. Text. ARTICLE I. Section 2.01 The Notes. The Company shall issue its 12% Senior Subordinated Notes, and the Trustee shall authenticate them. Section 2.02 Registrar.';
	const words = contentWords(content);
	const at = (word: string, from = 0) => words.findIndex((w, i) => i >= from && w.replace(/[^\w%]/g, '') === word);
	const senior = at('Senior');
	const anchors: PageAnchor[] = [
		{ element: 'h2', id: 'text-heading', text: 'Text', location: at('Text') },
		{ element: 'p', id: 'p1', text: 'ARTICLE I', location: at('ARTICLE') },
		{ element: 'p', id: 'p2', text: 'Section 2.01 …', location: at('Section') },
		{ element: 'p', id: 'p3', text: 'Section 2.02 Registrar.', location: at('Section', at('Section') + 1) },
	];

	it('splits content into the words Pagefind’s locations count', () => {
		expect(words.slice(0, 3)).toEqual(['Exhibit', '4.1.', 'Text.']);
	});

	it('marks a matched phrase as one segment in the excerpt', () => {
		const excerpt = buildExcerpt(words, [senior, senior + 1], 8);
		expect(excerpt.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Senior Subordinated']);
		expect(excerpt.before).toBe(true);
		expect(excerpt.segments.map((s) => s.text).join(' ').split(' ')).toHaveLength(8);
	});

	it('highlights every occurrence of the phrase and of the word, but not a phrase word standing alone', () => {
		const text = contentWords('The senior subordinated notes rank senior to debt; the Trustees and the trustee hold senior subordinated claims.');
		const everyMatch = text.map((_, i) => i).filter((i) => /senior|subordinated|trustee/i.test(text[i]!));
		const marked = highlightLocations(text, everyMatch, parseQuery('"senior subordinated" trustee')).map((i) => text[i]);
		expect(marked).toEqual(['senior', 'subordinated', 'Trustees', 'trustee', 'senior', 'subordinated']);
	});

	it('groups consecutive locations into runs', () => {
		expect(locationRuns([7, 3, 4, 5, 9, 4])).toEqual([
			{ start: 3, end: 5 },
			{ start: 7, end: 7 },
			{ start: 9, end: 9 },
		]);
	});

	it('links to the pinpoint paragraph holding the matches, with a text directive for each run', () => {
		const trustee = at('Trustee');
		const [link, ...rest] = deepLinks(words, anchors, [senior, senior + 1, trustee], { max: 3, excerptLength: 30 });
		expect(rest).toEqual([]);
		expect(link).toMatchObject({ id: 'p2', label: '¶ 2', matches: 3 });
		expect(link!.hash).toBe('#p2:~:text=issue%20its%2012%25-,Senior%20Subordinated&text=Notes%2C%20and%20the-,Trustee');
	});

	it('falls back to headings when the page has no pinpoints, and skips matches before any anchor', () => {
		const headingsOnly = anchors.filter((a) => a.element === 'h2');
		expect(deepLinks(words, headingsOnly, [0, senior], { max: 3, excerptLength: 30 }).map((l) => l.hash.split(':~:')[0])).toEqual(['#text-heading']);
	});

	it('keeps the blocks with the most matches, shown in document order', () => {
		const links = deepLinks(words, anchors, [at('ARTICLE'), senior, senior + 1, at('Registrar.')], { max: 2, excerptLength: 30 });
		expect(links.map((l) => l.id)).toEqual(['p1', 'p2']);
	});

	it('encodes the characters that are syntax in a text directive and trims edge punctuation', () => {
		const sample = contentWords('the co-trustee, (the “Agent”) acts');
		expect(textDirective(sample, { start: 1, end: 1 }, 0)).toBe('text=the-,co%2Dtrustee');
		// A trimmed opening parenthesis would sit between prefix and match, so no prefix is given.
		expect(textDirective(sample, { start: 2, end: 3 }, 0)).toBe('text=the%20%E2%80%9CAgent');
	});
});

describe('first results before the clause searches', () => {
	const text = (content: string) => contentWords(content);
	const indenture = text('The 12% Senior Subordinated Notes are issued under this Indenture; Wilmington Trust Company is the Trustee.');

	it('vouches for a page whose text holds the phrase, adjacent and in order, and the word', () => {
		const query = parseQuery('"senior subordinated" trustee');
		expect(query.required.every((clause) => surelyMatches(indenture, clause))).toBe(true);
		expect(surelyMatches(indenture, parseQuery('"subordinated senior"').required[0]!)).toBe(false);
		expect(surelyMatches(indenture, parseQuery('indent*').required[0]!)).toBe(true);
	});

	it('is never sure of a match it cannot read literally: an inflection, or words split by a dash', () => {
		expect(surelyMatches(indenture, parseQuery('trustees').required[0]!)).toBe(false);
		expect(surelyMatches(text('Senior — Subordinated Notes'), parseQuery('"senior subordinated"').required[0]!)).toBe(false);
	});

	it('knows from match locations alone that a page lacks a phrase: its words are never adjacent', () => {
		const query = parseQuery('"senior subordinated notes" trustee');
		expect(lacksAPhrase(query, [3, 4, 9])).toBe(true);
		expect(lacksAPhrase(query, [3, 4, 5, 9])).toBe(false);
		expect(lacksAPhrase(parseQuery('senior trustee'), [3])).toBe(false);
	});

	it('takes the ranked pages it can vouch for up to the first it cannot, and none with exclusions', () => {
		const other = text('A press release of Acme Corporation.');
		const query = parseQuery('"senior subordinated" trustee');
		expect(surelyMatchingPrefix(query, [indenture, indenture, other, indenture])).toBe(2);
		expect(surelyMatchingPrefix(query, [other, indenture])).toBe(0);
		expect(surelyMatchingPrefix(parseQuery('"senior subordinated" -warrant'), [indenture])).toBe(0);
	});
});
