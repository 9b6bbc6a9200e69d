/**
 * Rehype plugin: a header cell with no text becomes a data cell.
 *
 * GFM tables always make their first row a header row, and filings' tables often start with
 * an empty corner or spacer cell: `<th></th>` then names no column and fails WCAG 1.3.1
 * (axe `empty-table-header`). The cell stays where it is, so columns keep their order.
 *
 * ```html
 * <tr><th></th><th>2024</th></tr>   →   <tr><td></td><th>2024</th></tr>
 * ```
 */
import type { Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { forEachElement } from './hast-elements.ts';

export default function rehypeEmptyTableHeaders() {
	return (tree: Root) => {
		forEachElement(tree, (node) => {
			if (node.tagName === 'th' && toText(node).trim() === '') {
				node.tagName = 'td';
				delete node.properties.align;
			}
		});
	};
}
