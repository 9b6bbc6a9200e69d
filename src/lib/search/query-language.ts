/**
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
 * anyway. The text of a shown result is then used for excerpts, highlights and deep links.
 *
 * Syntax (documented to readers in src/pages/search.astro; change both together):
 *   `trustee indenture`        both words (and their inflections: trustee, trustees)
 *   `"senior subordinated"`    the words adjacent and in this order; case and punctuation ignored
 *   `-warrant`, `-"form of"`   pages containing the word or phrase anywhere are left out
 *   `subordinat*`              any word starting with it (also Westlaw's `subordinat!`)
 */

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

/**
 * Characters Pagefind drops from a query word before looking it up (its `search()` strips
 * Unicode dash, open/close, initial/final quote and other punctuation). Mirrored so a word is
 * normalised the same way here and in the index: `12%` → `12`, `trustee-bank` → `trusteebank`.
 */
const PAGEFIND_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
/** How Pagefind splits a page's `content` into the words its `locations` count. */
const PAGEFIND_WORD_SEPARATORS = /[^\S\uFEFF]+/g;
/** Quotes a reader may type or paste around a phrase (word processors curl them). */
const QUOTES = /["“”„«»]/;

/** Lower-case, accents folded, punctuation removed; `''` when nothing is left (`&`, `—`). */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(PAGEFIND_PUNCTUATION, '')
		.toLocaleLowerCase('en');
}

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
 * The term for the relevance search that orders the results: every positive word, unquoted,
 * so Pagefind's BM25 and meta-field weights (title, parties, instruments) rank them.
 * `null` when nothing is required (a filter-only or exclusion-only search).
 */
export function rankingSearchTerm(query: ParsedQuery): string | null {
	const words = query.required.flatMap((c) => c.words);
	return words.length > 0 ? words.join(' ') : null;
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
export function combineClauseResults(ranked: readonly string[], required: readonly ReadonlySet<string>[], excluded: readonly ReadonlySet<string>[]): string[] {
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
 * Whether a page's indexed text (`contentWords(data.content)`) surely matches a clause, read
 * literally: the clause's words, normalised as Pagefind normalises them, appear as whole
 * words in the text, one after another for a phrase (a word starting with it, for a prefix).
 * A literal match is a match for Pagefind too, which only adds inflections and metadata; so
 * `false` means "not sure" (the page may match through `trustees` for `trustee`, or through a
 * metadata field), never "no". Lets the search page show the first ranked results before the
 * clause searches that confirm the rest have run (src/scripts/search/engine.ts).
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
 * The leading run of ranked pages (those `lacksAPhrase` passes over left out) whose text
 * surely matches every required clause (`surelyMatches`), stopping at the first page it
 * cannot vouch for: since the final results keep the ranking's order, this run is exactly how
 * they begin. None when the text cannot vouch for the query (`textCanVouchFor`).
 */
export function surelyMatchingPrefix(query: ParsedQuery, rankedTexts: readonly (readonly string[])[]): number {
	if (!textCanVouchFor(query)) return 0;
	let n = 0;
	while (n < rankedTexts.length) {
		const normalised = rankedTexts[n]!.map(normaliseWord);
		if (!query.required.every((clause) => matchesLiterally(normalised, clause))) break;
		n++;
	}
	return n;
}

/**
 * Whether a page of the ranking search surely lacks one of the query's phrases, from the
 * locations of its matched words alone (`PagefindResult.words`: every location of every
 * query word, for an unquoted search): each word of a phrase on the page is such a location,
 * so a phrase of n words needs n consecutive ones. Such a page is in no final result set,
 * and the first results can pass over it without reading its text.
 */
export function lacksAPhrase(query: ParsedQuery, locations: readonly number[]): boolean {
	const longest = locationRuns(locations).reduce((most, run) => Math.max(most, run.end - run.start + 1), 0);
	return query.required.some((clause) => clause.kind === 'phrase' && clause.words.length > longest);
}

/** Facet counts over a final result set: for each value, how many of `ids` carry it. */
export function countFacetValues(ids: ReadonlySet<string>, pagesByValue: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [value, pages] of pagesByValue) {
		let n = 0;
		for (const id of pages) if (ids.has(id)) n++;
		counts.set(value, n);
	}
	return counts;
}

// ---------------------------------------------------------------------------------------------
// Excerpts, highlights and deep links, from a result's `content` and match `locations`.
// Pagefind numbers words by splitting `content` on whitespace; the same split is used here.
// ---------------------------------------------------------------------------------------------

export function contentWords(content: string): string[] {
	return content.split(PAGEFIND_WORD_SEPARATORS);
}

/**
 * Which matched locations to highlight. Pagefind reports every location of every query word
 * for the ranking search, but only the first occurrence for an exact (quoted) search; so
 * highlights start from all candidate locations and keep a word only where it matches a
 * plain word of the query, or sits in a run that spells out a quoted phrase. Inflections
 * count as a match either way (`trustees` for `trustee`), as they do in Pagefind.
 */
export function highlightLocations(words: readonly string[], candidates: readonly number[], query: ParsedQuery): number[] {
	const at = new Set(candidates);
	const norm = (l: number) => normaliseWord(words[l] ?? '');
	const sameWord = (content: string, wanted: string) => content.startsWith(wanted) || (wanted.startsWith(content) && content.length >= 3);
	const keep = new Set<number>();
	const plain = query.required.filter((c) => c.kind !== 'phrase').map((c) => c.words[0]!);
	for (const l of at) if (plain.some((w) => norm(l).startsWith(w))) keep.add(l);
	for (const phrase of query.required.filter((c) => c.kind === 'phrase')) {
		for (const start of at) {
			if (phrase.words.every((w, k) => at.has(start + k) && sameWord(norm(start + k), w))) {
				for (let k = 0; k < phrase.words.length; k++) keep.add(start + k);
			}
		}
	}
	return [...keep].sort((a, b) => a - b);
}

export interface ExcerptSegment {
	text: string;
	mark: boolean;
}

export interface Excerpt {
	segments: ExcerptSegment[];
	/** Text was cut before / after the excerpt. */
	before: boolean;
	after: boolean;
}

/**
 * A window of `length` words within `[from, to)` holding the most matches (the earliest such
 * window), with matched words marked. Adjacent marked words share one segment, so a phrase is
 * one `<mark>`.
 */
export function buildExcerpt(words: readonly string[], locations: readonly number[], length: number, from = 0, to = words.length): Excerpt {
	const inRange = [...new Set(locations)].filter((l) => l >= from && l < to).sort((a, b) => a - b);
	let start = from;
	if (to - from > length && inRange.length > 0) {
		let best = -1;
		for (const candidate of inRange) {
			// Start a little before the first match of the window, so it reads as a sentence.
			const windowStart = Math.max(from, Math.min(candidate - Math.floor(length / 4), to - length));
			const hits = inRange.filter((l) => l >= windowStart && l < windowStart + length).length;
			if (hits > best) {
				best = hits;
				start = windowStart;
			}
		}
	}
	const end = Math.min(to, start + length);
	const marked = new Set(inRange);
	const segments: ExcerptSegment[] = [];
	for (let i = start; i < end; i++) {
		const mark = marked.has(i);
		const last = segments[segments.length - 1];
		if (last && last.mark === mark) last.text += ` ${words[i]}`;
		else segments.push({ text: words[i]!, mark });
	}
	return { segments, before: start > from, after: end < to };
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

/** An element with an id inside the indexed body, as Pagefind records it. */
export interface PageAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

export interface DeepLink {
	/** The element id: `p12` for a pinpoint paragraph, else a heading id. */
	id: string;
	/** `¶ 12` for a pinpoint, the heading text otherwise. */
	label: string;
	/** `#p12:~:text=…`: lands on the paragraph and highlights the matched words without script. */
	hash: string;
	excerpt: Excerpt;
	matches: number;
}

/** Pinpoint ids made by src/lib/markdown/rehype-pinpoints.ts (`p1`, `p2`, …); change them together. */
const PINPOINT_ID = /^p(\d+)$/;

/** Leading and trailing punctuation, trimmed so a text directive matches the words themselves. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** Percent-encode for a text directive, where `-`, `,` and `&` are syntax. */
function encodeTextDirectivePart(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A text directive (`text=prefix-,words`) for one run of matched words. The words just before
 * the run, inside the same block, are given as a prefix so the browser highlights this
 * occurrence rather than an earlier one elsewhere on the page. Returns null when nothing is left
 * after trimming punctuation.
 * Spec: https://wicg.github.io/scroll-to-text-fragment/
 */
export function textDirective(words: readonly string[], run: { start: number; end: number }, blockStart: number): string | null {
	const matched = words.slice(run.start, run.end + 1);
	const first = matched[0]!;
	const trimmedFirst = first.replace(/^[\p{P}\p{S}]+/u, '');
	matched[0] = trimmedFirst;
	matched[matched.length - 1] = matched[matched.length - 1]!.replace(/[\p{P}\p{S}]+$/u, '');
	const text = matched.join(' ').trim();
	if (!text || !text.replace(EDGE_PUNCTUATION, '')) return null;
	// A prefix only works when nothing but whitespace separates it from the match.
	const prefixWords = trimmedFirst === first ? words.slice(Math.max(blockStart, run.start - 3), run.start) : [];
	const prefix = prefixWords.join(' ').trim();
	return `text=${prefix ? `${encodeTextDirectivePart(prefix)}-,` : ''}${encodeTextDirectivePart(text)}`;
}

/**
 * Deep links for a result: the `max` blocks holding the most matches, in document order.
 * Uses pinpoint paragraphs (`#p{n}`) when the page has them, else headings with ids (what
 * Pagefind's own sub-results use). Matches before the first anchor (page chrome) get no link.
 */
export function deepLinks(words: readonly string[], anchors: readonly PageAnchor[], locations: readonly number[], options: { max: number; excerptLength: number }): DeepLink[] {
	const pinpoints = anchors.filter((a) => PINPOINT_ID.test(a.id));
	const blocks = (pinpoints.length > 0 ? pinpoints : anchors.filter((a) => /^h\d$/i.test(a.element) && a.text.trim())).slice().sort((a, b) => a.location - b.location);
	const links: DeepLink[] = [];
	blocks.forEach((anchor, i) => {
		const from = anchor.location;
		const to = blocks[i + 1]?.location ?? words.length;
		const inBlock = locations.filter((l) => l >= from && l < to);
		if (inBlock.length === 0) return;
		const directives = locationRuns(inBlock)
			.slice(0, 3)
			.map((run) => textDirective(words, run, from))
			.filter((d): d is string => d !== null);
		const pinpoint = PINPOINT_ID.exec(anchor.id);
		links.push({
			id: anchor.id,
			label: pinpoint ? `¶ ${pinpoint[1]}` : anchor.text.trim(),
			hash: `#${encodeURIComponent(anchor.id)}${directives.length > 0 ? `:~:${directives.join('&')}` : ''}`,
			excerpt: buildExcerpt(words, inBlock, options.excerptLength, from, to),
			matches: inBlock.length,
		});
	});
	return links
		.map((link, order) => ({ link, order }))
		.sort((a, b) => b.link.matches - a.link.matches || a.order - b.order)
		.slice(0, options.max)
		.sort((a, b) => a.order - b.order)
		.map(({ link }) => link);
}
