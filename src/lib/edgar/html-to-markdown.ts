/**
 * Exhibit HTML → MDX-safe Markdown.
 *
 * Filing-agent HTML (Workiva, RDG, Donnelley…) is page layout: `<font style="font-weight:700">`
 * instead of `<b>`, centred bold paragraphs instead of headings, tables for indentation,
 * `$` and `)` in cells of their own, absolutely positioned page footers. The pipeline:
 *
 * 1. parse with hast-util-from-html (parse5: the browser's own error recovery);
 * 2. `prepareLayout`: read the inline styles that carry meaning *before* the sanitiser
 *    drops them — hidden parts (the inline XBRL header) go, page breaks become `<hr>`,
 *    bold/italic styles become `<strong>`/`<em>`, centred bold short lines become headings,
 *    positioned footers go, only sibling image files are kept;
 * 3. hast-util-sanitize with an allow-list of semantic elements: nothing that can run
 *    script survives (no scripts, handlers, `javascript:` URLs, frames, forms, styles);
 * 4. hast-util-to-mdast, then `tidyTables`/`tidyBlocks` on the mdast (empty spacer rows
 *    and columns go, layout tables become paragraphs, page numbers next to page breaks go);
 * 5. serialise with mdx-markdown.ts, which escapes everything MDX would interpret.
 *
 * Example: `<p align=center><b>ARTICLE I</b></p><p>{x} <script>alert(1)</script></p>`
 * → `## ARTICLE I\n\n\{x\}\n`.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type {
	Nodes as MdastNodes,
	Parent as MdastParent,
	PhrasingContent,
	Root as MdastRoot,
	RootContent,
	Table,
	TableCell,
} from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toMdxSafeMarkdown } from '../markdown/safe-markdown.ts';
import { isPageNumber } from './page-layout.ts';

export interface MarkdownConversion {
	/** Markdown that is valid CommonMark (no raw HTML) and safe as an MDX body alike. */
	markdown: string;
	/**
	 * Image file names the Markdown references as `./name` (in order of first use), so the
	 * ingest can copy the decoded GRAPHIC parts next to the page.
	 */
	images: string[];
}

/** Only these survive; everything else is unwrapped (kept as text) or, if in `strip`, removed with its content. */
const SCHEMA: Schema = {
	tagNames: [
		'p',
		'br',
		'hr',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'strong',
		'b',
		'em',
		'i',
		'sup',
		'sub',
		'del',
		's',
		'table',
		'thead',
		'tbody',
		'tfoot',
		'tr',
		'th',
		'td',
		'caption',
		'ul',
		'ol',
		'li',
		'a',
		'img',
		'blockquote',
		'pre',
		'code',
		'div',
		'dl',
		'dt',
		'dd',
	],
	attributes: {
		a: ['href'],
		img: ['src', 'alt'],
		td: ['colSpan', 'rowSpan'],
		th: ['colSpan', 'rowSpan'],
		ol: ['start'],
	},
	// Relative URLs are always allowed; absolute ones only with these schemes.
	protocols: { href: ['http', 'https', 'mailto'], src: [] },
	strip: [
		'script',
		'style',
		'template',
		'noscript',
		'iframe',
		'frame',
		'frameset',
		'object',
		'embed',
		'applet',
		'form',
		'input',
		'button',
		'select',
		'textarea',
		'option',
		'svg',
		'math',
		'head',
		'title',
		'meta',
		'link',
		'base',
		'noembed',
		'noframes',
		'audio',
		'video',
		'canvas',
	],
	allowComments: false,
	allowDoctypes: false,
	clobber: [],
	ancestors: {
		li: ['ol', 'ul'],
		tbody: ['table'],
		thead: ['table'],
		tfoot: ['table'],
		tr: ['table'],
		td: ['table'],
		th: ['table'],
	},
};

/** Longest text (in characters) a centred bold line may have to count as a heading. */
const HEADING_MAX_CHARS = 120;
/** Positioned boxes with more text than this are content, not a running footer. */
const FOOTER_MAX_CHARS = 80;
/** A sibling image file as EDGAR stores them: a bare name, no directory or scheme. */
const LOCAL_IMAGE = /^[\w][\w.-]{0,200}\.(?:jpe?g|gif|png)$/i;
const BLOCK_TAGS = new Set([
	'p',
	'div',
	'table',
	'ul',
	'ol',
	'li',
	'blockquote',
	'pre',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'center',
	'dl',
	'tr',
	'td',
	'th',
]);

/**
 * Converts one HTML document (or fragment) to MDX-safe Markdown; never throws on bad HTML. Given
 * a tree already parsed (src/lib/ingest/plan-filing.ts), it converts that tree, which it changes.
 */
export function htmlToMarkdown(html: string | HastRoot): MarkdownConversion {
	const tree = typeof html === 'string' ? fromHtml(html) : html;
	const images: string[] = [];
	prepareLayout(tree, images);
	const clean = sanitize(tree, SCHEMA) as HastRoot;
	const mdast = toMdast(clean) as MdastRoot;
	mergeEmphasis(mdast);
	tidyTables(mdast);
	tidyBlocks(mdast);
	return { markdown: toMdxSafeMarkdown(mdast), images };
}

// ---------------------------------------------------------------------------------------
// Step 2: layout → semantics, on hast, while styles are still there.

interface StyleFacts {
	hidden: boolean;
	positioned: boolean;
	pageBreakBefore: boolean;
	pageBreakAfter: boolean;
	bold: boolean;
	italic: boolean;
	underline: boolean;
	centred: boolean;
}

function styleFacts(element: Element): StyleFacts {
	const style = String(element.properties['style'] ?? '').toLowerCase();
	const declarations = new Map<string, string>();
	for (const part of style.split(';')) {
		const colon = part.indexOf(':');
		if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
	}
	const get = (name: string) => declarations.get(name) ?? '';
	const breaks = (value: string) => value === 'always' || value === 'page' || value === 'left' || value === 'right';
	const weight = get('font-weight');
	const align = String(element.properties['align'] ?? '').toLowerCase();
	return {
		hidden: get('display') === 'none' || get('visibility') === 'hidden',
		positioned: get('position') === 'absolute' || get('position') === 'fixed',
		pageBreakBefore: breaks(get('page-break-before')) || breaks(get('break-before')),
		pageBreakAfter: breaks(get('page-break-after')) || breaks(get('break-after')),
		bold: weight === 'bold' || weight === 'bolder' || /^[6-9]00$/.test(weight),
		italic: get('font-style') === 'italic',
		underline: get('text-decoration').includes('underline') || get('text-decoration-line').includes('underline'),
		centred: get('text-align') === 'center' || align === 'center' || element.tagName === 'center',
	};
}

function prepareLayout(tree: HastRoot, images: string[]): void {
	const walk = (parent: HastRoot | Element, inCell: boolean): void => {
		const out: ElementContent[] = [];
		for (const [index, child] of parent.children.entries()) {
			if (child.type !== 'element') {
				if (child.type === 'text' || child.type === 'comment') out.push(child);
				continue;
			}
			const facts = styleFacts(child);
			// Inline XBRL keeps its hidden facts and contexts in `ix:header` inside a hidden div.
			if (facts.hidden || child.tagName === 'ix:header') continue;
			if (facts.positioned && normalisedText(child).length <= FOOTER_MAX_CHARS) continue;
			if (child.tagName === 'img') {
				const image = localImage(child, images);
				if (image) out.push(image);
				continue;
			}
			if (child.tagName === 'a') {
				const href = String(child.properties['href'] ?? '');
				// In-document anchors point at ids the sanitiser removes; other schemes are unsafe.
				// Either way the link goes and its text stays: an empty link has no name (WCAG 4.1.2).
				if (!/^(?:https?:|mailto:)/i.test(href.trim())) {
					child.tagName = 'span';
					child.properties = {};
				}
			}
			// Without a doctype (most EDGAR HTML), `<p><table>` nests the table in the paragraph,
			// and a paragraph can only hold phrasing: make it a neutral container.
			if (child.tagName === 'p' && hasBlockChild(child)) child.tagName = 'div';
			walk(child, inCell || child.tagName === 'td' || child.tagName === 'th');
			if (facts.pageBreakBefore) out.push(pageBreak());
			if (facts.pageBreakBefore || facts.pageBreakAfter) {
				// `<h5 style="page-break-before:always">&nbsp;</h5>` is a page break, nothing else.
				// (Text is only measured here: doing it for every element would be quadratic in depth.)
				if (normalisedText(child) !== '' || child.tagName === 'table') out.push(restyle(child, facts));
			} else out.push(restyle(child, facts));
			if (facts.pageBreakAfter) out.push(pageBreak());
			// A table cell holds phrasing only in Markdown, so blocks in a cell would run together
			// ("a" + "b" → "ab"); a line break keeps them apart.
			if (inCell && BLOCK_TAGS.has(child.tagName) && index < parent.children.length - 1) {
				out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
			}
		}
		parent.children = out;
	};
	walk(tree, false);
	markHeadings(tree, false, false);
}

/** Style-only emphasis becomes the element that means it, so it survives sanitising. */
function restyle(element: Element, facts: StyleFacts): Element {
	let children: ElementContent[] = element.children;
	if (facts.italic) children = [{ type: 'element', tagName: 'em', properties: {}, children }];
	if (facts.bold) children = [{ type: 'element', tagName: 'strong', properties: {}, children }];
	if (facts.underline) children = [{ type: 'element', tagName: 'u', properties: {}, children }];
	element.children = children;
	return element;
}

function pageBreak(): Element {
	return { type: 'element', tagName: 'hr', properties: {}, children: [] };
}

function localImage(element: Element, images: string[]): Element | undefined {
	const src = String(element.properties['src'] ?? '').trim();
	if (!LOCAL_IMAGE.test(src)) return undefined;
	if (!images.includes(src)) images.push(src);
	const alt = String(element.properties['alt'] ?? '').trim() || src;
	return { type: 'element', tagName: 'img', properties: { src: `./${src}`, alt }, children: [] };
}

/**
 * Turns innermost blocks that are short, centred (or numbered like "ARTICLE I") and wholly
 * bold or underlined into headings. `emphasised`/`centred` are inherited from ancestors,
 * because agents put the style on an outer `div` and the text in nested `font`s.
 */
function markHeadings(node: HastRoot | Element, centredAbove: boolean, inTable: boolean): void {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		const centred = centredAbove || styleFacts(child).centred;
		const table = inTable || child.tagName === 'table';
		if (
			(child.tagName === 'p' || child.tagName === 'div' || child.tagName === 'center') &&
			!table &&
			!hasBlockChild(child)
		) {
			const text = normalisedText(child);
			const numbered = /^(?:ARTICLE\s+[IVXLC\d]+\b|SECTION\s+\d+(?:\.\d+)*\b|Item\s+\d+(?:\.\d+)?\b)/i.test(text);
			if (text !== '' && text.length <= HEADING_MAX_CHARS && (centred || numbered) && whollyEmphasised(child, false)) {
				child.tagName = numbered || !centred ? 'h3' : 'h2';
				child.properties = {};
				continue;
			}
		}
		markHeadings(child, centred, table);
	}
}

function hasBlockChild(element: Element): boolean {
	return element.children.some(
		(child) => child.type === 'element' && (BLOCK_TAGS.has(child.tagName) || hasBlockChild(child)),
	);
}

/** True when every non-blank text inside is within `strong`/`b`/`u`. */
function whollyEmphasised(node: HastNodes, emphasised: boolean): boolean {
	if (node.type === 'text') return emphasised || node.value.trim().replace(/\u00a0/g, '') === '';
	if (node.type !== 'element' && node.type !== 'root') return true;
	const here =
		emphasised ||
		(node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b' || node.tagName === 'u'));
	return node.children.every((child) => whollyEmphasised(child, here));
}

function normalisedText(node: HastNodes): string {
	return toText(node).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Step 4: tidy the mdast.

/** Cells that only carry a unit belong to the number next to them. */
/** "(a)", "1.", "(iv)", "•", "Item 9.01", or nothing: a first column of these beside text is list or heading layout. */
const LIST_MARKER =
	/^(?:|\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})[.)]|[•·◦▪■●o*–—-]|(?:Item|Section)\s+\d+(?:\.\d+)*\.?)$/i;
const LEADING_UNIT = /^[$€£¥]$/;
const TRAILING_UNIT = /^(?:\)|%|\)%|%\))$/;

function tidyTables(root: MdastRoot): void {
	replaceChildren(root, (node) => {
		if (node.type !== 'table') return [node];
		return tidyTable(node);
	});
}

/** Applies `fn` to every child of every parent (depth-first), splicing in what it returns. */
function replaceChildren(parent: MdastParent, fn: (node: RootContent) => RootContent[]): void {
	const out: RootContent[] = [];
	for (const child of parent.children as RootContent[]) {
		for (const replaced of fn(child)) {
			if ('children' in replaced) replaceChildren(replaced as MdastParent, fn);
			out.push(replaced);
		}
	}
	(parent as { children: RootContent[] }).children = out;
}

function cellText(cell: TableCell | undefined): string {
	return cell ? toString(cell).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Removes spacer rows and columns, joins `$`/`)`/`%` cells with their number, and turns
 * tables that only do layout (one column, or a marker column + text) into paragraphs.
 * hast-util-to-mdast has already expanded colspans/rowspans into empty cells, so
 * every row has the same number of cells here.
 */
function tidyTable(table: Table): RootContent[] {
	const rows = table.children.map((row) => row.children);
	// How many rows put a value (not a lone unit) in each column: a unit is joined into
	// whichever of its two columns the other rows use, so amounts stay in one column.
	// (Workiva writes `$ | 44,172` but `13,602` with colspan=2 over both columns.)
	const occupancy: number[] = [];
	for (const cells of rows) {
		cells.forEach((cell, c) => {
			const text = cellText(cell);
			if (text !== '' && !LEADING_UNIT.test(text) && !TRAILING_UNIT.test(text)) occupancy[c] = (occupancy[c] ?? 0) + 1;
		});
	}
	for (const cells of rows) {
		for (let c = 0; c < cells.length; c++) {
			const unit = cells[c] as TableCell;
			const text = cellText(unit);
			const leading = LEADING_UNIT.test(text);
			if (!leading && !TRAILING_UNIT.test(text)) continue;
			let other = -1;
			const step = leading ? 1 : -1;
			for (let o = c + step; o >= 0 && o < cells.length; o += step) {
				if (cellText(cells[o]) !== '') {
					other = o;
					break;
				}
			}
			const value = cells[other];
			if (!value) continue;
			const joined: PhrasingContent[] = leading
				? [...unit.children, ...value.children]
				: [...value.children, ...unit.children];
			const intoUnit = (occupancy[c] ?? 0) > (occupancy[other] ?? 0);
			(intoUnit ? unit : value).children = joined;
			(intoUnit ? value : unit).children = [];
		}
	}
	const keptRows = rows.filter((cells) => cells.some((cell) => cellText(cell) !== '' || hasImage(cell)));
	const width = Math.max(0, ...keptRows.map((cells) => cells.length));
	const keptColumns: number[] = [];
	for (let c = 0; c < width; c++) {
		if (
			keptRows.some((cells) => cellText(cells[c]) !== '' || (cells[c] !== undefined && hasImage(cells[c] as TableCell)))
		)
			keptColumns.push(c);
	}
	if (keptRows.length === 0 || keptColumns.length === 0) return [];
	const grid = keptRows.map((cells) =>
		keptColumns.map((c) => cells[c] ?? { type: 'tableCell' as const, children: [] }),
	);

	// Layout tables: a single column, or short markers ("(a)", "1.", "•") beside text.
	const markerColumn =
		keptColumns.length === 2 &&
		grid.every((cells) => LIST_MARKER.test(cellText(cells[0])) && cellText(cells[1]).length > 0);
	if (keptColumns.length === 1 || markerColumn) {
		return grid.map((cells) => ({
			type: 'paragraph',
			children: cells.flatMap((cell, index) =>
				index > 0 && cellText(cells[0]) !== ''
					? [{ type: 'text' as const, value: ' ' }, ...cell.children]
					: cell.children,
			),
		}));
	}
	for (const cells of grid) {
		for (const cell of cells) {
			// A hard break cannot be written inside a GFM table row.
			cell.children = cell.children.map((child): PhrasingContent =>
				child.type === 'break' ? { type: 'text', value: ' ' } : child,
			);
		}
	}
	return [
		{
			type: 'table',
			align: keptColumns.map((c) => table.align?.[c] ?? null),
			children: grid.map((cells) => ({ type: 'tableRow' as const, children: cells })),
		},
	];
}

function hasImage(node: MdastNodes): boolean {
	return node.type === 'image' || ('children' in node && node.children.some((child) => hasImage(child)));
}

/**
 * Drops blank paragraphs and headings, page numbers printed beside a page break, and
 * repeated or dangling breaks; normalises no-break spaces (layout, not content).
 */
function tidyBlocks(root: MdastRoot): void {
	replaceChildren(root, (node) => {
		if (node.type === 'text') return [{ ...node, value: node.value.replace(/\u00a0/g, ' ') }];
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') trimEdges(node.children);
		if ((node.type === 'paragraph' || node.type === 'heading') && toString(node).trim() === '' && !hasImage(node))
			return [];
		if (node.type === 'heading' && node.children.length === 1 && node.children[0]?.type === 'strong') {
			// A heading is bold already; `## **X**` would only add noise.
			return [{ ...node, children: node.children[0].children }];
		}
		return [node];
	});
	const blocks = root.children;
	const isBreak = (node: RootContent | undefined) => node === undefined || node.type === 'thematicBreak';
	const kept: RootContent[] = [];
	for (let i = 0; i < blocks.length; i++) {
		const node = blocks[i] as RootContent;
		if (
			node.type === 'paragraph' &&
			isPageNumber(toString(node)) &&
			(isBreak(blocks[i + 1]) || isBreak(blocks[i - 1]))
		) {
			continue;
		}
		if (node.type === 'thematicBreak' && (kept.length === 0 || kept.at(-1)?.type === 'thematicBreak')) continue;
		kept.push(node);
	}
	while (kept.at(-1)?.type === 'thematicBreak') kept.pop();
	root.children = kept;
}

/** Leading/trailing spaces of a block are layout (`&#160;` padding); the serialiser would encode them as `&#x20;`. */
function trimEdges(children: PhrasingContent[]): void {
	const first = children[0];
	if (first?.type === 'text') first.value = first.value.replace(/^[\s\u00a0]+/, '');
	const last = children.at(-1);
	if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0]+$/, '');
}

/**
 * `<b>Item </b><b>2</b><b>.02</b>` is one bold run split by the agent's editor; written as
 * separate `**…**` runs it needs alternating markers and encoded spaces. Joins adjacent runs
 * of the same kind, unwraps a run nested in the same kind and drops empty runs.
 */
function mergeEmphasis(node: MdastNodes): void {
	if (!('children' in node)) return;
	const out: MdastNodes[] = [];
	for (const child of node.children as MdastNodes[]) {
		mergeEmphasis(child);
		if ((child.type === 'strong' || child.type === 'emphasis') && toString(child) === '' && !hasImage(child)) continue;
		if (
			(child.type === 'strong' || child.type === 'emphasis') &&
			child.children.length === 1 &&
			child.children[0]?.type === child.type
		) {
			child.children = child.children[0].children;
		}
		const previous = out.at(-1);
		if (previous && (child.type === 'strong' || child.type === 'emphasis') && previous.type === child.type) {
			previous.children = [...previous.children, ...child.children] as typeof previous.children;
			continue;
		}
		if (previous?.type === 'text' && child.type === 'text') {
			previous.value += child.value;
			continue;
		}
		out.push(child);
	}
	(node as { children: MdastNodes[] }).children = out;
}
