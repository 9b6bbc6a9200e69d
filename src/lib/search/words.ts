/**
 * Words as Pagefind sees them, shared by the query language (src/lib/search/query-language.ts)
 * and the excerpts of results (src/lib/search/excerpts.ts): how a word is normalised, how a
 * page's indexed text is split into the words its match `locations` count, and runs of
 * consecutive locations (a phrase match is one run).
 */

/**
 * Characters Pagefind drops from a query word before looking it up (its `search()` strips
 * Unicode dash, open/close, initial/final quote and other punctuation). Mirrored so a word is
 * normalised the same way here and in the index: `12%` → `12`, `trustee-bank` → `trusteebank`.
 */
const PAGEFIND_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
/** How Pagefind splits a page's `content` into the words its `locations` count. */
const PAGEFIND_WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Lower-case, accents folded, punctuation removed; `''` when nothing is left (`&`, `—`). */
export function normaliseWord(word: string): string {
	return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(PAGEFIND_PUNCTUATION, '').toLocaleLowerCase('en');
}

/** A result's `content` as words: Pagefind numbers word locations by this same split. */
export function contentWords(content: string): string[] {
	return content.split(PAGEFIND_WORD_SEPARATORS);
}

/** Runs of consecutive locations: a phrase match is one run. */
export function locationRuns(locations: readonly number[]): { start: number; end: number }[] {
	const sorted = [...new Set(locations)].sort((a, b) => a - b);
	const runs: { start: number; end: number }[] = [];
	for (const l of sorted) {
		const last = runs[runs.length - 1];
		if (last && l === last.end + 1) last.end = l;
		else runs.push({ start: l, end: l });
	}
	return runs;
}
