/**
 * Rehype plugin: every heading gets an `id` slugged from its text, exactly as Astro's
 * `rehypeHeadingIds` (@astrojs/markdown-remark, rehype-collect-headings.js) gives it for a
 * Markdown (not MDX) file — github-slugger over the heading's text, a `{` written `${` outside
 * `<code>` and `<pre>`, a raw node that is one tag left out, an `id` already set kept — so
 * the bodies the build renders with Sätteri (body-renderer.ts) keep the anchors unified gave
 * them. Astro's plugin visits every node of the tree with unist-util-visit, which was a fifth
 * of the rendering time of a long exhibit; this one walks the elements (hast-elements.ts).
 * It does not collect the headings for Astro's `getHeadings()`: no page reads them.
 */
import type { Element, ElementContent, Root } from 'hast';
import Slugger from 'github-slugger';
import { forEachElement, isElement } from './hast-elements.ts';

const HEADING = /h([0-6])/;
const ONE_TAG = /^\n?<.*>\n?$/;

/** The heading's text as Astro's plugin reads it. */
function headingText(heading: Element): string {
	let text = '';
	const read = (parent: Element, children: ElementContent[]) => {
		for (const child of children) {
			if (isElement(child)) {
				read(child, child.children);
				continue;
			}
			if (child.type === 'raw' && ONE_TAG.test(child.value)) continue;
			if (child.type !== 'text' && child.type !== 'raw') continue;
			text += parent.tagName === 'code' || parent.tagName === 'pre' ? child.value : child.value.replace(/\{/g, '${');
		}
	};
	read(heading, heading.children);
	return text;
}

export default function rehypeHeadingIds() {
	return (tree: Root) => {
		const slugger = new Slugger();
		forEachElement(tree, (node) => {
			if (node.tagName[0] !== 'h' || !HEADING.test(node.tagName)) return;
			if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(headingText(node));
		});
	};
}
