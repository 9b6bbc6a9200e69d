/**
 * Rehype plugin: a `<pre>` block can be scrolled with the keyboard.
 *
 * Filings' fixed-width schedules become `<pre>` blocks wider than the page; the stylesheet
 * lets them scroll sideways, and a scrolling region must be focusable to be scrolled without
 * a mouse (WCAG 2.1.1; axe `scrollable-region-focusable`). Syntax highlighting used to add
 * `tabindex="0"` as a side effect; filing text has no language to highlight, so highlighting
 * is off (astro.config.mjs) and this plugin keeps the focus stop.
 *
 * ```html
 * <pre><code>…</code></pre>   →   <pre tabindex="0"><code>…</code></pre>
 * ```
 */
import type { Root } from 'hast';
import { forEachElement } from './hast-elements.ts';

export default function rehypeScrollablePre() {
	return (tree: Root) => {
		forEachElement(tree, (node) => {
			if (node.tagName === 'pre') node.properties.tabIndex = 0;
		});
	};
}
