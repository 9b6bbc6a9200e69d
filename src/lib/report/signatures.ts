/**
 * The signature block: "Dated: December 18, 2003   LEXINGTON PRECISION CORPORATION",
 * "By: /s/ Warren Delano", then the printed name and title (or "Name:" / "Title:" lines).
 */
import { findLongDate } from '../extract/dates.ts';
import { alphanumericKey, cellsOf, isBlank, isRule, normaliseWhitespace } from './text-columns.ts';

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

/**
 * Signatures in lines [start, end) — the SIGNATURE(S) section. Each "By:" opens a block; blocks
 * printed side by side (two signers of one agreement, a registrant and its co-registrant) are
 * told apart by their columns: each reads only its own columns of the lines above and below it.
 */
export function parseSignatures(lines: readonly string[], start: number, end: number): ParsedSignature[] {
	const signatures: ParsedSignature[] = [];
	const sectionDate = findSectionDate(lines, start, end);
	for (let i = start; i < end; i++) {
		for (const block of signatureColumns(lines[i]!)) {
			const signature = readBlock(lines, i, start, end, block);
			if (signature) signatures.push({ ...signature, date: signature.date ?? sectionDate });
		}
	}
	return signatures;
}

/** Columns [from, to) of a signature block; the whole line where a line holds one block. */
interface Columns {
	from: number;
	to: number;
}

/** "By:" where a cell starts it: at the line's start or after a column gap. */
const BY_CELL = /(?:^|\s{2,})(By\s*:)/gi;

/** The column range of each block whose "By:" is on `line` (none, one, or several side by side). */
function signatureColumns(line: string): Columns[] {
	const starts = [...line.matchAll(BY_CELL)].map((match) => match.index + match[0].indexOf(match[1]!));
	if (starts.length === 0) return RUN_ON.test(line) ? [WHOLE_LINE] : [];
	if (starts.length === 1) return [WHOLE_LINE];
	return starts.map((at, k) => ({ from: k === 0 ? 0 : at, to: starts[k + 1] ?? Infinity }));
}

const WHOLE_LINE: Columns = { from: 0, to: Infinity };
/** A block run onto one line: "1-800-FLOWERS.COM, INC. By: /s/ William E. Shea William E. Shea Senior Vice President". */
const RUN_ON = /^\s*(\S.*?[A-Za-z].*?)\s+By\s*:\s*(\/s\/.*)$/i;

/** A line's text within a block's columns. */
const within = (line: string, columns: Columns) =>
	columns.to === Infinity && columns.from === 0 ? line : line.slice(columns.from, columns.to);

function readBlock(
	lines: readonly string[],
	byIndex: number,
	start: number,
	end: number,
	columns: Columns,
): (Omit<ParsedSignature, 'date'> & { date?: string }) | undefined {
	const line = within(lines[byIndex]!, columns);
	const by = /^\s*(?:.*\s{2,})?By\s*:\s*(.*)$/i.exec(line);
	const runOn = by ? undefined : RUN_ON.exec(line);
	const signed = (by?.[1] ?? runOn?.[2] ?? '').trim();
	const printed = normaliseWhitespace(signed.replace(CONFORMED, '')).replace(/^["“](.*)["”]$/, '$1');
	const repeated = repeatedName(printed);
	// Run on, it is a signature only when the printed name repeats the conformed one (not an attorney-in-fact's "*By: /s/ …").
	if (!by && !(runOn && repeated)) return undefined;
	const blockLines = columns === WHOLE_LINE ? lines : lines.map((text) => within(text, columns));
	const after = runOn ? [] : followingTextLines(blockLines, byIndex + 1, end, 5);
	// "By: ACME GP, INC., General Partner" over "By: /s/ Jane Roe": the partnership signs through the
	// general partner, whose own signer is the next "By:" — that one is the signature.
	if (!CONFORMED.test(signed) && after.some((text) => /^By\s*:/i.test(text))) return undefined;
	const labelled = (label: string) => {
		const at = after.findIndex((text) => new RegExp(`^${label}\\s*:\\s*\\S`, 'i').test(text));
		if (at < 0) return undefined;
		const value = after[at]!.replace(new RegExp(`^${label}\\s*:\\s*`, 'i'), '');
		return continued([value, ...after.slice(at + 1).filter((text) => !LABEL.test(text))]);
	};
	const unlabelled = after.filter((text) => !LABEL.test(text));
	// "Glenn W. Anderson, President": the name, then the title after its comma.
	const nameAndTitle = repeated ? undefined : NAME_THEN_TITLE.exec(printed);
	const signedName = repeated?.name ?? nameAndTitle?.[1] ?? printed;
	if (nameAndTitle) unlabelled.unshift(nameAndTitle[1]!, nameAndTitle[2]!);
	if (repeated?.title) unlabelled.unshift(repeated.name, repeated.title);
	const signer = labelled('Name') ?? (signedName || unlabelled[0]);
	if (!signer) return undefined;
	// The printed name usually repeats the conformed one ("Steven L. Sinn,"); the lines after it are the title.
	const titleLines =
		unlabelled[0] && alphanumericKey(unlabelled[0]) === alphanumericKey(signer) ? unlabelled.slice(1) : unlabelled;
	const above = blockAbove(blockLines, byIndex, start);
	const entity = runOn && !isProse(runOn[1]!) ? normaliseWhitespace(runOn[1]!) : above.entity;
	// A conformed signature printed on the line above the "By:" that names the signer also counts.
	const conformed = CONFORMED.test(signed) || above.conformed;
	return {
		entity,
		signer: normaliseWhitespace(signer),
		title: labelled('Title') ?? (titleLines.length > 0 ? continued(titleLines) : undefined),
		...(above.date ? { date: above.date } : {}),
		conformed,
		line: byIndex + 1,
	};
}

const LABEL = /^(?:Name|Title|Date[d]?)\s*:/i;
/** A conformed signature: "/s/ Warren Delano", or in Canadian filings "(signed) “Arnold T. Kondrat”". */
const CONFORMED = /\/s\/|\(signed\)/i;
/** A cell that is a conformed signature: "/s/ Glenn W. Anderson" printed on its own above "By:". */
const CONFORMED_CELL = new RegExp(`^(?:${CONFORMED.source})`, 'i');
/** A person's name, a comma, and a title that is not a name suffix ("Jr.", "III", "M.D."). */
const NAME_THEN_TITLE =
	/^([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){1,4}),\s+(?!(?:Jr|Sr|II|III|IV|M\.D|Ph\.D|Esq|CPA)\b)([A-Z].*)$/u;

/**
 * A title printed over several lines, each but the last left open by a comma or a conjunction:
 * "Executive Vice President," / "General Counsel and" / "Corporate Secretary".
 */
function continued(lines: readonly string[]): string {
	let title = lines[0]!;
	for (const next of lines.slice(1)) {
		if (!/(?:,|\band|&|\bof)$/i.test(title)) break;
		title = `${title} ${next}`;
	}
	return normaliseWhitespace(title);
}

/** "William E. Shea William E. Shea Senior Vice President" → the name printed twice, and the title after it. */
function repeatedName(text: string): { name: string; title: string } | undefined {
	const words = text.split(' ');
	for (let n = 2; n <= 5 && 2 * n <= words.length; n++) {
		const name = words.slice(0, n).join(' ');
		// "ELLIOTT HILL Elliott Hill President …": the conformed name in capitals, then as printed.
		if (alphanumericKey(words.slice(n, 2 * n).join(' ')) === alphanumericKey(name))
			return { name: words.slice(n, 2 * n).join(' '), title: words.slice(2 * n).join(' ') };
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
function blockAbove(
	lines: readonly string[],
	byIndex: number,
	start: number,
): { entity?: string; date?: string; conformed: boolean } {
	let i = byIndex - 1;
	while (i >= start && isBlank(lines[i]!)) i--;
	const block: string[] = [];
	for (; i >= start && !isBlank(lines[i]!); i--) block.unshift(lines[i]!);
	let entity: string | undefined;
	let date: string | undefined;
	let conformed = false;
	for (const line of block) {
		for (const cell of cellsOf(line)) {
			if (DATE_CELL.test(cell.text) && findLongDate(cell.text)) date = findLongDate(cell.text)?.date;
			else if (CONFORMED_CELL.test(cell.text)) conformed = true;
			// A general partner's "By:" line signs for the entity above it, and is no part of its name.
			else if (/^By\s*:/i.test(cell.text)) continue;
			else if (/^\(.*\)$/.test(cell.text) || /^signatures?$/i.test(cell.text) || isProse(cell.text)) continue;
			else {
				const name = cell.text.replace(/\s*\((?:the\s+)?(?:Registrant|Company|Issuer)\)$/i, '');
				entity = entity ? `${entity} ${name}` : name;
			}
		}
	}
	return { entity, date, conformed };
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
