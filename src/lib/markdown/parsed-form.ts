/**
 * A rendered body's tree as a browser's HTML parser would build it from its HTML — what the body
 * renderer's last step needs (body-renderer.ts, `rehypeReparse`), without writing the tree out
 * and parsing it again when that would change nothing.
 *
 * Writing a 780 kB indenture's tree out, parsing it and writing it out again was two thirds of
 * its rendering (docs/scaling.md, "Markdown rendering"). Sätteri's trees are already in the
 * parser's form; what the plugins add is too, but for one thing: a pinpoint alias at the start of
 * a `<table>` (a printed table of contents whose first row names an article), which a parser
 * moves before the table ("foster parenting", HTML § 13.2.6.1). That move is made here. Any other
 * node a parser could change — raw HTML, a link inside a link, a block inside a paragraph, a
 * table row outside a table body, an element this file does not know — and the tree is written
 * out and parsed by Sätteri's parser, as before. tests/unit/markdown-parsed-form.test.ts checks
 * both ways give the same HTML, on such trees and on every body of the default content.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { isElement } from './hast-elements.ts';

/** Elements that hold only phrasing content (text-level elements and headings). */
const PHRASING = new Set(['a', 'em', 'strong', 'del', 's', 'code', 'span', 'dfn', 'sup', 'sub', 'img', 'br', 'input']);
const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', ...PHRASING]);
const VOID = new Set(['img', 'br', 'hr', 'input']);
/** Containers of flow content a parser leaves as they are. */
const FLOW = new Set(['blockquote', 'li', 'td', 'th', 'section', 'div', 'details', 'summary', 'nav', 'caption']);
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'table', 'ul', 'ol', ...FLOW]);
/** What each table part may hold directly (whitespace text aside). */
const TABLE_PARTS: Record<string, ReadonlySet<string>> = {
	table: new Set(['caption', 'thead', 'tbody', 'tfoot']),
	thead: new Set(['tr']),
	tbody: new Set(['tr']),
	tfoot: new Set(['tr']),
	tr: new Set(['td', 'th']),
};
const LISTS = new Set(['ul', 'ol']);
const KNOWN = new Set([...PHRASING_ONLY, ...BLOCK, ...Object.keys(TABLE_PARTS)]);

/** The tree as a parser builds it from `toHtml(tree)`; the same tree, changed in place, when it can be. */
export function parsedForm(tree: Root): Root {
	moveAliasesBeforeTables(tree);
	if (!needsParser(tree)) return tree;
	return htmlToHast(toHtml(tree, { allowDangerousHtml: true }), { fragment: true }) as Root;
}

/**
 * Empty elements at the top of a table (the pinpoints' and attachment anchors' aliases) go
 * just before it, in order, as a parser's foster parenting puts them.
 */
function moveAliasesBeforeTables(parent: Root | Element): void {
	for (let i = 0; i < parent.children.length; i++) {
		const child = parent.children[i]!;
		if (!isElement(child)) continue;
		if (child.tagName === 'table') {
			const fostered: Element[] = [];
			while (child.children.length > 0) {
				const first = child.children[0]!;
				if (!isElement(first) || first.tagName !== 'span' || first.children.length > 0) break;
				fostered.push(first);
				child.children.shift();
			}
			if (fostered.length > 0) {
				(parent.children as ElementContent[]).splice(i, 0, ...fostered);
				i += fostered.length;
			}
		}
		moveAliasesBeforeTables(child);
	}
}

/** Whether a parser could build another tree from this one's HTML. */
function needsParser(tree: Root): boolean {
	const changes = (node: RootContent | ElementContent, parent: Root | Element, inLink: boolean): boolean => {
		if (node.type === 'text') return /[\r\0]/.test(node.value) || (isTablePart(parent) && node.value.trim() !== '');
		if (node.type === 'comment' || node.type === 'doctype') return true;
		if (node.type !== 'element') return true; // raw HTML
		const tag = node.tagName;
		if (!KNOWN.has(tag) || (tag === 'a' && inLink)) return true;
		if (parent.type === 'element' && !allows(parent, node)) return true;
		if (VOID.has(tag) && node.children.length > 0) return true;
		// A parser drops a newline right after `<pre>`.
		const first = node.children[0];
		if (tag === 'pre' && first?.type === 'text' && first.value.startsWith('\n')) return true;
		return node.children.some((child) => changes(child, node, inLink || tag === 'a'));
	};
	return tree.children.some((child) => changes(child, tree, false));
}

function isTablePart(node: Root | Element): boolean {
	return node.type === 'element' && Object.hasOwn(TABLE_PARTS, node.tagName);
}

/** Whether `parent` may hold `child` as it is, in the parser's eyes. */
function allows(parent: Element, child: Element): boolean {
	const parts = Object.hasOwn(TABLE_PARTS, parent.tagName) ? TABLE_PARTS[parent.tagName] : undefined;
	if (parts) return parts.has(child.tagName);
	if (Object.hasOwn(TABLE_PARTS, child.tagName) && child.tagName !== 'table') return false;
	if (child.tagName === 'li') return LISTS.has(parent.tagName);
	if (LISTS.has(parent.tagName)) return false;
	if (PHRASING_ONLY.has(parent.tagName)) return PHRASING.has(child.tagName);
	return true;
}
