/**
 * Plain-text exhibit → MDX-safe Markdown.
 *
 * EDGAR text documents are typewriter pages: paragraphs hard-wrapped at ~72 columns,
 * headings centred with spaces, tables aligned with spaces (and, in 1990s filings, wrapped
 * in SGML `<TABLE>`/`<S>`/`<C>` markup), pages separated by `<PAGE>` or form feeds. The
 * conversion works on blank-line-separated blocks:
 *
 * - `<PAGE>` / form feed → thematic break (a page number printed just before it goes);
 * - `<TABLE>`…`</TABLE>`, and blocks with aligned columns (3+ space gaps), dot leaders or
 *   dashed rules → a fenced code block, verbatim (adjacent columnar blocks join, so a
 *   double-spaced table stays one table);
 * - a standalone `ARTICLE I` line (optionally with its title) → `##` heading, a standalone
 *   `Section 1.01. Definitions.` line → `###` heading, numbering text kept exactly;
 * - blocks of short or centred lines (title pages, addresses, signatures) keep their line
 *   breaks; everything else is reflowed into one paragraph.
 *
 * Example: `ARTICLE I\n\n    This Agreement {the "Agreement"} is\nmade…` →
 * `## ARTICLE I\n\nThis Agreement \{the "Agreement"\} is made…\n`.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMdxSafeMarkdown } from '../markdown/safe-markdown.ts';
import { isPageNumber } from './page-layout.ts';

/** Converts one plain-text document to MDX-safe Markdown; never throws. */
export function textToMarkdown(text: string): string {
	const root: Root = { type: 'root', children: textToMdast(text) };
	return toMdxSafeMarkdown(root);
}

type Block = { kind: 'page-break' } | { kind: 'table'; lines: string[] } | { kind: 'lines'; lines: string[] };

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
const COLUMN_GAP = /\S {3,}\S/;
const DOT_LEADER = /\.{4,}|(?:\. ){4,}/;
const RULE = /^\s*(?:[-=_*]\s*){5,}$|-{5,}/;
const ARTICLE = /^ARTICLE\s+(?:[IVXLC]+|\d+)\b/i;
const SECTION = /^(?:SECTION|Section|§)\s*\d+(?:\.\d+)*\.?(?:\s|$)/;
const HEADING_MAX_CHARS = 100;
/** Lines no longer than this in a multi-line block are layout lines (titles, addresses), not wrapped prose. */
const SHORT_LINE = 50;
/** Indentation that marks a line as centred rather than a paragraph's first-line indent. */
const CENTRED_INDENT = 10;

/** The mdast blocks of a plain-text document (exported for callers that add their own nodes). */
export function textToMdast(text: string): RootContent[] {
	const blocks = mergeColumnarBlocks(splitBlocks(text));
	const out: RootContent[] = [];
	for (const [index, block] of blocks.entries()) {
		if (block.kind === 'page-break') {
			if (out.length > 0 && out.at(-1)?.type !== 'thematicBreak') out.push({ type: 'thematicBreak' });
			continue;
		}
		if (block.kind === 'table') {
			out.push({ type: 'code', lang: null, meta: null, value: dedent(block.lines).join('\n') });
			continue;
		}
		const next = blocks[index + 1];
		if (
			block.lines.length === 1 &&
			isPageNumber(block.lines[0] ?? '') &&
			(next === undefined || next.kind === 'page-break')
		)
			continue;
		out.push(linesToNode(block.lines));
	}
	while (out.at(-1)?.type === 'thematicBreak') out.pop();
	return out;
}

function splitBlocks(text: string): Block[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
	const blocks: Block[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length > 0) blocks.push(classify(current));
		current = [];
	};
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] ?? '';
		if (line.includes('\f')) {
			// A form feed starts a new page wherever it sits on the line.
			const [before = '', ...after] = line.split('\f');
			if (before.trim() !== '') current.push(before);
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
			for (i++; i < lines.length && !TABLE_CLOSE.test(lines[i] ?? ''); i++) {
				const row = lines[i] ?? '';
				if (PAGE_TAG.test(row)) break; // an unclosed <TABLE> must not swallow the rest of the document
				if (TABLE_MARKUP_LINE.test(row)) continue;
				table.push(row.replace(COLUMN_MARKER, '   '));
			}
			if (PAGE_TAG.test(lines[i] ?? '')) i--;
			const trimmed = trimBlankEdges(table);
			if (trimmed.length > 0) blocks.push({ kind: 'table', lines: trimmed });
			continue;
		}
		if (line.trim() === '') flush();
		else current.push(line.trimEnd());
	}
	flush();
	return blocks;
}

function classify(lines: string[]): Block {
	const columnar =
		lines.every((line) => DATA_TAG_LINE.test(line)) ||
		lines.some((line) => RULE.test(line) || DOT_LEADER.test(line)) ||
		lines.filter((line) => COLUMN_GAP.test(line.trim())).length >= Math.min(2, lines.length);
	return columnar ? { kind: 'table', lines } : { kind: 'lines', lines };
}

/** Double-spaced tables arrive as one block per row; adjacent columnar blocks are one table. */
function mergeColumnarBlocks(blocks: Block[]): Block[] {
	const out: Block[] = [];
	for (const block of blocks) {
		const previous = out.at(-1);
		if (block.kind === 'table' && previous?.kind === 'table') previous.lines.push('', ...block.lines);
		else out.push(block);
	}
	return out;
}

function linesToNode(lines: string[]): RootContent {
	const trimmed = lines.map((line) => line.trim());
	const joined = trimmed.join(' ');
	if (joined.length <= HEADING_MAX_CHARS) {
		if (ARTICLE.test(trimmed[0] ?? '') && lines.length <= 3) {
			return { type: 'heading', depth: 2, children: [{ type: 'text', value: joined }] };
		}
		if (SECTION.test(trimmed[0] ?? '') && lines.length === 1 && !/[a-z]\s*$/.test(trimmed[0] ?? '')) {
			// "Section 1.01. Definitions." stands alone; "Section 1.01 of the Agreement provides
			// that" (a wrapped sentence that ends mid-phrase) is prose.
			return { type: 'heading', depth: 3, children: [{ type: 'text', value: joined }] };
		}
	}
	const keepBreaks =
		lines.length > 1 &&
		(lines.every((line) => indentOf(line) >= CENTRED_INDENT) ||
			// Two short lines are as likely a sentence wrapped early; three are a title or address.
			(lines.length >= 3 && trimmed.slice(0, -1).every((line) => line.length <= SHORT_LINE)));
	if (!keepBreaks)
		return { type: 'paragraph', children: [{ type: 'text', value: trimmed.join(' ').replace(/ {2,}/g, ' ') }] };
	const children: PhrasingContent[] = [];
	for (const [index, line] of trimmed.entries()) {
		if (index > 0) children.push({ type: 'break' });
		children.push({ type: 'text', value: line });
	}
	return { type: 'paragraph', children };
}

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

/** Removes the indentation all lines share, so a code block does not start far right. */
function dedent(lines: string[]): string[] {
	// A loop, not Math.min(...spread): a 48,000-line table would overflow the call stack.
	let common = Number.POSITIVE_INFINITY;
	for (const line of lines) if (line.trim() !== '') common = Math.min(common, indentOf(line));
	if (!Number.isFinite(common)) common = 0;
	return lines.map((line) => line.slice(Math.min(common, indentOf(line))).trimEnd());
}

function trimBlankEdges(lines: string[]): string[] {
	let start = 0;
	let end = lines.length;
	while (start < end && (lines[start] ?? '').trim() === '') start++;
	while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
	return lines.slice(start, end);
}

/** Tabs to spaces at 8-column stops, so tab-aligned tables stay aligned in a code block. */
function expandTabs(line: string): string {
	if (!line.includes('\t')) return line;
	let out = '';
	for (const char of line) {
		if (char === '\t') out += ' '.repeat(8 - (out.length % 8));
		else out += char;
	}
	return out;
}
