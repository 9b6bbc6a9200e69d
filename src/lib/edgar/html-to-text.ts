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
	const tree = typeof html === 'string' ? fromHtml(html) : structuredClone(html);
	clean(tree);
	return toText(tree)
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+\n/g, '\n');
}

function isHidden(element: Element): boolean {
	const style = String(element.properties['style'] ?? '')
		.toLowerCase()
		.replace(/\s+/g, '');
	return style.includes('display:none') || style.includes('visibility:hidden');
}

function clean(parent: Root | Element): void {
	const kept: ElementContent[] = [];
	for (const child of parent.children) {
		if (child.type === 'element') {
			if (DROPPED.has(child.tagName) || isHidden(child)) continue;
			if (child.tagName === 'table') {
				kept.push(...tableAsLines(child));
				continue;
			}
			clean(child);
			kept.push(child);
		} else if (child.type === 'text') kept.push(child);
	}
	parent.children = kept;
}

/** One `<pre>` per non-empty row, its cells padded to shared column widths. */
function tableAsLines(table: Element): Element[] {
	const rows: string[][] = [];
	const collect = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') {
				const cells = child.children
					.filter(
						(cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
					)
					.map((cell) => {
						clean(cell);
						return toText(cell)
							.replace(/\u00a0/g, ' ')
							.replace(/\s+/g, ' ')
							.trim();
					});
				if (cells.some((cell) => cell !== '')) rows.push(cells);
			} else if (child.tagName !== 'table') collect(child);
		}
	};
	collect(table);
	// Columns empty in every row are spacers: dropping them keeps the text compact.
	const width = Math.max(0, ...rows.map((row) => row.length));
	const used: number[] = [];
	for (let c = 0; c < width; c++) if (rows.some((row) => (row[c] ?? '') !== '')) used.push(c);
	const widths = used.map((c) => Math.min(MAX_COLUMN_WIDTH, Math.max(...rows.map((row) => (row[c] ?? '').length))));
	return rows.map((row) => {
		let line = '';
		used.forEach((c, i) => {
			const cell = row[c] ?? '';
			if (i > 0) line = line.padEnd(line.length + COLUMN_GAP);
			line += i < used.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell;
		});
		// `pre`: toText (innerText) would collapse the padding of any other element.
		return { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: line.trimEnd() }] };
	});
}
