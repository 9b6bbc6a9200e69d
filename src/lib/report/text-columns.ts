/**
 * Line and column helpers for fixed-width plain-text filings. EDGAR text is laid out in
 * columns with runs of spaces, so "cells" (text separated by two or more spaces) and their
 * start columns are what the cover, exhibit-list and exhibit-index parsers reason about.
 */
import { documentLines } from '../edgar/text-blocks.ts';

/** One run of text on a line, separated from its neighbours by two or more spaces. */
export interface Cell {
	text: string;
	/** 0-based column of the first character. */
	start: number;
	/** 0-based column just past the last character. */
	end: number;
}

/** Split text into lines: CRLF/CR → LF, tabs expanded to 8-column stops so columns line up. */
export function toLines(text: string): string[] {
	return documentLines(text).map((line) => line.replace(/\s+$/, ''));
}

export function cellsOf(line: string): Cell[] {
	return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export const cellCentre = (cell: Cell) => (cell.start + cell.end) / 2;

export const isBlank = (line: string) => line.trim() === '';

/**
 * A horizontal rule: "-----", "_____", "=====", and EDGAR's escaped "- -----" (EDGAR
 * prefixes a line starting with "-" with "- ", so rules in .txt filings begin that way).
 */
export const isRule = (line: string) => /^\s*[-_=]{1,}(?:\s+[-_=]+)*\s*$/.test(line) && /[-_=]{3}/.test(line);

/** Text compared for its letters and digits alone: case, spacing and punctuation ignored ("THE BUCKLE, INC." ~ "The Buckle Inc"). */
export const alphanumericKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Collapse every run of whitespace to one space and trim; zero-width spaces and joiners are layout, not text. */
export const normaliseWhitespace = (text: string) =>
	text
		.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * Lines → paragraphs: blank lines separate paragraphs, rules are dropped, the lines of one
 * paragraph are joined with single spaces. Result: paragraphs joined by one blank line.
 */
export function paragraphText(lines: readonly string[]): string {
	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length > 0) paragraphs.push(normaliseWhitespace(current.join(' ')));
		current = [];
	};
	for (const line of lines) {
		if (isBlank(line) || isRule(line)) flush();
		else current.push(line);
	}
	flush();
	return paragraphs.join('\n\n');
}
