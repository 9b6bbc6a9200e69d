/**
 * Finding and linking words in the pinpointed blocks of a body (src/lib/markdown/rehype-pinpoints.ts),
 * for the plugins that turn a document's own words into links: cross-references
 * (rehype-cross-references.ts) and defined terms (rehype-defined-terms.ts). Plain hast, no unified API.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { hasClass, isElement, text } from './hast-elements.ts';
import { pinClass, pinpointAliasClass, pinpointClass } from './rehype-pinpoints.ts';

/** Class of the "used in" note a definition carries (rehype-defined-terms.ts): chrome, never linked or read as text. */
export const termUsesClass = 'term-uses';

/** The blocks `#p{n}` numbers, in document order (empty when the pinpoints plugin did not run on the file). */
export function pinpointedBlocks(tree: Root): Element[] {
	const blocks: Element[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (hasClass(child, pinpointClass)) blocks.push(child);
			else walk(child);
		}
	};
	walk(tree);
	return blocks;
}

/** The pinpoints' own elements, which `textOf` (rehype-pinpoints.ts) leaves out of a block's text. */
export function isPinpointChrome(node: Element): boolean {
	return hasClass(node, pinClass) || hasClass(node, pinpointAliasClass);
}

/** Elements whose text is not linked again: links, definitions, and the plugins' own chrome. */
export function isLinkedOrChrome(node: Element): boolean {
	return node.tagName === 'a' || node.tagName === 'dfn' || isPinpointChrome(node) || hasClass(node, termUsesClass);
}

/**
 * Each text node of `block` outside the elements `skip` names (default: links and chrome), with the
 * element holding it, in document order. A snapshot: replacing a node while iterating does not
 * skip or revisit another.
 */
export function textNodes(
	block: Element,
	skip: (node: Element) => boolean = isLinkedOrChrome,
): { node: Text; parent: Element }[] {
	const found: { node: Text; parent: Element }[] = [];
	const walk = (parent: Element) => {
		for (const child of parent.children) {
			if (child.type === 'text') found.push({ node: child, parent });
			else if (isElement(child) && !skip(child)) walk(child);
		}
	};
	walk(block);
	return found;
}

/**
 * Replaces, in the text nodes of `block`, each match of `pattern` (global) by what `replace`
 * returns for it; undefined keeps the matched text as it is. `replace` sees the whole text node
 * too, to look at the words after the match.
 */
export function replaceInText(
	block: Element,
	pattern: RegExp,
	replace: (match: RegExpExecArray, value: string) => ElementContent[] | undefined,
): void {
	for (const { node, parent } of textNodes(block)) {
		const pieces: ElementContent[] = [];
		let last = 0;
		let changed = false;
		pattern.lastIndex = 0;
		for (let match = pattern.exec(node.value); match; match = pattern.exec(node.value)) {
			if (match[0] === '') {
				pattern.lastIndex += 1;
				continue;
			}
			const replacement = replace(match, node.value);
			if (!replacement) continue;
			if (match.index > last) pieces.push(text(node.value.slice(last, match.index)));
			pieces.push(...replacement);
			last = match.index + match[0].length;
			changed = true;
		}
		if (!changed) continue;
		if (last < node.value.length) pieces.push(text(node.value.slice(last)));
		parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
	}
}
