/**
 * What a result shows of its page's text: the page's whole text when its fragment carries it,
 * else the one passage (src/lib/search/passages.ts) holding the most of the matched words,
 * fetched from `/search-text/`. Either way a window of the page's words, numbered as Pagefind
 * numbers its match locations, with the anchors among them.
 */
import type { PageAnchor } from '../../lib/search/excerpts.ts';
import { passageFor, passagePath, type Passage } from '../../lib/search/passages.ts';
import type { ParsedQuery } from '../../lib/search/query-language.ts';
import { contentWords } from '../../lib/search/words.ts';
import { withBase } from '../../lib/urls/site-base.ts';
import type { PagefindResult, PagefindResultData } from './pagefind-client.ts';

export interface ResultText {
	data: PagefindResultData;
	/** Location of `words[0]` in the page. */
	start: number;
	words: string[];
	/** Anchors within `words`, at their page locations. */
	anchors: PageAnchor[];
}

/** gzip's magic number: a host may have sent the passage decompressed already (Content-Encoding). */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function fetchPassage(pageId: string, n: number): Promise<Passage> {
	const url = withBase(passagePath(pageId, n));
	const response = await fetch(url);
	if (!response.ok) {
		throw new Error(
			`Could not load ${url} (HTTP ${response.status}). Rebuild the site (npm run build) and publish all of dist/.`,
		);
	}
	const bytes = new Uint8Array(await response.arrayBuffer());
	const text = isGzip(bytes)
		? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
		: new TextDecoder().decode(bytes);
	return JSON.parse(text) as Passage;
}

/** The text to show for `result`, chosen by the matched `locations` (by default those of its own search). */
export async function loadResultText(
	result: PagefindResult,
	query: ParsedQuery,
	locations: readonly number[] = result.words,
): Promise<ResultText> {
	const data = await result.data();
	if (!data.passages) return { data, start: 0, words: contentWords(data.content), anchors: data.anchors ?? [] };
	const passage = await fetchPassage(result.id, passageFor(query, locations, data.passages));
	return { data, start: passage.start, words: passage.words, anchors: passage.anchors };
}
