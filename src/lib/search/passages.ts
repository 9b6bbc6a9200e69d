/**
 * A long page's indexed text as passages: what a search result shows of an exhibit of 200 kB
 * without downloading all of it.
 *
 * Pagefind's fragment of a page (what `result.data()` fetches) holds the page's whole indexed
 * text, so the first results of a common phrase on real exhibits cost a megabyte and a second
 * (docs/search-scaling.md). After Pagefind writes its index, the build
 * (src/integrations/pagefind.ts) moves the text and anchors of every page longer than
 * PASSAGE_WORDS words out of its fragment into passages of PASSAGE_WORDS words each, written
 * at `/search-text/{page id}/{n}.json.gz`, and leaves the fragment its URL, meta, filters and a
 * note of the passages (`PassageNote`). The search page then reads, per result, the one passage
 * holding the most of the query's matched words (`passageFor`): Pagefind still finds and ranks
 * the pages and counts them; only the text shown comes in pieces.
 *
 * A passage is the page's words as Pagefind numbers its match locations (src/lib/search/words.ts
 * contentWords), so a location `l` is word `l - start` of passage `floor(l / PASSAGE_WORDS)`.
 */
import type { PageAnchor } from './excerpts.ts';
import { phraseCanMatch, type ParsedQuery } from './query-language.ts';
import { contentWords } from './words.ts';

/**
 * Words per passage: ~3.5 kB of text, ~1.7 kB gzipped. Pages up to this length keep their text
 * in the fragment. A page of results reads ten passages, so their size is part of the bytes to
 * first results (docs/search-scaling.md, "Passages of 500 words").
 */
export const PASSAGE_WORDS = 500;

/** Where a site's passages live, under its base: `/search-text/{page id}/{n}.json.gz`. */
export const PASSAGES_FOLDER = 'search-text';

/** What a long page's fragment says in place of its text (the fragment's `passages` field). */
export interface PassageNote {
	/** Words per passage. */
	words: number;
	/** Passages of the page. */
	count: number;
}

/** One passage: words `start…start + words.length - 1` of the page and the anchors among them. */
export interface Passage {
	start: number;
	words: string[];
	anchors: PageAnchor[];
}

/** The site path of passage `n` of the page Pagefind calls `pageId` (`en_1a2b3c4`). */
export function passagePath(pageId: string, n: number): string {
	if (!/^[\w-]+$/.test(pageId)) throw new Error(`Not a Pagefind page id: "${pageId}".`);
	return `/${PASSAGES_FOLDER}/${pageId}/${n}.json.gz`;
}

/** A page's text and anchors as passages, or null when it is short enough to stay in its fragment. */
export function splitIntoPassages(
	content: string,
	anchors: readonly PageAnchor[],
	size = PASSAGE_WORDS,
): Passage[] | null {
	const words = contentWords(content);
	if (words.length <= size) return null;
	const passages: Passage[] = [];
	for (let start = 0; start < words.length; start += size) {
		passages.push({
			start,
			words: words.slice(start, start + size),
			anchors: anchors.filter((a) => a.location >= start && a.location < start + size),
		});
	}
	return passages;
}

/**
 * The passage to show for a result: the one where the most required clauses can match, judged
 * from Pagefind's matched locations alone (a phrase needs its ranked words at their offsets,
 * query-language.ts phraseCanMatch; any other clause one location), then the one with the most locations; the first passage when
 * nothing located is in the text (a match in the title or a party's name). Choosing well only
 * saves a second look: what is shown is still checked against the query (excerpts.ts).
 */
export function passageFor(query: ParsedQuery, locations: readonly number[], note: PassageNote): number {
	const byPassage = new Map<number, number[]>();
	for (const l of locations) {
		const n = Math.floor(l / note.words);
		if (n < 0 || n >= note.count) continue;
		const list = byPassage.get(n) ?? [];
		list.push(l);
		byPassage.set(n, list);
	}
	let best = 0;
	let bestScore = [-1, -1];
	for (const [n, located] of [...byPassage].sort((a, b) => a[0] - b[0])) {
		const at = new Set(located);
		const clauses = query.required.filter((c) => c.kind !== 'phrase' || phraseCanMatch(c, at)).length;
		const score = [clauses, located.length];
		if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
			best = n;
			bestScore = score;
		}
	}
	return best;
}
