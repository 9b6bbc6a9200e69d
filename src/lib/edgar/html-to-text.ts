/**
 * Exhibit HTML → plain text laid out like an EDGAR `.txt` filing, for the text parsers
 * (cover page, items, signatures, exhibit lists, opening recitals) that read columns.
 *
 * Table rows become one line each with every cell padded to its column's width, so a cover
 * page's value row ("Washington   001-15059   91-0515058") sits over its caption row
 * ("(State…)   (Commission File Number)   (I.R.S. …)") as in a typewritten cover, and the
 * column-position logic of src/lib/report/cover-page.ts works unchanged. Hidden parts (the
 * inline XBRL header) and non-content elements are dropped first.
 *
 * Example: `<table><tr><td>4.1</td><td>Form of Indenture</td></tr></table>` → `4.1   Form of Indenture`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

const DROPPED = new Set([
	'script',
	'style',
	'head',
	'title',
	'template',
	'noscript',
	'ix:header',
	'iframe',
	'object',
	'embed',
	'svg',
]);
/** Spaces between two columns: at least two, so `cellsOf` in report/text-columns.ts sees a gap. */
const COLUMN_GAP = 3;
/** A very long cell (a paragraph in a layout table) is not padded beyond this. */
const MAX_COLUMN_WIDTH = 60;

/**
 * Plain text of an HTML document, or of its tree already parsed (ingest parses each document
 * once: src/lib/ingest/plan-filing.ts); a tree given is not changed. Never throws on bad HTML.
 */
export function htmlToPlainText(html: string | Root): string {
	return htmlToTextView(html).text;
}

/**
 * A table as the text shows it: each row's line in the text and its cells by column, a cell
 * spanning several columns (`colspan`) written in its first and `''` in the others, with its
 * span beside it. What the text's padded columns lose — which column a long cell belongs to —
 * the extractors read here (src/lib/report/exhibit-table.ts reads exhibit indexes so).
 */
export interface TextTable {
	rows: Array<{ line: number } & TableRow>;
	/**
	 * A table of a plain-text document (src/lib/edgar/text-blocks.ts): each row is a printed line,
	 * so a row may be the wrapped rest of the one above; an HTML table's rows are rows.
	 */
	printed?: true;
}

/** A row's cells by column, each cell's span, and the addresses its links point at, in order. */
export interface TableRow {
	cells: string[];
	spans: number[];
	links: string[];
}

/** The plain text and the tables laid out in it, from one walk of the tree. */
export interface TextView {
	text: string;
	tables: TextTable[];
}

/** `htmlToPlainText`, with the structure of its tables: see `TextTable`. */
export function htmlToTextView(html: string | Root): TextView {
	const tree = typeof html === 'string' ? fromHtml(html) : structuredClone(html);
	const rendered: RenderedTables = [];
	clean(tree, rendered);
	const text = toText(tree)
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+\n/g, '\n');
	return { text, tables: placeRows(text, rendered) };
}

/** Finds each table row's line in the text: rows and lines are in document order, so one forward scan. */
function placeRows(text: string, tables: Readonly<RenderedTables>): TextTable[] {
	const lines = text.split('\n').map((line) => line.trimEnd());
	const placed: TextTable[] = [];
	let next = 0;
	for (const table of tables) {
		const rows: TextTable['rows'] = [];
		table.rendered.forEach((line, r) => {
			if (line === '') return;
			const at = lines.indexOf(line, next);
			if (at < 0) return;
			rows.push({ line: at, ...table.rows[r]! });
			next = at + 1;
		});
		if (rows.length > 0) placed.push({ rows });
	}
	return placed;
}

const styleOf = (element: Element) =>
	String(element.properties['style'] ?? '')
		.toLowerCase()
		.replace(/\s+/g, '');

function isHidden(element: Element): boolean {
	const style = styleOf(element);
	return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * A `div` or `p` styled `display:inline` flows in its line, as the reader sees it: inline XBRL
 * covers print "300 Crescent Court, Suite 700" as two inline divs and a comma. (Only the text
 * reads them so: the page body keeps its blocks, and with them its paragraph pinpoints.)
 */
const isInlineBlockElement = (element: Element) =>
	(element.tagName === 'div' || element.tagName === 'p') && /(?:^|;)display:inline(?:;|$)/.test(styleOf(element));

type RenderedTables = Array<{ rendered: string[]; rows: TableRow[] }>;

function clean(parent: Root | Element, tables: RenderedTables): void {
	const kept: ElementContent[] = [];
	for (const child of parent.children) {
		if (child.type === 'element') {
			if (DROPPED.has(child.tagName) || isHidden(child)) continue;
			if (child.tagName === 'table') {
				kept.push(...tableAsLines(child, tables));
				continue;
			}
			if (isInlineBlockElement(child)) child.tagName = 'span';
			clean(child, tables);
			kept.push(child);
		} else if (child.type === 'text') kept.push(child);
	}
	parent.children = kept;
}

/** One `<pre>` per non-empty row, its cells padded to shared column widths. */
function tableAsLines(table: Element, tables: RenderedTables): Element[] {
	const rows: string[][] = [];
	const structured: RenderedTables[number]['rows'] = [];
	const collect = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') {
				const cellElements = child.children.filter(
					(cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
				);
				const cells = cellElements.map((cell) => {
					// A table inside a cell is flattened into the cell's text: it has no lines of its own to record.
					clean(cell, []);
					return toText(cell)
						.replace(/\u00a0/g, ' ')
						.replace(/\s+/g, ' ')
						.trim();
				});
				if (cells.some((cell) => cell !== '')) {
					rows.push(cells);
					structured.push(byColumn(cells, cellElements));
				}
			} else if (child.tagName !== 'table') collect(child);
		}
	};
	collect(table);
	const entry: RenderedTables[number] = { rendered: [], rows: structured };
	tables.push(entry);
	// Columns empty in every row are spacers: dropping them keeps the text compact.
	const width = Math.max(0, ...rows.map((row) => row.length));
	const used: number[] = [];
	for (let c = 0; c < width; c++) if (rows.some((row) => (row[c] ?? '') !== '')) used.push(c);
	const widths = used.map((c) => Math.min(MAX_COLUMN_WIDTH, Math.max(...rows.map((row) => (row[c] ?? '').length))));
	const lines = rows.map((row) => {
		let line = '';
		used.forEach((c, i) => {
			const cell = row[c] ?? '';
			if (i > 0) line = line.padEnd(line.length + COLUMN_GAP);
			line += i < used.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell;
		});
		return line.trimEnd();
	});
	entry.rendered = lines;
	// `pre`: toText (innerText) would collapse the padding of any other element.
	return lines.map((line) => ({
		type: 'element',
		tagName: 'pre',
		properties: {},
		children: [{ type: 'text', value: line }],
	}));
}

/** A row's cells by column: a cell with `colspan` N is followed by N - 1 empty columns. */
function byColumn(cells: readonly string[], elements: readonly Element[]): TableRow {
	const out: string[] = [];
	const spans: number[] = [];
	cells.forEach((cell, i) => {
		const span = Math.min(50, Math.max(1, Number(elements[i]!.properties['colSpan'] ?? 1) || 1));
		out.push(cell, ...Array<string>(span - 1).fill(''));
		spans.push(span, ...Array<number>(span - 1).fill(0));
	});
	return { cells: out, spans, links: elements.flatMap(linksIn) };
}

/** Where the links inside an element point: an exhibit index links each exhibit on EDGAR since 2017. */
function linksIn(node: Element): string[] {
	return node.children.flatMap((child) => {
		if (child.type !== 'element') return [];
		const href = child.tagName === 'a' ? String(child.properties['href'] ?? '') : '';
		return [...(href ? [href] : []), ...linksIn(child)];
	});
}
