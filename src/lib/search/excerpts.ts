/**
 * What the search page shows of a result's text: which matched words to highlight, an excerpt
 * around the most matches, and deep links to the paragraphs holding them (with text directives
 * so the browser highlights the words on arrival). All of it works from a result's `content`
 * and the word locations Pagefind matched, split into words as Pagefind counts them
 * (src/lib/search/words.ts); the query these highlight is parsed by
 * src/lib/search/query-language.ts. Rendered by src/scripts/search/render-results.ts.
 */
import { STOP_WORDS, type ParsedQuery } from './query-language.ts';
import { locationRuns, normaliseWord } from './words.ts';

/**
 * Which matched locations to highlight. Pagefind reports every location of every query word
 * for the ranking search, but only the first occurrence for an exact (quoted) search; so
 * highlights start from all candidate locations and keep a word only where it matches a
 * plain word of the query, or sits in a run that spells out a quoted phrase. Inflections
 * count as a match either way (`trustees` for `trustee`), as they do in Pagefind.
 */
export function highlightLocations(
	words: readonly string[],
	candidates: readonly number[],
	query: ParsedQuery,
): number[] {
	const at = new Set(candidates);
	const norm = (l: number) => normaliseWord(words[l] ?? '');
	const sameWord = (content: string, wanted: string) =>
		content.startsWith(wanted) || (wanted.startsWith(content) && content.length >= 3);
	const keep = new Set<number>();
	const plain = query.required.filter((c) => c.kind !== 'phrase').map((c) => c.words[0]!);
	for (const l of at) if (plain.some((w) => norm(l).startsWith(w))) keep.add(l);
	for (const phrase of query.required.filter((c) => c.kind === 'phrase')) {
		for (const start of at) {
			// A stop word is not searched for by the ranking (query-language.ts STOP_WORDS): read it from the text.
			const located = (w: string, k: number) => at.has(start + k) || STOP_WORDS.has(w);
			if (phrase.words.every((w, k) => located(w, k) && sameWord(norm(start + k), w))) {
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
export function buildExcerpt(
	words: readonly string[],
	locations: readonly number[],
	length: number,
	from = 0,
	to = words.length,
): Excerpt {
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
export function textDirective(
	words: readonly string[],
	run: { start: number; end: number },
	blockStart: number,
): string | null {
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
export function deepLinks(
	words: readonly string[],
	anchors: readonly PageAnchor[],
	locations: readonly number[],
	options: { max: number; excerptLength: number },
): DeepLink[] {
	const pinpoints = anchors.filter((a) => PINPOINT_ID.test(a.id));
	const blocks = (pinpoints.length > 0 ? pinpoints : anchors.filter((a) => /^h\d$/i.test(a.element) && a.text.trim()))
		.slice()
		.sort((a, b) => a.location - b.location);
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
