/** The report items: "Item 5.  Other Events", "Item 9.01 Financial Statements and Exhibits". */
import { paragraphText } from './text-columns.ts';

export interface ParsedItem {
	/** Item number as filed, e.g. "5" or "9.01". */
	number: string;
	/** Heading as filed, e.g. "Other Events". */
	title: string;
	/** Paragraphs separated by one blank line, whitespace normalised. */
	text: string;
	/** 1-based line of the heading. */
	line: number;
	/** 0-based line range of the item body, [start, end). */
	body: { start: number; end: number };
}

/**
 * A heading line: "Item" then a number ("5", "2.02"), optional punctuation, then a title that
 * starts with a capital — so prose that happens to start a line with "Item 7 of …" is not one.
 */
const ITEM_HEADING = /^\s*ITEM\s+(\d{1,2}(?:\.\d{1,2})?)\.?\s*(?:[:.\-–—]\s*)?([A-Z(].*)?$/i;

export function matchItemHeading(line: string): { number: string; title: string } | undefined {
	const match = ITEM_HEADING.exec(line);
	if (!match) return undefined;
	const title = (match[2] ?? '').trim();
	if (title && !/^[A-Z(]/.test(title)) return undefined;
	return { number: match[1]!, title };
}

/** Items between `start` and `end` (0-based line indexes); each runs to the next heading. */
export function parseItems(lines: readonly string[], start: number, end: number): ParsedItem[] {
	const headings: Array<{ index: number; number: string; title: string }> = [];
	for (let i = start; i < end; i++) {
		const heading = matchItemHeading(lines[i]!);
		if (heading) headings.push({ index: i, ...heading });
	}
	return headings.map((heading, n) => {
		const bodyEnd = headings[n + 1]?.index ?? end;
		return {
			number: heading.number,
			title: heading.title,
			text: paragraphText(lines.slice(heading.index + 1, bodyEnd)),
			line: heading.index + 1,
			body: { start: heading.index + 1, end: bodyEnd },
		};
	});
}
