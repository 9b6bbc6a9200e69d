/**
 * The signature block: "Dated: December 18, 2003   LEXINGTON PRECISION CORPORATION",
 * "By: /s/ Warren Delano", then the printed name and title (or "Name:" / "Title:" lines).
 */
import { findLongDate } from '../extract/dates.ts';
import { cellsOf, isBlank, isRule, normaliseWhitespace } from './text-columns.ts';

export interface ParsedSignature {
	/** Signing entity as filed, e.g. "LEXINGTON PRECISION CORPORATION". */
	entity?: string;
	signer: string;
	title?: string;
	/** ISO date, e.g. "2003-12-18". */
	date?: string;
	/** True for a conformed signature ("/s/ Warren Delano"). */
	conformed: boolean;
	/** 1-based line of the "By:" line. */
	line: number;
}

const DATE_CELL = /^Dated?\s*:?\s*/i;

/** Signatures in lines [start, end) — the SIGNATURE(S) section. */
export function parseSignatures(lines: readonly string[], start: number, end: number): ParsedSignature[] {
	const signatures: ParsedSignature[] = [];
	const sectionDate = findSectionDate(lines, start, end);
	for (let i = start; i < end; i++) {
		const by = /^\s*(?:.*\s{2,})?By\s*:\s*(.*)$/i.exec(lines[i]!);
		// A block run onto one line: "1-800-FLOWERS.COM, INC. By: /s/ William E. Shea William E. Shea Senior Vice President".
		const runOn = by ? undefined : /^\s*(\S.*?[A-Za-z].*?)\s+By\s*:\s*(\/s\/.*)$/i.exec(lines[i]!);
		const signed = (by?.[1] ?? runOn?.[2] ?? '').trim();
		const printed = normaliseWhitespace(signed.replace(/\/s\//i, ''));
		const repeated = repeatedName(printed);
		// Run on, it is a signature only when the printed name repeats the conformed one (not an attorney-in-fact's "*By: /s/ …").
		if (!by && !(runOn && repeated)) continue;
		const conformed = /\/s\//i.test(signed);
		const after = runOn ? [] : followingTextLines(lines, i + 1, end, 3);
		const labelled = (label: string) =>
			after.map((line) => new RegExp(`^${label}\\s*:\\s*(.+)$`, 'i').exec(line)?.[1]).find(Boolean);
		const unlabelled = after.filter((line) => !/^(?:Name|Title|Date[d]?)\s*:/i.test(line));
		const signedName = repeated?.name ?? printed;
		if (repeated?.title) unlabelled.unshift(repeated.name, repeated.title);
		const signer = labelled('Name') ?? (signedName || unlabelled[0]);
		if (!signer) continue;
		// The printed name usually repeats the conformed one; the line after it is the title.
		const titleCandidates =
			unlabelled[0] && normaliseWhitespace(unlabelled[0]) === normaliseWhitespace(signer)
				? unlabelled.slice(1)
				: unlabelled;
		const above = blockAbove(lines, i, start);
		const entity = runOn && !isProse(runOn[1]!) ? normaliseWhitespace(runOn[1]!) : above.entity;
		const date = above.date;
		signatures.push({
			entity,
			signer: normaliseWhitespace(signer),
			title: labelled('Title') ?? titleCandidates[0],
			date: date ?? sectionDate,
			conformed,
			line: i + 1,
		});
	}
	return signatures;
}

/** "William E. Shea William E. Shea Senior Vice President" → the name printed twice, and the title after it. */
function repeatedName(text: string): { name: string; title: string } | undefined {
	const words = text.split(' ');
	for (let n = 2; n <= 5 && 2 * n <= words.length; n++) {
		const name = words.slice(0, n).join(' ');
		if (words.slice(n, 2 * n).join(' ') === name) return { name, title: words.slice(2 * n).join(' ') };
	}
	return undefined;
}

/** Up to `count` trimmed lines after `from` that are neither blank nor rules, stopping at a blank gap. */
function followingTextLines(lines: readonly string[], from: number, end: number, count: number): string[] {
	const out: string[] = [];
	for (let i = from; i < end && out.length < count; i++) {
		const line = lines[i]!;
		if (isRule(line)) continue;
		if (isBlank(line)) {
			if (out.length > 0) break;
			continue;
		}
		out.push(normaliseWhitespace(line));
	}
	return out;
}

/**
 * The lines just above "By:" (skipping blank lines and stopping at the next blank gap) hold
 * the entity name and often the date, side by side in columns.
 */
function blockAbove(lines: readonly string[], byIndex: number, start: number): { entity?: string; date?: string } {
	let i = byIndex - 1;
	while (i >= start && isBlank(lines[i]!)) i--;
	const block: string[] = [];
	for (; i >= start && !isBlank(lines[i]!); i--) block.unshift(lines[i]!);
	let entity: string | undefined;
	let date: string | undefined;
	for (const line of block) {
		for (const cell of cellsOf(line)) {
			if (DATE_CELL.test(cell.text) && findLongDate(cell.text)) date = findLongDate(cell.text)?.date;
			else if (/^\(.*\)$/.test(cell.text) || /^signatures?$/i.test(cell.text) || isProse(cell.text)) continue;
			else entity = entity ? `${entity} ${cell.text}` : cell.text;
		}
	}
	return { entity, date };
}

/** Sentence text (the "Pursuant to the requirements…" paragraph), not a name: several lower-case words. */
const isProse = (text: string) => (text.match(/(?:^|\s)[a-z]+\b/g) ?? []).length >= 4;

/** A "Date:"/"Dated:" line anywhere in the section, for blocks that put it below the signer. */
function findSectionDate(lines: readonly string[], start: number, end: number): string | undefined {
	for (let i = start; i < end; i++) {
		for (const cell of cellsOf(lines[i]!)) {
			if (DATE_CELL.test(cell.text)) {
				const date = findLongDate(cell.text);
				if (date) return date.date;
			}
		}
	}
	return undefined;
}
