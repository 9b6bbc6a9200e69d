/**
 * Plain-text exhibit → MDX-safe Markdown, from its blocks (src/lib/edgar/text-blocks.ts):
 *
 * - a page break → thematic break (a page number printed just before it goes);
 * - a table block → a fenced code block, verbatim;
 * - a standalone `ARTICLE I` line (optionally with its title) → `##` heading, a standalone
 *   `Section 1.01. Definitions.` line → `###` heading, numbering text kept exactly;
 * - blocks of short or centred lines (title pages, addresses, signatures) keep their line
 *   breaks; everything else is reflowed into one paragraph.
 *
 * Example: `ARTICLE I\n\n    This Agreement {the "Agreement"} is\nmade…` →
 * `## ARTICLE I\n\nThis Agreement \\{the "Agreement"\\} is made…\n`.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMdxSafeMarkdown } from '../markdown/safe-markdown.ts';
import { isPageNumber } from './page-layout.ts';
import { type TextBlock, textBlocks } from './text-blocks.ts';

/** Converts one plain-text document, or its blocks already parsed, to MDX-safe Markdown; never throws. */
export function textToMarkdown(text: string, blocks: readonly TextBlock[] = textBlocks(text)): string {
	const root: Root = { type: 'root', children: blocksToMdast(blocks) };
	return toMdxSafeMarkdown(root);
}

const ARTICLE = /^ARTICLE\s+(?:[IVXLC]+|\d+)\b/i;
const SECTION = /^(?:SECTION|Section|§)\s*\d+(?:\.\d+)*\.?(?:\s|$)/;
const HEADING_MAX_CHARS = 100;
/** Lines no longer than this in a multi-line block are layout lines (titles, addresses), not wrapped prose. */
const SHORT_LINE = 50;
/** Indentation that marks a line as centred rather than a paragraph's first-line indent. */
const CENTRED_INDENT = 10;

function blocksToMdast(blocks: readonly TextBlock[]): RootContent[] {
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
