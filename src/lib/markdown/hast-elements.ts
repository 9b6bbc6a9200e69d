/**
 * Small helpers over hast elements shared by the rehype plugins of this folder: plain tree
 * operations (no unified API), so the plugins stay plain hast transforms any hast processor can run.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export function isElement(node: RootContent | ElementContent | Root): node is Element {
	return node.type === 'element';
}

export function hasClass(node: RootContent | ElementContent, className: string): boolean {
	if (!isElement(node)) return false;
	const classes = node.properties.className;
	return Array.isArray(classes) && classes.includes(className);
}

export function addClassName(current: Element['properties'][string], className: string): string[] {
	const classes = Array.isArray(current)
		? current.map(String)
		: typeof current === 'string'
			? current.split(/\s+/).filter(Boolean)
			: [];
	return classes.includes(className) ? classes : [...classes, className];
}

export function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

export function text(value: string): ElementContent {
	return { type: 'text', value };
}

/**
 * Calls `fn` on every element of the tree with its parent, in document order (as
 * `unist-util-visit(tree, 'element', …)` does, at a third of its cost on a long body: the
 * plugins that look at every element walk the tree with this). `fn` may change the element it
 * is given, not its parent's children.
 */
export function forEachElement(tree: Root | Element, fn: (node: Element, parent: Root | Element) => void): void {
	for (const child of tree.children) {
		if (!isElement(child)) continue;
		fn(child, tree);
		forEachElement(child, fn);
	}
}

/** Every `id` in the tree, so a link is only made to an anchor that exists. */
export function elementIds(tree: Root | Element): Set<string> {
	const ids = new Set<string>();
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child)) continue;
			if (typeof child.properties.id === 'string') ids.add(child.properties.id);
			walk(child);
		}
	};
	walk(tree);
	return ids;
}

/** `base`, then `base-2`, `base-3`… — the first not in `used` (the pinpoints' rule for repeated numbers). */
export function uniqueId(base: string, used: ReadonlySet<string>): string {
	if (!used.has(base)) return base;
	let suffix = 2;
	while (used.has(`${base}-${suffix}`)) suffix += 1;
	return `${base}-${suffix}`;
}
