/**
 * Rehype plugin: the outline of a document, built at build time from the anchors the other
 * plugins made — its articles with their sections, the exhibits and schedules attached to it
 * (rehype-pinpoints.ts, rehype-attachment-anchors.ts), and its defined terms
 * (rehype-defined-terms.ts) — put before the text:
 *
 * ```html
 * <details class="outline" data-pagefind-ignore="">
 *   <summary>Outline</summary>
 *   <nav aria-label="Outline of the document" tabindex="0">
 *     <ol><li><a href="#article-1">art. I Definitions and Incorporation by Reference</a>
 *       <ol><li><a href="#section-1-1">§ 1.1 Definitions.</a></li>…</ol></li>…</ol>
 *     <details class="outline-terms"><summary>Defined terms (58)</summary><ul><li><a href="#def-agent">Agent</a></li>…</ul></details>
 *   </nav>
 * </details>
 * <div class="document-text">…the body, as numbered…</div>
 * ```
 *
 * A `<details>`, so it works without JavaScript: collapsible at the top on a phone; the
 * stylesheet shows it open in a sticky side column on a wide screen (src/styles/global.css).
 * A body with fewer than two numbered parts and no defined term gets none. Runs last of the
 * anchor plugins; wrapping the body does not move an anchor (they are numbered already).
 */
import type { Element, ElementContent, Root } from 'hast';
import { pinpointedBlocks } from './block-text.ts';
import { element, hasClass, isElement, text } from './hast-elements.ts';
import { blockText, pinpointAliasClass, textOf } from './rehype-pinpoints.ts';

export const outlineClass = 'outline';
export const documentTextClass = 'document-text';

/** How much of a heading the outline shows. */
const MAX_LABEL = 90;

export interface OutlineEntry {
	id: string;
	label: string;
	/** 1: an article or an attachment; 2: a section. */
	level: 1 | 2;
}

/** Whether rendered HTML has an outline: the page then carries the note marking its current section. */
export function hasOutline(html: string): boolean {
	return html.includes(`<details class="${outlineClass}"`);
}

export default function rehypeOutline() {
	return (tree: Root): void => {
		if (tree.children.some((child) => hasClass(child, outlineClass))) return;
		const entries = outlineEntries(tree);
		const terms = definedTerms(tree);
		if (entries.length < 2 && terms.length === 0) return;
		const body = element('div', { className: [documentTextClass] }, tree.children as ElementContent[]);
		tree.children = [outlineElement(entries, terms), body];
	};
}

/** The numbered parts of a body in document order, each under its anchor (the first of its block). */
export function outlineEntries(tree: Root): OutlineEntry[] {
	const entries: OutlineEntry[] = [];
	for (const block of pinpointedBlocks(tree)) {
		// A table is a printed table of contents or a schedule's figures, never a heading.
		if (block.tagName === 'table' || block.tagName === 'pre') continue;
		const alias = block.children.find(
			(child): child is Element =>
				hasClass(child, pinpointAliasClass) &&
				/^(?:article|section|exhibit|schedule|annex|appendix)-/.test(String((child as Element).properties.id)),
		);
		if (!alias) continue;
		const id = String(alias.properties.id);
		entries.push({ id, label: headingLabel(blockText(block)), level: id.startsWith('section-') ? 2 : 1 });
	}
	return entries;
}

/**
 * The heading as printed, up to the end of its title: "Section 4.02 Maintenance of Office. The
 * Company shall…" → "Section 4.02 Maintenance of Office." (a sentence ends at a period after a
 * lower-case letter, so "U.S.A. Patriot Act." stays whole).
 */
export function headingLabel(blockText: string): string {
	const flat = blockText.replace(/\s+/g, ' ').trim();
	const number = /^\S+\s*[\dIVXLCDMA-Z][\w.-]*\.?/.exec(flat)?.[0].length ?? 0;
	const end = /[a-z)]{2}[.:](?=\s|$)/.exec(flat.slice(number));
	const title = end ? flat.slice(0, number + end.index + end[0].length) : flat;
	if (title.length <= MAX_LABEL) return title;
	const cut = title.slice(0, MAX_LABEL);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : MAX_LABEL)}…`;
}

/** Defined terms (`<dfn id>` of rehype-defined-terms.ts), in alphabetical order. */
function definedTerms(tree: Root): { id: string; term: string }[] {
	const terms: { id: string; term: string }[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (child.tagName === 'dfn' && typeof child.properties.id === 'string')
				terms.push({ id: child.properties.id, term: textOf(child) });
			else walk(child);
		}
	};
	walk(tree);
	return terms.sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

function outlineElement(entries: OutlineEntry[], terms: { id: string; term: string }[]): Element {
	const top: Element[] = [];
	let article: Element | undefined;
	for (const entry of entries) {
		const item = element('li', {}, [link(entry.id, entry.label)]);
		if (entry.level === 1) {
			top.push(item);
			article = entry.id.startsWith('article-') ? item : undefined;
			continue;
		}
		if (!article) {
			top.push(item);
			continue;
		}
		let sections = article.children.find((child): child is Element => isElement(child) && child.tagName === 'ol');
		if (!sections) {
			sections = element('ol', {}, []);
			article.children.push(sections);
		}
		sections.children.push(item);
	}
	const nav: ElementContent[] = [];
	if (top.length > 0) nav.push(element('ol', {}, top));
	if (terms.length > 0)
		nav.push(
			element('details', { className: ['outline-terms'] }, [
				element('summary', {}, [text(`Defined terms (${terms.length})`)]),
				element(
					'ul',
					{},
					terms.map(({ id, term }) => element('li', {}, [link(id, term)])),
				),
			]),
		);
	return element('details', { className: [outlineClass], dataPagefindIgnore: '' }, [
		element('summary', {}, [text('Outline')]),
		// Focusable: on a wide screen the list scrolls within the side column, and a scrolling
		// region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
		element('nav', { ariaLabel: 'Outline of the document', tabIndex: 0 }, nav),
	]);
}

function link(id: string, label: string): Element {
	return element('a', { href: `#${id}` }, [text(label)]);
}
