/**
 * A plain-text document parsed once into blocks — the `.txt` counterpart of an HTML document's
 * hast tree. Its Markdown body (src/lib/edgar/text-to-markdown.ts) and the extractors' view of it
 * (`textView`: its text and the rows and cells of its tables, as src/lib/edgar/html-to-text.ts
 * gives for HTML) are both derived from these blocks, so both agree on what is a table.
 *
 * EDGAR text documents are typewriter pages: paragraphs hard-wrapped at ~72 columns, headings
 * centred with spaces, tables aligned with spaces (and, in 1990s filings, wrapped in SGML
 * `<TABLE>`/`<S>`/`<C>` markup), pages separated by `<PAGE>` or form feeds. Blocks are runs of
 * lines between blank lines:
 *
 * - `<PAGE>` / form feed → a page break;
 * - `<TABLE>`…`</TABLE>`, and blocks with aligned columns (3+ space gaps), dot leaders or dashed
 *   rules → a table, kept verbatim (adjacent columnar blocks join, so a double-spaced table stays
 *   one table);
 * - everything else → lines (a paragraph, a heading, a title page, an address, a signature).
 *
 * Every line of a block keeps the 0-based number of the document line it came from, so what an
 * extractor finds in a table's cells points back at the line the text parsers read.
 */
import type { TextTable } from './html-to-text.ts';

export type TextBlock = { kind: 'page-break' } | LineBlock;

/** A table (columns aligned, kept verbatim) or other lines (prose, headings, addresses). */
export interface LineBlock {
	kind: 'table' | 'lines';
	lines: string[];
	/** The document line (0-based) each of `lines` was printed on; -1 for the blank joining two blocks. */
	at: number[];
}

const PAGE_TAG = /^\s*<PAGE>\s*$/i;
/** `<TABLE>`, or the Financial Data Schedule (EX-27) idiom `<TABLE> <S> <C>` on one line. */
const TABLE_OPEN = /^\s*<TABLE>(?:\s*<[SC]>)*\s*$/i;
/** EX-27 schedules are tag-per-line data (`<CASH>   1,662`): verbatim, like a table. */
const DATA_TAG_LINE = /^\s*<[A-Z][A-Z0-9&-]*>/;
const TABLE_CLOSE = /^\s*<\/TABLE>\s*$/i;
/** SGML table markup lines that carry no text of their own. */
const TABLE_MARKUP_LINE = /^\s*<\/?(?:CAPTION|FN)>\s*$/i;
/** `<S>` (stub) and `<C>` (column) markers: replaced by spaces so the columns stay aligned. */
const COLUMN_MARKER = /<[SC]>/gi;
/** A gap of 3+ spaces between two non-space characters: a column boundary, not prose. */
export const COLUMN_GAP = /\S {3,}\S/;
const DOT_LEADER = /\.{4,}|(?:\. ){4,}/;
const RULE = /^\s*(?:[-=_*]\s*){5,}$|-{5,}/;
/** A rule drawn in a table (under its header, under a group of columns): dashes, underscores or equals signs. */
const RULE_RUN = /^[-_=]{3,}$|^- -+$/;

/** Lines of a text: CRLF/CR → LF, tabs expanded to 8-column stops (as src/lib/report/text-columns.ts reads them). */
export function documentLines(text: string): string[] {
	return text.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
}

/** The blocks of a plain-text document, in order. */
export function textBlocks(text: string): TextBlock[] {
	return mergeColumnarBlocks(splitBlocks(documentLines(text)));
}

/**
 * What the extractors read of a plain-text document: its text with the SGML table markup blanked
 * to spaces (so columns stay put and line numbers do not move), and its tables by rows and cells.
 */
export function plainTextView(text: string, blocks: readonly TextBlock[] = textBlocks(text)) {
	return {
		text: text.replace(/<\/?(?:PAGE|TABLE|CAPTION|S|C|FN)>/gi, (tag) => ' '.repeat(tag.length)),
		tables: blocks.flatMap((block) => (block.kind === 'table' ? tableOf(block) : [])),
	};
}

function splitBlocks(lines: readonly string[]): TextBlock[] {
	const blocks: TextBlock[] = [];
	let current: string[] = [];
	let at: number[] = [];
	const flush = () => {
		if (current.length > 0) blocks.push(classify(current, at));
		current = [];
		at = [];
	};
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] ?? '';
		if (line.includes('\f')) {
			// A form feed starts a new page wherever it sits on the line.
			const [before = '', ...after] = line.split('\f');
			if (before.trim() !== '') {
				current.push(before);
				at.push(i);
			}
			flush();
			blocks.push({ kind: 'page-break' });
			line = after.join(' ');
		}
		if (PAGE_TAG.test(line)) {
			flush();
			blocks.push({ kind: 'page-break' });
			continue;
		}
		if (TABLE_OPEN.test(line)) {
			flush();
			const table: string[] = [];
			const tableAt: number[] = [];
			for (i++; i < lines.length && !TABLE_CLOSE.test(lines[i] ?? ''); i++) {
				const row = lines[i] ?? '';
				if (PAGE_TAG.test(row)) break; // an unclosed <TABLE> must not swallow the rest of the document
				if (TABLE_MARKUP_LINE.test(row)) continue;
				table.push(row.replace(COLUMN_MARKER, '   '));
				tableAt.push(i);
			}
			if (PAGE_TAG.test(lines[i] ?? '')) i--;
			const [start, end] = nonBlankRange(table);
			if (end > start) blocks.push({ kind: 'table', lines: table.slice(start, end), at: tableAt.slice(start, end) });
			continue;
		}
		if (line.trim() === '') flush();
		else {
			current.push(line.trimEnd());
			at.push(i);
		}
	}
	flush();
	return blocks;
}

function classify(lines: string[], at: number[]): LineBlock {
	const columnar =
		lines.every((line) => DATA_TAG_LINE.test(line)) ||
		lines.some((line) => RULE.test(line) || DOT_LEADER.test(line)) ||
		lines.filter((line) => COLUMN_GAP.test(line.trim())).length >= Math.min(2, lines.length);
	return { kind: columnar ? 'table' : 'lines', lines, at };
}

/** Double-spaced tables arrive as one block per row; adjacent columnar blocks are one table. */
function mergeColumnarBlocks(blocks: TextBlock[]): TextBlock[] {
	const out: TextBlock[] = [];
	for (const block of blocks) {
		const previous = out.at(-1);
		if (block.kind === 'table' && previous?.kind === 'table') {
			previous.lines.push('', ...block.lines);
			previous.at.push(-1, ...block.at);
		} else out.push(block);
	}
	return out;
}

/**
 * A table block's rows and cells. Columns are the gutters the lines leave blank (two spaces or
 * more wide, so a space between two words never splits a cell); a rule line under the header is
 * layout and no row. Each run of text on a line (words one space apart) is a cell of the column it
 * starts in, so a wrapped description or a caption that runs across the gutters stays one cell.
 */
function tableOf(block: LineBlock): TextTable[] {
	const rows = block.lines
		.map((text, i) => ({ line: block.at[i] ?? -1, runs: runsOf(text) }))
		.filter((row) => row.line >= 0 && row.runs.length > 0);
	if (rows.length === 0) return [];
	// Lines of one run (a caption, a wrapped line) say nothing of where the gutters are.
	const laidOut = rows.filter((row) => row.runs.length > 1);
	const starts = columnStarts((laidOut.length >= 2 ? laidOut : rows).map((row) => row.runs));
	return [
		{
			printed: true,
			rows: rows.map(({ line, runs }) => {
				const cells = starts.map(() => '');
				for (const run of runs) {
					const column = Math.max(
						0,
						starts.findLastIndex((start) => start <= run.start),
					);
					cells[column] = cells[column] === '' ? run.text : `${cells[column]} ${run.text}`;
				}
				return { line, cells, spans: cells.map(() => 1), links: [] };
			}),
		},
	];
}

/** Runs of text on a line, two or more spaces apart; a rule drawn under a group of columns is layout, not a run. */
function runsOf(line: string): Array<{ text: string; start: number }> {
	return [...line.matchAll(/\S+(?: \S+)*/g)]
		.filter((m) => !RULE_RUN.test(m[0]))
		.map((m) => ({ text: m[0], start: m.index }));
}

/** Where each column starts: a position some run covers, after a gutter of two or more positions none covers. */
function columnStarts(lines: ReadonlyArray<ReadonlyArray<{ text: string; start: number }>>): number[] {
	let width = 0;
	for (const runs of lines) for (const run of runs) width = Math.max(width, run.start + run.text.length);
	const covered = new Uint8Array(width);
	for (const runs of lines) for (const run of runs) covered.fill(1, run.start, run.start + run.text.length);
	const starts: number[] = [];
	let gap = 2; // the left margin counts as a gutter
	for (let c = 0; c < width; c++) {
		if (covered[c]) {
			if (gap >= 2) starts.push(c);
			gap = 0;
		} else gap++;
	}
	return starts;
}

function nonBlankRange(lines: readonly string[]): [number, number] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] ?? '').trim() === '') start++;
	while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
	return [start, end];
}

/** Tabs to spaces at 8-column stops, so tab-aligned tables stay aligned. */
function expandTabs(line: string): string {
	if (!line.includes('\t')) return line;
	let out = '';
	for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
	return out;
}
