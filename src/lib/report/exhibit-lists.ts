/**
 * The two places an 8-K lists its exhibits: the exhibit list inside Item 7 / Item 9.01
 * ("Exhibit 4.1    Indenture, dated …" with wrapped lines) and the EXHIBIT INDEX table
 * (Number / Exhibit Name / Location columns). Both are fixed-width text; one entry runs from
 * a line starting with an exhibit number to the next such line or a blank line.
 */
import { type ExhibitStatus, isStatusText, separateStatusText, statusFromLocation } from './exhibit-status.ts';
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
	/** 1-based line where the entry starts. */
	line: number;
}

/**
 * An entry's first line: optional "Exhibit"/"Ex." prefix, the number ("4.1", "10.A49", "99"),
 * optional separator, description. Without a prefix the number must contain a dot or be
 * followed by a column gap, so wrapped text like "2003 between …" never starts an entry.
 */
const ENTRY_START =
	/^(\s*)(Exhibit\s+(?:No\.?\s*)?|Exh?\.\s*)?\(?(\d{1,3}(?:\.[0-9A-Za-z]{1,4})*)\)?([*†‡#+]{1,3}(?=\s))?(?=\s|$|[-–—:])(\s*(?:[-–—:]\s+)?)(.*)$/i;

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
	return { number, ...(marker ? { marker } : {}), descriptionColumn: line.length - description.length, description };
}

/**
 * Status from a footnote: an entry numbered "4.2*" points at a later line "* To be filed by
 * amendment or incorporated by reference …", which says how (or whether) this filing carries
 * it. Only the first such line after the entry counts.
 */
export function footnoteStatus(lines: readonly string[], marker: string, after: number): ExhibitStatus | undefined {
	const escaped = marker.replace(/[*+]/g, '\\$&');
	const definition = new RegExp(`^\\s*\\(?${escaped}\\)?\\s+(\\S.*)$`);
	for (let i = after; i < lines.length; i++) {
		const match = definition.exec(lines[i]!);
		if (match) return statusFromLocation(match[1]!);
	}
	return undefined;
}

interface EntryOptions {
	/** Start column of the index's Location column, when its header shows one. */
	locationColumn?: number;
}

/** Entries in lines [start, end). */
export function parseExhibitEntries(
	lines: readonly string[],
	start: number,
	end: number,
	options: EntryOptions = {},
): ListedExhibit[] {
	const entries: ListedExhibit[] = [];
	let current: { number: string; marker?: string; line: number; description: string[]; location: string[] } | undefined;
	const finish = () => {
		if (!current) return;
		const { text, removed } = separateStatusText(current.description.join(' '));
		// Removing "(filed herewith)" can strand a space before the punctuation that followed it.
		const title = normaliseWhitespace(removed.length > 0 ? text.replace(/\s+([.,;:])/g, '$1') : text);
		const statuses = [...current.location, ...removed].flatMap((t) => statusFromLocation(t) ?? []);
		// "(incorporated by reference to Exhibit 3.1 to …)" stays in the title (it says where), and also sets the status.
		if (statuses.length === 0 && /\((?:incorporated\s+(?:herein\s+)?by\s+reference|previously\s+filed)\b/i.test(title))
			statuses.push('Incorporated by reference');
		const footnoted =
			statuses.length === 0 && current.marker ? footnoteStatus(lines, current.marker, current.line) : undefined;
		if (footnoted) statuses.push(footnoted);
		if (title !== '')
			entries.push({ number: current.number, title, statuses, interleaved: removed, line: current.line });
		current = undefined;
	};

	for (let i = start; i < end; i++) {
		const line = lines[i]!;
		if (isBlank(line) || isRule(line)) {
			finish();
			continue;
		}
		// An EDGAR type label ("EX-FILING FEES") in the number column starts a row this parser cannot number.
		if (/^\s*EX-/i.test(line)) {
			finish();
			continue;
		}
		const entryStart = matchEntryStart(line);
		if (entryStart) {
			finish();
			current = {
				number: entryStart.number,
				...(entryStart.marker ? { marker: entryStart.marker } : {}),
				line: i + 1,
				description: [],
				location: [],
			};
			addCells(current, ' '.repeat(entryStart.descriptionColumn) + entryStart.description, options);
		} else if (current) {
			addCells(current, line, options);
		}
	}
	finish();
	return entries;
}

/** Sort one line's cells into description text and Location-column text. */
function addCells(entry: { description: string[]; location: string[] }, line: string, options: EntryOptions) {
	const cells = cellsOf(line);
	cells.forEach((cell, n) => {
		const inLocationColumn = options.locationColumn !== undefined && n > 0 && cell.start >= options.locationColumn - 4;
		// With no header to give the column, a trailing cell that is only a status phrase is one.
		const trailingStatus = n > 0 && n === cells.length - 1 && isStatusText(cell.text);
		if (inLocationColumn || trailingStatus) entry.location.push(cell.text);
		else entry.description.push(cell.text);
	});
}

/** The EXHIBIT INDEX heading line. */
export const EXHIBIT_INDEX_HEADING = /^\s*(?:EXHIBIT\s+INDEX|INDEX\s+(?:TO|OF)\s+EXHIBITS|EXHIBITS\s+INDEX)\s*$/i;

/** The exhibit index table in lines [start, end), `start` being its heading line. */
export function parseExhibitIndex(lines: readonly string[], start: number, end: number): ListedExhibit[] {
	let locationColumn: number | undefined;
	for (let i = start + 1; i < end; i++) {
		if (matchEntryStart(lines[i]!)) break;
		const header = /\b(?:Location|Filing\s+Status|Method\s+of\s+Filing)\b/i.exec(lines[i]!);
		if (header) locationColumn = header.index;
	}
	return parseExhibitEntries(lines, start + 1, end, { locationColumn });
}
