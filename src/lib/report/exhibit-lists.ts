/**
 * The two places an 8-K lists its exhibits: the exhibit list inside Item 7 / Item 9.01
 * ("Exhibit 4.1    Indenture, dated …" with wrapped lines) and the EXHIBIT INDEX table
 * (Number / Exhibit Name / Location columns). Both are fixed-width text; one entry runs from
 * a line starting with an exhibit number to the next such line or a blank line.
 */
import { dottedNumber, HYPHENATED_NUMBER_SOURCE } from './exhibit-number.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { locationOfCell, markerRuns, splitLocationParenthetical, splitMarkers } from './exhibit-location.ts';
import { type ExhibitStatus, separateStatusText, statusFromLocation } from './exhibit-status.ts';
import type { ExhibitRow } from './exhibit-table.ts';
import { referenceFromCells } from './incorporation.ts';
import { cellsOf, isBlank, isRule, normaliseWhitespace } from './text-columns.ts';

export interface ListedExhibit {
	/** Exhibit number as filed, e.g. "4.1". */
	number: string;
	/** Description as filed, whitespace normalised, status text removed. */
	title: string;
	/** Statuses read from the Location column or status parentheticals, in order. */
	statuses: ExhibitStatus[];
	/** Status text found inside the description and removed from it (layout interleaving). */
	interleaved: string[];
	/** Where an exhibit incorporated by reference comes from, as the list locates it (incorporation.ts reads it). */
	reference?: string;
	/** The exhibit's document on EDGAR, where the list links it. */
	link?: string;
	/** 1-based line where the entry starts. */
	line: number;
}

/**
 * An entry's first line: optional "Exhibit"/"Ex." prefix, the number ("4.1", "10.A49", "99", "10.72(b)"),
 * optional separator, description. Without a prefix the number must contain a dot or be
 * followed by a column gap, so wrapped text like "2003 between …" never starts an entry.
 */
const ENTRY_START = new RegExp(
	String.raw`^(\s*)(Exhibit\s+(?:No\.?\s*)?|Exh?\.\s*)?\(?(${HYPHENATED_NUMBER_SOURCE}|\d{1,3}(?:\.[0-9A-Za-z]{1,4})*(?:\([a-z0-9]{1,3}\))?)\)?(?: ?([*†‡#+]{1,4})(?=\s))?(?=\s|$|[-–—:])(\s*(?:[-–—:]\s+)?)(.*)$`,
	'i',
);

export function matchEntryStart(
	line: string,
): { number: string; marker?: string; descriptionColumn: number; description: string } | undefined {
	const match = ENTRY_START.exec(line);
	if (!match) return undefined;
	const [, , prefix, number, marker, gap, description] = match as unknown as [
		string,
		string,
		string | undefined,
		string,
		string | undefined,
		string,
		string,
	];
	if (!prefix && !number.includes('.') && description !== '' && !/\s{2,}|[-–—:]/.test(gap)) return undefined;
	// A bare "2" alone on a line is a page number, not an exhibit.
	if (!prefix && !number.includes('.') && description === '') return undefined;
	// The description runs to the end of the (right-trimmed) line, so its column follows from its length.
	return {
		number: dottedNumber(number),
		...(marker ? { marker } : {}),
		descriptionColumn: line.length - description.length,
		description,
	};
}

/**
 * Status from a footnote: an entry numbered "4.2*" (or described "Form of Note.**") points at
 * a line "* To be filed by amendment or incorporated by reference …" after it, which says how
 * (or whether) this filing carries it. Only the first such line after the entry counts; a
 * legend that names no status ("+ Management contract") gives none.
 */
export function footnoteStatus(lines: readonly string[], marker: string, after: number): ExhibitStatus | undefined {
	const legend = footnoteLegend(lines, marker, after);
	return legend === undefined ? undefined : statusFromLocation(legend);
}

/** The text of the first legend line after line `after` that defines `marker`. */
function footnoteLegend(lines: readonly string[], marker: string, after: number): string | undefined {
	// "** Filed herewith." or "**Filed herewith." — but not "***Furnished herewith." for "**".
	const definition = new RegExp(
		`^\\s*\\(?${escapeRegExp(marker)}(?!${escapeRegExp(marker.slice(-1))})\\)?\\s*([A-Za-z(].*)$`,
	);
	for (let i = after; i < lines.length; i++) {
		const match = definition.exec(lines[i]!);
		if (match) return match[1]!;
	}
	return undefined;
}

/** A footnote numbered in parentheses, glued to the description's last word: "… Norwest Bank Arizona, N.A.(11)". */
const NUMBERED_MARKER = /(?<=[^\s(])\(\d{1,2}\)$/;

/**
 * A numbered footnote closing a description is a marker only when a legend line after the entry
 * defines it ("(11) Incorporated by reference to the exhibit with the same number in …"): else
 * it is the title's own ("Rule 424(b)(3)").
 */
function numberedFootnote(
	marked: { title: string; markers: string[] },
	lines: readonly string[],
	after: number,
): { title: string; markers: string[] } {
	const numbered = NUMBERED_MARKER.exec(marked.title);
	if (!numbered || footnoteLegend(lines, numbered[0], after) === undefined) return marked;
	return { title: marked.title.slice(0, numbered.index), markers: [...marked.markers, numbered[0]] };
}

/** A footnote legend: `* Filed herewith.`, `(**) To be filed by amendment.` */
const LEGEND_LINE = /^\s*\(?[*†‡#+]{1,4}\)?\s+[A-Za-z]/;
/**
 * A numbered footnote's legend, which an entry numbered "(11)" would otherwise read as an exhibit:
 * `(11) Incorporated by reference to the exhibit with the same number in …`, `(2) Filed herewith.`,
 * `(1) Pursuant to Rule 406T of Regulation S-T, these interactive data files are deemed not filed …`
 */
const NUMBERED_LEGEND_LINE =
	/^\s*\(\d{1,2}\)\s+(?:Incorporated|Filed|Furnished|Previously|To\s+be\s+filed|Included|Contained|Management\s+contract|Pursuant\s+to|Indicates|Denotes|Identifies|(?:Certain\s+)?Portions\s+of)\b/i;

interface EntryOptions {
	/** Start column of the index's Location column, when its header shows one. */
	locationColumn?: number;
	/** Lines that are rows of an HTML table, read by its columns (exhibit-table.ts) rather than by their text. */
	rows?: ReadonlyMap<number, ExhibitRow>;
}

/** Entries in lines [start, end). */
export function parseExhibitEntries(
	lines: readonly string[],
	start: number,
	end: number,
	options: EntryOptions = {},
): ListedExhibit[] {
	const entries: ListedExhibit[] = [];
	let current: OpenEntry | undefined;
	// An entry read from a table row ends with the table: a page number or running head printed
	// after the row ("75", "Table of Contents") is not more of it.
	let currentIsRow = false;
	const finish = () => {
		const entry = current && finishedEntry(current, lines);
		if (entry) entries.push(entry);
		current = undefined;
	};

	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		if (NUMBERED_LEGEND_LINE.test(line)) {
			finish();
			continue;
		}
		const row = options.rows?.get(i);
		if (row) {
			if (row.unnumbered) {
				finish();
				continue;
			}
			if (row.number) {
				finish();
				current = {
					number: row.number,
					markers: [...row.markers],
					line: i + 1,
					description: [],
					location: [],
					...(row.reference ? { reference: row.reference } : {}),
					...(row.link ? { link: row.link } : {}),
				};
			} else if (!current) continue;
			else current.markers.push(...row.markers);
			current.description.push(...row.description);
			current.location.push(...row.location);
			currentIsRow = true;
			continue;
		}
		if (currentIsRow) {
			finish();
			currentIsRow = false;
		}
		if (isBlank(line) || isRule(line)) {
			finish();
			continue;
		}
		// An EDGAR type label ("EX-FILING FEES") in the number column starts a row this parser cannot
		// number; a legend line ("* To be filed by amendment") closes the list above it.
		if (/^\s*EX-/i.test(line) || LEGEND_LINE.test(line)) {
			finish();
			continue;
		}
		const entryStart = matchEntryStart(line);
		if (entryStart) {
			finish();
			const markers = entryStart.marker ? markerRuns(entryStart.marker) : [];
			current = { number: entryStart.number, markers, line: i + 1, description: [], location: [] };
			addCells(current, ' '.repeat(entryStart.descriptionColumn) + entryStart.description, options);
		} else if (current) {
			addCells(current, line, options);
		}
	}
	finish();
	return entries;
}

/** An entry being read: its number, and the text of its lines sorted by column. */
interface OpenEntry {
	number: string;
	/** Footnote markers after the number or in a cell of their own. */
	markers: string[];
	line: number;
	description: string[];
	/** Statuses read from location cells, in order. */
	location: ExhibitStatus[];
	/** The incorporating filing as a table row's columns name it. */
	reference?: string;
	/** The incorporating filing's cells in a text index's location columns. */
	referenceCells?: string[];
	link?: string;
}

/**
 * The entry's title and statuses. Status comes from, in order: location cells, status phrases
 * inside the description, a closing location parenthetical, and footnote markers.
 */
function finishedEntry(entry: OpenEntry, lines: readonly string[]): ListedExhibit | undefined {
	const { text, removed } = separateStatusText(entry.description.join(' '));
	// Removing "(filed herewith)" can strand a space before the punctuation that followed it.
	const joined = normaliseWhitespace(removed.length > 0 ? text.replace(/\s+([.,;:])/g, '$1') : text);
	const marked = numberedFootnote(splitMarkers(joined), lines, entry.line);
	const located = splitLocationParenthetical(marked.title);
	const title = normaliseWhitespace(located.title);
	if (title === '') return undefined;
	const statuses = [...entry.location, ...removed.flatMap((t) => statusFromLocation(t) ?? [])];
	if (located.status) statuses.push(located.status);
	if (statuses.length === 0) {
		for (const marker of [...entry.markers, ...marked.markers]) {
			const footnoted = footnoteStatus(lines, marker, entry.line);
			if (footnoted) {
				statuses.push(footnoted);
				break;
			}
		}
	}
	const reference =
		entry.reference ??
		(located.status === 'Incorporated by reference' ? located.location : undefined) ??
		(entry.referenceCells ? referenceFromCells(entry.referenceCells) : undefined);
	return {
		number: entry.number,
		title,
		statuses,
		interleaved: removed,
		...(reference ? { reference } : {}),
		...(entry.link ? { link: entry.link } : {}),
		line: entry.line,
	};
}

/**
 * Sort one line's cells into description text and location: a cell in the index's Location
 * column, or — after the first — one that only locates (a check mark, the incorporating form,
 * date, file or exhibit number, a status phrase, a footnote marker).
 */
function addCells(entry: OpenEntry, line: string, options: EntryOptions) {
	const cells = cellsOf(line);
	cells.forEach((cell, n) => {
		const inLocationColumn = options.locationColumn !== undefined && n > 0 && cell.start >= options.locationColumn - 4;
		const location = n > 0 || entry.description.length > 0 ? locationOfCell(cell.text) : undefined;
		if (location) {
			if (location.status) entry.location.push(location.status);
			// The incorporating filing's form, exhibit, date and file number, for incorporation.ts.
			if (location.status === 'Incorporated by reference') (entry.referenceCells ??= []).push(cell.text);
			entry.markers.push(...location.markers);
		} else if (inLocationColumn) {
			const status = statusFromLocation(cell.text);
			if (status) entry.location.push(status);
		} else {
			entry.description.push(cell.text);
		}
	});
}

/** The EXHIBIT INDEX heading line. */
export const EXHIBIT_INDEX_HEADING = /^\s*(?:EXHIBIT\s+INDEX|INDEX\s+(?:TO|OF)\s+EXHIBITS|EXHIBITS\s+INDEX)\s*$/i;

/** The exhibit index table in lines [start, end), `start` being its heading line. */
export function parseExhibitIndex(
	lines: readonly string[],
	start: number,
	end: number,
	rows?: ReadonlyMap<number, ExhibitRow>,
): ListedExhibit[] {
	let locationColumn: number | undefined;
	for (let i = start + 1; i < end; i++) {
		if (matchEntryStart(lines[i]!)) break;
		const header = /\b(?:Location|Filing\s+Status|Method\s+of\s+Filing)\b/i.exec(lines[i]!);
		if (header) locationColumn = header.index;
	}
	return parseExhibitEntries(lines, start + 1, indexEnd(lines, start + 1, end, rows), {
		locationColumn,
		...(rows ? { rows } : {}),
	});
}

/** Lines of text with no entry that end an exhibit index: an index is dense, each entry a few lines at most. */
const INDEX_GAP = 30;

/**
 * Where an exhibit index ends, when the report runs on after it with nothing the parser
 * recognises as a section start: a 10-K filed as one document with its financial statements or
 * exhibits after the index, whose notes ("1. Investments", "2. Fair Value Measurements") would read
 * as more entries. The index ends before the first run of INDEX_GAP lines of text without an entry.
 */
function indexEnd(lines: readonly string[], start: number, end: number, rows?: ReadonlyMap<number, ExhibitRow>) {
	let seen = false;
	let gap = 0;
	let gapStart = start;
	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		if (rows?.get(i)?.number || matchEntryStart(line)) {
			seen = true;
			gap = 0;
		} else if (!isBlank(line) && !isRule(line)) {
			if (gap === 0) gapStart = i;
			if (seen && ++gap >= INDEX_GAP) return gapStart;
		}
	}
	return end;
}
