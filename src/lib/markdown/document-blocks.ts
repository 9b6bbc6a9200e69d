/**
 * The text of a rendered body block by block, as its pinpoints number it (rehype-pinpoints.ts):
 * `[{ id: 'p1', text: 'ARTICLE I' }, { id: 'p2', text: 'Section 1.01 Definitions. …' }]`.
 * What the site adds inside a block for readers — the ¶ link, a definition's list of uses — is
 * marked `data-pagefind-ignore` and left out, so the text is the document's as filed. A table's
 * cells and a list's items are separated by a space. The version comparison reads these
 * (src/lib/corpus/version-comparison.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { hasClass, isElement } from './hast-elements.ts';
import { pinpointClass } from './rehype-pinpoints.ts';

export interface TextBlock {
	/** The block's pinpoint, `p12`. */
	id: string;
	/** Its text, whitespace collapsed. */
	text: string;
}

/** Elements whose end separates words even where the markup has no space (`<td>a</td><td>b</td>`). */
const SEPARATED = new Set(['td', 'th', 'tr', 'li', 'br', 'p', 'div', 'dt', 'dd']);

function collectText(node: Element, out: string[]): void {
	for (const child of node.children as ElementContent[]) {
		if (child.type === 'text') out.push(child.value);
		else if (isElement(child) && child.properties.dataPagefindIgnore === undefined) {
			collectText(child, out);
			if (SEPARATED.has(child.tagName)) out.push(' ');
		}
	}
}

export function documentBlocks(html: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (hasClass(child, pinpointClass) && typeof child.properties.id === 'string') {
				const out: string[] = [];
				collectText(child, out);
				blocks.push({ id: child.properties.id, text: out.join('').replace(/\s+/g, ' ').trim() });
			} else walk(child);
		}
	};
	walk(fromHtml(html, { fragment: true }));
	return blocks;
}
