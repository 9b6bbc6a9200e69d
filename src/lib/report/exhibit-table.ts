/**
 * An exhibit index laid out as an HTML table, read by its columns. The plain text pads cells
 * into columns only up to a width, so a long description pushes the rest of its row out of
 * line and a "Form 10-Q for the quarter ended …, Exhibit 3.1" cell reads as more description.
 * The table itself (src/lib/edgar/html-to-text.ts `TextTable`) still says which column each
 * cell is in, and the header row says what the column is:
 *
 *   Exhibit Number | Exhibit Description | Incorporated by Reference (Form, Exhibit, Filing Date) | Filed Herewith
 *   3.1            | Restated Articles…  | 8-K                | 3.1    | 8/7/20                     |
 *   31.1           | Certification…      | —                  | —      | —                          | X
 *
 * Columns without a header are judged by what their cells hold (footnote markers, check marks,
 * form types and dates, or text). Each row becomes what src/lib/report/exhibit-lists.ts
 * reads from a line: a number, markers, description text and the statuses its location cells state.
 */
import { dottedNumber, HYPHENATED_NUMBER_SOURCE } from './exhibit-number.ts';
import type { TextTable } from '../edgar/html-to-text.ts';
import { locationOfCell, markerRuns } from './exhibit-location.ts';
import { type ExhibitStatus, statusFromLocation } from './exhibit-status.ts';
import { referenceFromCells } from './incorporation.ts';

/** One table row of an exhibit list, by the line the text shows it on. */
export interface ExhibitRow {
	/** The exhibit number, when the row starts an entry ("4.1", "10.A49", "4.4(a)"). */
	number?: string;
	/** The number column holds something else ("EX-FILING FEES"): a row of its own that no entry continues into. */
	unnumbered?: true;
	/** The incorporating filing its reference columns name, written out: "Form S-3, Exhibit 4.1, filed 4/29/13". */
	reference?: string;
	/** The exhibit's own document on EDGAR, where the index links it (`edgarDocumentUrl`). */
	link?: string;
	markers: string[];
	description: string[];
	location: ExhibitStatus[];
}

type ColumnRole = 'number' | 'marker' | 'description' | 'herewith' | 'furnished' | 'reference' | 'location';

/** A number cell: `4.1`, `Exhibit 10.2`, `99`, `4.4(a)`, with footnote markers after it: `31.1*`, `97.1*, **`. */
const NUMBER_CELL = new RegExp(
	String.raw`^(?:Exhibit\s+(?:No\.?\s*)?|Ex\.\s*)?\(?(${HYPHENATED_NUMBER_SOURCE}|\d{1,3}(?:\.[0-9A-Za-z]{1,4}){0,3}(?:\([a-z0-9]{1,3}\))?)\)?\s*((?:[*†‡#+]+(?:,?\s*(?=[*†‡#+]))?)*)(?:\s*[-–—:])?$`,
	'i',
);
const MARKERS_ONLY = /^[*†‡#+]+$/;
const DASHES = /^[—–-]+$/;
const CHECK_MARK = /^[Xx✓✔√•]$/;
/** Cell text that names another filing: the incorporating report, its form, its exhibit number. */
const REFERENCE_TEXT = /\b(?:Form|Exhibit|Report|Registration\s+Statement|filed|Schedule\s+14A)\b/i;

/** Rows of the tables that list exhibits, keyed by the 0-based line each is printed on. */
export function exhibitRowsByLine(tables: readonly TextTable[]): Map<number, ExhibitRow> {
	const rows = new Map<number, ExhibitRow>();
	let previous: { roles: ColumnRole[]; width: number } | undefined;
	for (const table of tables) {
		const read = columnRoles(table);
		if (!read) continue;
		// An index broken by a page is several tables, its header over the first only: a table without
		// one, as wide as the index before it, is its continuation and has its columns.
		const roles = !read.headed && read.roles.length === previous?.width ? previous.roles : read.roles;
		previous = { roles, width: roles.length };
		for (const row of table.rows) {
			const read = readRow(row.cells, roles, table.printed === true);
			const link = row.links.map(edgarDocumentUrl).find(Boolean);
			if (read) rows.set(row.line, link && read.number ? { ...read, link } : read);
		}
	}
	return rows;
}

/**
 * The column a table's exhibit numbers are in, and the role of every other column, and whether
 * header rows named them; undefined for other tables.
 */
function columnRoles(table: TextTable): { roles: ColumnRole[]; headed: boolean } | undefined {
	const numberColumns = table.rows.map((row) => {
		const first = row.cells.findIndex((cell) => cell !== '');
		return first >= 0 && NUMBER_CELL.test(row.cells[first]!) && row.cells.some((c, i) => i > first && c !== '')
			? first
			: -1;
	});
	const numbered = numberColumns.filter((c) => c >= 0);
	if (numbered.length === 0) return undefined;
	const numberColumn = mostCommon(numbered);
	const firstData = numberColumns.indexOf(numberColumn);
	const width = Math.max(...table.rows.map((row) => row.cells.length));
	const headers = headerTexts(table.rows.slice(0, firstData), width);
	const data = table.rows.slice(firstData);

	const roles: ColumnRole[] = [];
	for (let c = 0; c < width; c++) {
		if (c === numberColumn) roles.push('number');
		else if (c < numberColumn) roles.push('marker');
		else roles.push(roleOf(headers[c] ?? '', cellsIn(data, c), roles.includes('description')));
	}
	// Header rows laid out out of line with the rows under them ("Form" over the descriptions): an
	// index always has a description, and it is the column of the longest text.
	if (!roles.includes('description')) {
		const longest = roles
			.map((role, c) => ({ c, length: role === 'number' || role === 'marker' ? 0 : averageLength(cellsIn(data, c)) }))
			.sort((a, b) => b.length - a.length)[0];
		if (longest && longest.length > 0) roles[longest.c] = 'description';
	}
	return { roles, headed: headers.some((header) => header !== '') };
}

function roleOf(header: string, cells: readonly string[], hasDescription: boolean): ColumnRole {
	// A column no row fills (a spacer under a spanning header) claims no role.
	if (cells.length === 0) return 'location';
	if (/descript|title|name\b|document/i.test(header)) return 'description';
	// "Filed Herewith", "Provided Herewith", "Filed/Furnished Herewith": filed; "Furnished Herewith": furnished.
	if (/herewith|filed\s*\/|furnished/i.test(header))
		return /furnish/i.test(header) && !/filed/i.test(header) ? 'furnished' : 'herewith';
	if (/incorporat|reference|form\b|date|file\s+no|period|location|method|status|exhibit/i.test(header)) {
		// "Exhibit" over long text is the description column of a list numbered in the column before.
		return /^\s*exhibits?\s*$/i.test(header) && averageLength(cells) > 30 ? 'description' : 'reference';
	}
	if (cells.every((cell) => MARKERS_ONLY.test(cell))) return 'marker';
	if (cells.every((cell) => DASHES.test(cell) || locationOfCell(cell) !== undefined)) return 'location';
	if (!hasDescription) return 'description';
	return cells.filter((cell) => REFERENCE_TEXT.test(cell)).length * 2 >= cells.length ? 'reference' : 'description';
}

/** Each column's header: the text of every header-row cell over it, a spanning cell over each column it spans. */
function headerTexts(rows: TextTable['rows'], width: number): string[] {
	const texts = Array<string>(width).fill('');
	for (const row of rows) {
		row.cells.forEach((cell, c) => {
			for (let k = c; k < c + (row.spans[c] ?? 1) && k < width; k++) texts[k] = `${texts[k]} ${cell}`.trim();
		});
	}
	return texts;
}

function readRow(cells: readonly string[], roles: readonly ColumnRole[], printed: boolean): ExhibitRow | undefined {
	const row: ExhibitRow = { markers: [], description: [], location: [] };
	// A printed line of text alone in the number column is the rest of the row above, wrapped to the
	// margin, as the text parser reads it (exhibit-lists.ts); a label ("EX-FILING FEES") or a legend is not.
	const alone = printed && cells.filter((cell) => cell !== '').length === 1;
	cells.forEach((cell, c) => {
		if (cell === '' || DASHES.test(cell)) return;
		const role = roles[c] ?? 'location';
		if (role === 'number') {
			const number = NUMBER_CELL.exec(cell);
			if (number) {
				row.number = dottedNumber(number[1]!);
				row.markers.push(...markerRuns(number[2] ?? ''));
			} else if (alone && !/^(?:EX-|[*†‡#+(])/i.test(cell)) row.description.push(cell);
			else row.unnumbered = true;
		} else if (role === 'marker') {
			if (MARKERS_ONLY.test(cell)) row.markers.push(...markerRuns(cell));
		} else if (role === 'description') {
			row.description.push(cell);
		} else {
			const status = locationStatus(cell, role);
			if (status) row.location.push(status);
			else if (MARKERS_ONLY.test(cell)) row.markers.push(...markerRuns(cell));
		}
	});
	const reference = referenceText(cells, roles);
	if (reference) row.reference = reference;
	return row.number || row.unnumbered || row.description.length > 0 ? row : undefined;
}

/** What a location cell says: a mark in a Filed/Furnished Herewith column, a status phrase, a reference to another filing. */
function locationStatus(cell: string, role: ColumnRole): ExhibitStatus | undefined {
	if (CHECK_MARK.test(cell)) {
		if (role === 'furnished') return 'Furnished herewith';
		return role === 'herewith' || role === 'location' ? 'Filed herewith' : 'Incorporated by reference';
	}
	const located = locationOfCell(cell);
	if (located?.status) return located.status;
	const stated = statusFromLocation(cell);
	if (stated) return stated;
	return role === 'reference' && !MARKERS_ONLY.test(cell) ? 'Incorporated by reference' : undefined;
}

/**
 * A link to a document in EDGAR's Archives, as https; undefined for any other address (a filing
 * is not trusted to say where a reader should go).
 */
export function edgarDocumentUrl(href: string): string | undefined {
	const match = /^https?:\/\/(?:www\.)?sec\.gov(\/Archives\/edgar\/data\/[0-9]+\/[0-9A-Za-z]+\/[\w.-]+)$/i.exec(
		href.trim(),
	);
	return match ? `https://www.sec.gov${match[1]}` : undefined;
}

/** A row's reference cells as one text parseIncorporation reads. */
function referenceText(cells: readonly string[], roles: readonly ColumnRole[]): string | undefined {
	const reference = cells.filter(
		(cell, c) =>
			cell !== '' &&
			!DASHES.test(cell) &&
			(roles[c] === 'reference' ||
				(roles[c] === 'location' && locationOfCell(cell)?.status === 'Incorporated by reference')),
	);
	return reference.length > 0 ? referenceFromCells(reference) : undefined;
}

function cellsIn(rows: TextTable['rows'], column: number): string[] {
	return rows.map((row) => row.cells[column] ?? '').filter((cell) => cell !== '' && !DASHES.test(cell));
}

function averageLength(cells: readonly string[]): number {
	return cells.length === 0 ? 0 : cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length;
}

function mostCommon(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
