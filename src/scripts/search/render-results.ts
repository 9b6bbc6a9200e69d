/**
 * DOM for result items. Page text is only ever set as text (never as HTML), so a filing that
 * contains markup cannot inject it into the search page.
 */
import { formatDate } from '../../lib/display/display-format.ts';
import { buildExcerpt, deepLinks, highlightLocations, type Excerpt } from '../../lib/search/excerpts.ts';
import type { ParsedQuery } from '../../lib/search/query-language.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import type { ResultText } from './result-text.ts';

const EXCERPT_WORDS = 36;
const SUB_RESULT_WORDS = 24;
const MAX_SUB_RESULTS = 3;

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

/** `…text <mark>match</mark> text…` as nodes. */
function excerptNodes(excerpt: Excerpt): Node[] {
	const nodes: Node[] = [];
	if (excerpt.before) nodes.push(document.createTextNode('… '));
	excerpt.segments.forEach((segment, i) => {
		if (i > 0) nodes.push(document.createTextNode(' '));
		nodes.push(segment.mark ? el('mark', { textContent: segment.text }) : document.createTextNode(segment.text));
	});
	if (excerpt.after) nodes.push(document.createTextNode(' …'));
	return nodes;
}

/** `Exhibit 4.1: Indenture…` for an exhibit, the page title otherwise. */
export function resultTitle(data: PagefindResultData): string {
	const title = data.meta.title ?? data.raw_url;
	return data.meta.exhibit ? `Exhibit ${data.meta.exhibit}: ${title}` : title;
}

/** `Exhibit · Lexington Precision Corporation · Form 8-K · December 18, 2003` */
export function resultContext(data: PagefindResultData): string {
	const kind = data.filters.kind?.[0];
	const { registrant, form, date } = data.meta;
	return [kind, registrant, form && `Form ${form}`, date && formatDate(date)].filter(Boolean).join(' · ');
}

/** `text` is a window of the page's words (result-text.ts); candidates are page locations. */
export function renderResult(
	text: ResultText,
	query: ParsedQuery,
	candidates: readonly number[],
	headingId: string,
): HTMLLIElement {
	const { data, words, start } = text;
	const inWindow = candidates.filter((l) => l >= start && l < start + words.length).map((l) => l - start);
	const anchors = text.anchors.map((a) => ({ ...a, location: a.location - start }));
	const highlights = highlightLocations(words, inWindow, query);
	const best = buildExcerpt(words, highlights, EXCERPT_WORDS);
	const url = data.url;
	const title = el('h3', { className: 'result__title', id: headingId }, [
		el('a', { href: url, textContent: resultTitle(data) }),
	]);
	title.firstElementChild!.setAttribute('data-result-link', '');
	const context = el('p', { className: 'result__context', textContent: resultContext(data) });
	const excerpt = el(
		'p',
		{ className: 'result__excerpt' },
		// A passage later in the page is cut before, whatever the window within it.
		excerptNodes({ ...best, before: best.before || start > 0 }),
	);
	const article = el('article', { className: 'result' }, [title, context, excerpt]);
	article.setAttribute('aria-labelledby', headingId);

	const links = deepLinks(words, anchors, highlights, {
		max: MAX_SUB_RESULTS,
		excerptLength: SUB_RESULT_WORDS,
	});
	if (links.length > 0) {
		const list = el('ul', { className: 'result__pinpoints' });
		list.setAttribute('aria-label', `Matches in ${resultTitle(data)}`);
		for (const link of links) {
			const anchor = el('a', {
				href: `${url}${link.hash}`,
				className: 'result__pinpoint-link',
				textContent: link.label,
			});
			anchor.setAttribute('data-result-link', '');
			anchor.setAttribute('data-pinpoint', link.id);
			list.append(
				el('li', {}, [anchor, el('span', { className: 'result__pinpoint-text' }, excerptNodes(link.excerpt))]),
			);
		}
		article.append(list);
	}
	return el('li', {}, [article]);
}
