/**
 * What the search page shows of a result's text (src/lib/search/excerpts.ts): highlights,
 * excerpts and deep links with text directives, from the words Pagefind's locations count
 * (src/lib/search/words.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	buildExcerpt,
	deepLinks,
	highlightLocations,
	textDirective,
	type PageAnchor,
} from '../../src/lib/search/excerpts.ts';
import { parseQuery } from '../../src/lib/search/query-language.ts';
import { contentWords, locationRuns } from '../../src/lib/search/words.ts';

describe('excerpts and deep links', () => {
	const content =
		'Exhibit 4.1. Text. ARTICLE I. Section 2.01 The Notes. The Company shall issue its 12% Senior Subordinated Notes, and the Trustee shall authenticate them. Section 2.02 Registrar.';
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
		expect(
			excerpt.segments
				.map((s) => s.text)
				.join(' ')
				.split(' '),
		).toHaveLength(8);
	});

	it('highlights every occurrence of the phrase and of the word, but not a phrase word standing alone', () => {
		const text = contentWords(
			'The senior subordinated notes rank senior to debt; the Trustees and the trustee hold senior subordinated claims.',
		);
		const everyMatch = text.map((_, i) => i).filter((i) => /senior|subordinated|trustee/i.test(text[i]!));
		const marked = highlightLocations(text, everyMatch, parseQuery('"senior subordinated" trustee')).map(
			(i) => text[i],
		);
		expect(marked).toEqual(['senior', 'subordinated', 'Trustees', 'trustee', 'senior', 'subordinated']);
	});

	it('highlights a phrase whose stop words the ranking search did not locate, and not "of" elsewhere', () => {
		const text = contentWords('Upon any of the Events of Default, the holders of Notes may act.');
		const located = text.map((_, i) => i).filter((i) => /^(events|default)/i.test(text[i]!));
		const marked = highlightLocations(text, located, parseQuery('"events of default"')).map((i) => text[i]);
		expect(marked).toEqual(['Events', 'of', 'Default,']);
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
		expect(
			deepLinks(words, headingsOnly, [0, senior], { max: 3, excerptLength: 30 }).map((l) => l.hash.split(':~:')[0]),
		).toEqual(['#text-heading']);
	});

	it('keeps the blocks with the most matches, shown in document order', () => {
		const links = deepLinks(words, anchors, [at('ARTICLE'), senior, senior + 1, at('Registrar.')], {
			max: 2,
			excerptLength: 30,
		});
		expect(links.map((l) => l.id)).toEqual(['p1', 'p2']);
	});

	it('encodes the characters that are syntax in a text directive and trims edge punctuation', () => {
		const sample = contentWords('the co-trustee, (the “Agent”) acts');
		expect(textDirective(sample, { start: 1, end: 1 }, 0)).toBe('text=the-,co%2Dtrustee');
		// A trimmed opening parenthesis would sit between prefix and match, so no prefix is given.
		expect(textDirective(sample, { start: 2, end: 3 }, 0)).toBe('text=the%20%E2%80%9CAgent');
	});
});
