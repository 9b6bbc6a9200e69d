/** Read built HTML as a tree (hast), so tests assert on elements and attributes, not on regexes. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export function parseHtml(html: string): Root {
	return fromHtml(html);
}

/** Elements matching a tag name and an optional predicate, in document order. */
export function findAll(
	tree: Root | Element,
	tagName: string,
	where: (el: Element) => boolean = () => true,
): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (el: Element) => {
		if (el.tagName === tagName && where(el)) found.push(el);
	});
	return found;
}

export function attr(el: Element, name: string): string | undefined {
	const value = el.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	return Array.isArray(value) ? value.join(' ') : String(value);
}

export function textOf(node: Root | Element): string {
	return toText(node).replace(/\s+/g, ' ').trim();
}

/** Every `href` of `<a>` and `<link>` elements. */
export function hrefs(tree: Root): string[] {
	return [...findAll(tree, 'a'), ...findAll(tree, 'link')]
		.map((el) => attr(el, 'href'))
		.filter((h): h is string => Boolean(h));
}

/** Every `id` in the document: the targets a `#fragment` link can reach. */
export function elementIds(tree: Root): Set<string> {
	const ids = new Set<string>();
	visit(tree, 'element', (el: Element) => {
		const id = el.properties.id;
		if (typeof id === 'string') ids.add(id);
	});
	return ids;
}
