/**
 * Rehype plugin: headings never skip a level going down.
 *
 * A filing's HTML marks headings by their look, so converted bodies jump from `<h2>` to `<h4>`;
 * a screen reader's outline then has holes, and axe reports `heading-order` (WCAG 1.3.1). Each
 * heading deeper than one below the heading before it is raised to that level; the body sits
 * under the page's `<h1>`, so its first heading is at most an `<h2>`. Going back up is kept as
 * it is, and nothing else changes (pinpoint numbering counts blocks, not levels).
 *
 * ```html
 * <h2>ARTICLE I</h2><h4>Section 1.01</h4>   →   <h2>ARTICLE I</h2><h3>Section 1.01</h3>
 * ```
 */
import type { Root } from 'hast';
import { forEachElement } from './hast-elements.ts';

const HEADING = /^h([1-6])$/;

export default function rehypeHeadingOrder() {
	return (tree: Root) => {
		let previous = 1;
		forEachElement(tree, (node) => {
			const match = HEADING.exec(node.tagName);
			if (!match) return;
			const level = Math.min(Number(match[1]), previous + 1);
			node.tagName = `h${level}`;
			previous = level;
		});
	};
}
