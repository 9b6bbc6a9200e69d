/**
 * Long pages' text as passages (src/lib/search/passages.ts): the split keeps Pagefind's word
 * numbering, so a match location finds its word in its passage, and a result reads the passage
 * where its query can match.
 */
import { describe, expect, it } from 'vitest';
import { passageFor, passagePath, splitIntoPassages } from '../../src/lib/search/passages.ts';
import { parseQuery } from '../../src/lib/search/query-language.ts';
import { contentWords } from '../../src/lib/search/words.ts';

const words = (n: number, word = (i: number) => `w${i}`) => Array.from({ length: n }, (_, i) => word(i));

describe('splitting a page into passages', () => {
	it('leaves a page of at most one passage in its fragment', () => {
		expect(splitIntoPassages(words(10).join(' '), [], 10)).toBeNull();
	});

	it('numbers every word as Pagefind does, across passages, with each anchor in its passage', () => {
		const content = `${words(24).join('  ')}\n`;
		const anchors = [3, 10, 23].map((location) => ({ element: 'p', id: `p${location}`, text: '', location }));
		const passages = splitIntoPassages(content, anchors, 10)!;
		expect(passages.map((p) => p.start)).toEqual([0, 10, 20]);
		const all = contentWords(content);
		for (const passage of passages) passage.words.forEach((word, i) => expect(word).toBe(all[passage.start + i]));
		expect(passages.flatMap((p) => p.words)).toEqual(all);
		expect(passages.map((p) => p.anchors.map((a) => a.id))).toEqual([['p3'], ['p10'], ['p23']]);
	});
});

describe('the passage a result shows', () => {
	const note = { words: 100, count: 5 };

	it('is where a phrase can match: as many consecutive locations as it has words', () => {
		// Passage 1 has more scattered matches; passage 3 has "events of default" in a row.
		const locations = [110, 130, 150, 170, 190, 301, 302, 303];
		expect(passageFor(parseQuery('"events of default"'), locations, note)).toBe(3);
	});

	it('is where every clause can match, then where most words matched', () => {
		const query = parseQuery('"senior subordinated" trustee');
		expect(passageFor(query, [10, 11, 250, 251, 252, 270], note)).toBe(2);
		expect(passageFor(parseQuery('trustee'), [10, 420, 430], note)).toBe(4);
	});

	it('is the first when no matched word is in the text (a title or party match)', () => {
		expect(passageFor(parseQuery('indenture'), [], note)).toBe(0);
		expect(passageFor(parseQuery('indenture'), [900], note)).toBe(0);
	});

	it('lives at a path named by the page id, which is never a path of its own', () => {
		expect(passagePath('en_1a2b3c4', 7)).toBe('/search-text/en_1a2b3c4/7.json.gz');
		expect(() => passagePath('../x', 0)).toThrow(/Not a Pagefind page id/);
	});
});
