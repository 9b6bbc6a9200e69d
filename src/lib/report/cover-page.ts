/**
 * The 8-K cover page. Fields are found by their printed captions — "(Exact name of
 * Registrant …)", "(State or other jurisdiction …)", "(Commission File Number)" — and read
 * from the value line printed just above each caption, cell by cell by column position, so
 * one, two or three fields per line all work.
 */
import type { DeiCover } from '../edgar/dei-facts.ts';
import { PARENTHETICAL_NOTE } from '../edgar/document-facts.ts';
import { findLongDate } from '../extract/dates.ts';
import type { TextTable } from '../edgar/html-to-text.ts';
import { FILE_NUMBER_SOURCE } from './file-number.ts';
import { type GridRow, gridRowsByLine, rowTexts, valuesOverCaptions } from './cover-grid.ts';
import {
	alphanumericKey,
	type Cell,
	cellCentre,
	cellsOf,
	isBlank,
	isRule,
	normaliseWhitespace,
} from './text-columns.ts';

/** The cover's fields as printed (the same ones inline XBRL tags as `dei:` facts), and what the reading adds. */
export interface CoverPage extends DeiCover {
	/** Form type as filed on the cover, e.g. "8-K" or "8-K/A". */
	form: string;
	registrantName: string;
	/** The other registrants of a cover laid out for several side by side, as printed. */
	coRegistrants?: string[];
	/** ISO date of report, e.g. "2003-12-18". */
	reportDate?: string;
	/** 1-based line of each field found, for error messages and review. */
	lines: Partial<Record<CoverField | 'form', number>>;
}

type CoverField = 'registrantName' | 'state' | 'fileNumber' | 'irsEin' | 'address' | 'zip' | 'phone' | 'reportDate';

/** Caption cell text → the field it labels. Order matters: the first match wins. */
const CAPTIONS: ReadonlyArray<[RegExp, CoverField | 'ignore']> = [
	[/former name|former address/i, 'ignore'],
	// A registration statement's "(Name, address … of agent for service)": not the registrant's address.
	[/agent\s+for\s+service/i, 'ignore'],
	[/exact name/i, 'registrantName'],
	[/date of report|earliest event/i, 'reportDate'],
	[/address/i, 'address'],
	[/zip/i, 'zip'],
	[/\bstate\b|jurisdiction/i, 'state'],
	[/commission/i, 'fileNumber'],
	[/I\.?\s?R\.?\s?S\.?|employer/i, 'irsEin'],
	[/telephone/i, 'phone'],
];

const PHONE = /\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}/;
/** "Registration No. 333-284083", "Registration Statement No. 33-88960" — not "No. 333-" left blank. */
const REGISTRATION_NUMBER = new RegExp(
	String.raw`\bRegistration(?:\s+Statement)?\s+No\.?\s*(${FILE_NUMBER_SOURCE})\b`,
	'i',
);
/** Only a telephone number, national or international: "(312) 506-6500", "+41 21 653 02 00". */
export const PHONE_ONLY = /^[+(]?\d[\d\s().+-]{6,}\d$/;
/** A cover line that is only a telephone number, perhaps labelled: "Tel: (312) 506-6500". */
const PHONE_LINE = new RegExp(`^(?:Tel(?:ephone)?:?\\s*)?${PHONE_ONLY.source.slice(1)}`);

/** Parse the cover: `lines` are the whole filing's lines; `end` is where the cover stops (the first Item). */
export function parseCoverFields(
	lines: readonly string[],
	end: number,
	/** The filer the submission header names: on a cover laid out for several registrants side by side, its column is read. */
	registrant?: string,
	/** The document's tables (src/lib/edgar/html-to-text.ts): a caption grid is read by their columns. */
	tables: readonly TextTable[] = [],
): Omit<CoverPage, 'form' | 'registrantName'> & {
	form?: string;
	registrantName?: string;
} {
	const grid = gridRowsByLine(tables);
	const { column, names: sideBySide } = registrantColumns(lines, end, registrant);
	const found: Partial<Record<CoverField, string>> = {};
	const foundAt: CoverPage['lines'] = {};
	let form: string | undefined;

	for (let i = 0; i < end; i++) {
		const line = lines[i]!;
		const formMatch = /^\s*FORM\s+(\d{1,2}-K(?:\/A)?)\b/i.exec(line);
		if (formMatch && !form) {
			form = formMatch[1]!.toUpperCase();
			foundAt.form = i + 1;
		}
		for (const [field, value] of inlineCaptionValues(line, column)) {
			if (found[field] === undefined) setField(found, foundAt, field, value, i);
		}
		// Inline fields: "Date of Report (Date of earliest event reported) December 18, 2003",
		// "Registrant's telephone number, including area code (212) 319-4657".
		if (/date of report/i.test(line) && !found.reportDate) {
			const date = findLongDate(line) ?? findLongDate(nextTextLine(lines, i, end) ?? '');
			if (date) setField(found, foundAt, 'reportDate', date.asFiled, i);
		}
		// A registration statement prints its number above the title: "Registration No. 333-284083".
		const registration = REGISTRATION_NUMBER.exec(line);
		if (registration && !found.fileNumber) setField(found, foundAt, 'fileNumber', registration[1]!, i);
		if (/telephone number/i.test(line) && !found.phone) {
			const phone = PHONE.exec(line);
			if (phone) setField(found, foundAt, 'phone', phone[0], i);
		}

		const captions = captionCells(line).filter((c): c is { cell: Cell; field: CoverField } => c.field !== 'ignore');
		if (captions.length === 0) continue;
		// "(Address, including zip code, and telephone number …)": the lines above are the address, then the phone.
		const combined = captions.find((c) => c.field === 'address' && /telephone/i.test(c.cell.text));
		if (combined && found.address === undefined) {
			const block = valueBlockAbove(lines, i);
			const phoneLine = block.find((text) => PHONE_LINE.test(text));
			const street = block.filter((text) => text !== phoneLine);
			if (street.length > 0) setField(found, foundAt, 'address', street.join(', '), i - block.length);
			if (phoneLine && found.phone === undefined) setField(found, foundAt, 'phone', phoneLine, i - 1);
			continue;
		}
		const above = valueLineAbove(lines, i);
		if (above === undefined) continue;
		const others = cellsOf(line).filter((cell) => !captions.some((c) => c.cell.start === cell.start));
		const values =
			cellsByColumn(grid.get(i), grid.get(above.index), captions, lines[above.index]!) ??
			assignCells(above.cells, captions, others);
		for (const [field, value] of values) {
			if (found[field] !== undefined) continue;
			// "350 South Grand Avenue" / "Los Angeles, California 90071" over one caption: the street is the line above.
			const street = field === 'address' ? streetLineAbove(lines, above.index, value.start) : undefined;
			setField(found, foundAt, field, street ? `${street}, ${value.text}` : value.text, above.index);
		}
	}

	const joint = registrantTable(lines, end, grid, registrant);
	for (const [field, value] of joint.fields) {
		if (found[field] === undefined) setField(found, foundAt, field, value.text, value.line);
	}
	// A letter (correspondence) has no captions: its letterhead is its cover.
	const letterhead = found.registrantName === undefined ? letterheadAddress(lines, end) : undefined;
	if (letterhead && found.address === undefined) setField(found, foundAt, 'address', letterhead.text, letterhead.line);
	const reportDate = found.reportDate ? findLongDate(found.reportDate) : undefined;
	const address =
		found.address && found.zip && !found.address.includes(found.zip)
			? `${found.address} ${found.zip}`
			: (found.address ?? found.zip);
	// A joint filing's phones are "first; second": each is cut to its number.
	const phone = found.phone
		?.split('; ')
		.map((one) => PHONE.exec(one)?.[0] ?? one)
		.join('; ');
	return {
		form,
		registrantName: found.registrantName,
		state: found.state,
		fileNumber: found.fileNumber,
		irsEin: found.irsEin,
		address,
		phone,
		reportDateAsFiled: reportDate?.asFiled,
		reportDate: reportDate?.date,
		...(sideBySide.length > 1 ? { coRegistrants: sideBySide.filter((_, i) => i !== column) } : {}),
		...(joint.coRegistrants.length > 0 &&
		found.registrantName === normaliseWhitespace(joint.fields.get('registrantName')?.text ?? '')
			? { coRegistrants: joint.coRegistrants }
			: {}),
		lines: foundAt,
	};
}

function setField(
	found: Partial<Record<CoverField, string>>,
	at: CoverPage['lines'],
	field: CoverField,
	value: string,
	index: number,
) {
	found[field] = normaliseWhitespace(value);
	at[field] = index + 1;
}

/** Cells that are printed captions: parenthesised text naming a cover field. */
/**
 * A caption is a parenthesised label: "(State or other jurisdiction of incorporation)". A footnote
 * or list item opening with its marker ("(1) See Note 2 to our financial statements …") is not.
 */
const CAPTION_START = /^\((?![a-z0-9]{1,4}\))/i;

function captionCells(line: string): Array<{ cell: Cell; field: CoverField | 'ignore' }> {
	return cellsOf(line).flatMap((cell) => {
		if (!CAPTION_START.test(cell.text)) return [];
		const field = CAPTIONS.find(([pattern]) => pattern.test(cell.text))?.[1];
		return field ? [{ cell, field }] : [];
	});
}

/**
 * The cover of a joint filing, one record per registrant under a header printed on one line or two:
 *
 *   Commission File Number   Exact Name of Registrant …; State of Incorporation; Address …   IRS Employer Identification Number
 *   1-16169                  EXELON CORPORATION (a Pennsylvania corporation) 10 South …     23-2990190
 *
 * A record is the row that starts with its file number and the rows under it that start with
 * none ("(A Kentucky Corporation)", "220 West Main Street", … a row each on some covers): in a
 * table, its rows to the table's end; in plain text, the lines indented into the name's column.
 * The filer the header names (else the first) is the registrant and the others co-registrants;
 * each other field of several records is written "first; second", as the filing lists them.
 */
function registrantTable(
	lines: readonly string[],
	end: number,
	grid: ReadonlyMap<number, GridRow>,
	registrant: string | undefined,
): { fields: Map<CoverField, { text: string; line: number }>; coRegistrants: string[] } {
	for (let header = 0; header < end; header++) {
		if (!isRegistrantTableHeader(lines[header]!, lines[header + 1] ?? '')) continue;
		const records = registrantRecords(lines, header, end, grid);
		if (records.length === 0) continue;
		const rows = records.map(registrantRow);
		const filer = Math.max(
			0,
			rows.findIndex((row) => registrant && alphanumericKey(row.registrantName ?? '') === alphanumericKey(registrant)),
		);
		const fields = new Map<CoverField, { text: string; line: number }>();
		const name = rows[filer]!.registrantName;
		if (name) fields.set('registrantName', { text: name, line: header + 2 });
		for (const field of ['state', 'fileNumber', 'irsEin', 'address', 'phone'] as const) {
			const values = rows.flatMap((row) => row[field] ?? []);
			if (values.length > 0) fields.set(field, { text: values.join('; '), line: header + 2 });
		}
		const coRegistrants = rows.flatMap((row, i) => (i !== filer && row.registrantName ? [row.registrantName] : []));
		return { fields, coRegistrants };
	}
	return { fields: new Map(), coRegistrants: [] };
}

/** "Commission File Number … Registrant …" as column headings (not parenthesised captions), on one line or two. */
function isRegistrantTableHeader(line: string, next: string): boolean {
	if (/^\s*\(/.test(line)) return false;
	const text = `${line} ${next}`;
	return /\bCommission\b/i.test(text) && /\bFile\s+(?:No\.|Number)/i.test(text) && /\bRegistrant\b/i.test(text);
}

const FILE_NUMBER_CELL = /^\d{1,3}-\d{3,6}$/;

/** The cells of each record under the header at `header`, its file number first. */
function registrantRecords(
	lines: readonly string[],
	header: number,
	end: number,
	grid: ReadonlyMap<number, GridRow>,
): string[][] {
	const records: string[][] = [];
	let recordRow: { table?: number; indent: number } | undefined;
	for (let i = header + 1; i < Math.min(end, header + 60); i++) {
		const row = grid.get(i);
		const runs = cellsOf(lines[i]!);
		const cells = row ? rowTexts(row) : runs.map((cell) => cell.text);
		if (cells.length === 0) continue;
		if (FILE_NUMBER_CELL.test(cells[0]!)) {
			records.push(cells);
			recordRow = { table: row?.table, indent: runs[1]?.start ?? 0 };
			continue;
		}
		// Before the first record: the header's second line.
		if (!recordRow) {
			if (i > header + 2) break;
			continue;
		}
		const continues = row
			? row.table === recordRow.table
			: recordRow.table === undefined && (runs[0]?.start ?? 0) >= recordRow.indent - 2;
		if (!continues) break;
		records.at(-1)!.push(...cells);
	}
	return records;
}

function registrantRow([fileNumber, ...cells]: string[]): Partial<Record<CoverField, string>> {
	const einAt = cells.findIndex((cell, i) => i > 0 && /^\d{2}-\d{7}$/.test(cell));
	const ein = einAt >= 0 ? cells[einAt] : undefined;
	const text = cells.filter((_, i) => i !== einAt).join(' ');
	const incorporated =
		/\(an?\s+([A-Z][\w\s]+?)\s+(?:corporation|limited\s+liability\s+company|company|trust|partnership)\)/i.exec(text);
	const name = (incorporated ? text.slice(0, incorporated.index) : text.split(/\s+(?=\d)/)[0]!).trim();
	const phone = [...text.matchAll(new RegExp(PHONE.source, 'g'))].pop()?.[0];
	const afterName = incorporated ? text.slice(incorporated.index + incorporated[0].length) : text.slice(name.length);
	const address = (phone ? afterName.slice(0, afterName.lastIndexOf(phone)) : afterName).trim();
	return {
		fileNumber,
		registrantName: name,
		...(incorporated ? { state: incorporated[1]! } : {}),
		...(address ? { address } : {}),
		...(phone ? { phone } : {}),
		...(ein ? { irsEin: ein } : {}),
	};
}

/**
 * A street printed just above an address line, in its column: `350 South Grand Avenue`,
 * `P.O. Box 805379` (beside it, at most a ZIP code: "8400 Normandale Lake Boulevard   55437").
 */
function streetLineAbove(lines: readonly string[], valueIndex: number, column: number): string | undefined {
	for (let i = valueIndex - 1; i >= Math.max(0, valueIndex - 3); i--) {
		const line = lines[i]!;
		if (isBlank(line)) continue;
		const cells = cellsOf(line);
		const others = cells.filter((cell) => !/^\d{5}(?:-\d{4})?$/.test(cell.text));
		const text = others.length === 1 && Math.abs(others[0]!.start - column) <= 10 ? others[0]!.text : '';
		const isStreet = STREET_START.test(text);
		return isStreet && !/\d{5}(?:-\d{4})?$/.test(text) && !PHONE.test(text) ? text : undefined;
	}
	return undefined;
}

/**
 * Values printed in their caption's own cell: "Delaware (State or other jurisdiction …)",
 * "2900 Ames Crossing Road Suite 100 Eagan, Minnesota 55121 (651) 687-7000 (Address and
 * telephone number of Registrant’s principal executive offices)". Where a line holds one such
 * cell per registrant, the one in the filing registrant's `column` is read.
 */
function inlineCaptionValues(line: string, column = 0): Array<[CoverField, string]> {
	const byField = new Map<CoverField, string[]>();
	for (const cell of cellsOf(line)) {
		for (const [field, value] of cellValues(cell.text)) byField.set(field, [...(byField.get(field) ?? []), value]);
	}
	return [...byField].map(([field, values]) => [field, values[column] ?? values[0]!]);
}

function cellValues(text: string): Array<[CoverField, string]> {
	const address = /^(.{5,200}?)\s+\(Address\b(?![^)]*\bagent\s+for\s+service)/i.exec(text);
	if (address) {
		const phone = new RegExp(`\\s*(${PHONE.source})$`).exec(address[1]!);
		const street = phone ? address[1]!.slice(0, phone.index) : address[1]!;
		return [
			['address', street] as [CoverField, string],
			...(phone ? [['phone', phone[1]!] as [CoverField, string]] : []),
		];
	}
	// Not the name: a registrant's name is printed above its caption, and beside it only on a co-registrant's column.
	const match = /^([^(]{1,80}?)\s+(\((?:State|Province|I\.R\.S|Commission|Primary)[^)]*\))$/.exec(text);
	const field = match && CAPTIONS.find(([pattern]) => pattern.test(match[2]!))?.[1];
	return match && field && field !== 'ignore' ? [[field, match[1]!]] : [];
}

/**
 * A cover laid out for several registrants side by side ("THOMSON REUTERS CORPORATION (Exact
 * name …)   TR FINANCE LLC (Exact name …)"): their names, and the column of the one the header
 * names (else 0).
 */
function registrantColumns(
	lines: readonly string[],
	end: number,
	registrant: string | undefined,
): { column: number; names: string[] } {
	for (let i = 0; i < end; i++) {
		const names = cellsOf(lines[i]!)
			.map((cell) => /^(.+?)\s*\(Exact\s+name/i.exec(cell.text)?.[1])
			.filter((name): name is string => name !== undefined);
		if (names.length < 2) continue;
		const at = registrant ? names.findIndex((name) => alphanumericKey(name) === alphanumericKey(registrant)) : -1;
		return { column: Math.max(0, at), names };
	}
	return { column: 0, names: [] };
}

/** The value lines printed above a caption (blank lines between them skipped), nearest last, at most six. */
function valueBlockAbove(lines: readonly string[], captionIndex: number): string[] {
	const block: string[] = [];
	for (let i = captionIndex - 1; i >= Math.max(0, captionIndex - 14) && block.length < 6; i--) {
		const line = lines[i]!;
		if (isBlank(line) || isRule(line)) continue;
		if (captionCells(line).length > 0 || inlineCaptionValues(line).length > 0 || isCaptionTail(line)) break;
		block.unshift(normaliseWhitespace(line));
	}
	return block;
}

/**
 * The second line of captions printed over two lines, every cell closing a parenthesis it did
 * not open: "incorporation or organization)        Identification No.)".
 */
function isCaptionTail(line: string): boolean {
	const cells = cellsOf(line);
	return cells.length > 0 && cells.every((cell) => /^[^()]+\)$/.test(cell.text));
}

/**
 * The nearest line above a caption line that holds values (not blank, not a rule), and its value
 * cells. Captions printed a line apart share lines with values: "Minneapolis, Minnesota   (Zip
 * Code)" over "(Address of Principal Executive Offices)" — the city is the address's value.
 */
function valueLineAbove(lines: readonly string[], captionIndex: number): { index: number; cells: Cell[] } | undefined {
	for (let i = captionIndex - 1; i >= Math.max(0, captionIndex - 4); i--) {
		const line = lines[i]!;
		if (isBlank(line) || isRule(line)) continue;
		const captions = captionCells(line);
		// "(Formerly known as Evergreen International Corp.)" between the name and its caption: a note.
		if (captions.length === 0 && PARENTHETICAL_NOTE.test(line)) continue;
		const cells = cellsOf(line).filter((cell) => !captions.some((c) => c.cell.start === cell.start));
		return cells.length > 0 ? { index: i, cells } : undefined;
	}
	return undefined;
}

function nextTextLine(lines: readonly string[], index: number, end: number): string | undefined {
	for (let i = index + 1; i < Math.min(end, index + 4); i++) {
		if (!isBlank(lines[i]!) && !isRule(lines[i]!)) return lines[i];
	}
	return undefined;
}

/**
 * The address printed under a letterhead: a street and a city with its ZIP code, on one line or
 * two, before the letter's date ("ALLTEL CORPORATION" / "One Allied Drive, Little Rock, Arkansas 72202").
 */
function letterheadAddress(lines: readonly string[], end: number): { text: string; line: number } | undefined {
	const text = lines
		.slice(0, Math.min(end, 40))
		.map((line, index) => ({ text: normaliseWhitespace(line), index }))
		.filter((line) => line.text !== '');
	for (const [n, line] of text.slice(0, 8).entries()) {
		if (findLongDate(line.text)?.asFiled === line.text) break;
		if (!STREET_START.test(line.text)) continue;
		if (/,\s*[A-Za-z .]+\s+\d{5}(?:-\d{4})?$/.test(line.text)) return { text: line.text, line: line.index };
		const city = text[n + 1];
		if (city && CITY_LINE.test(city.text)) return { text: `${line.text}, ${city.text}`, line: line.index };
	}
	return undefined;
}

const STREET_START = /^(?:\d+[A-Za-z]?\s+\S|One\s|Two\s|P\.?\s?O\.?\s+Box\b)/i;
/** "Los Angeles, California 90071": a city, a state and a ZIP code, no street. */
export const CITY_LINE = /^[A-Za-z .'-]+,\s+[A-Za-z .]+\s+\d{5}(?:-\d{4})?$/;

/**
 * The value cells over each caption when the caption line and the value line are rows of one
 * table: read by its columns (src/lib/report/cover-grid.ts); undefined otherwise.
 */
function cellsByColumn(
	captionRow: GridRow | undefined,
	valueRow: GridRow | undefined,
	captions: ReadonlyArray<{ cell: Cell; field: CoverField }>,
	valueLine: string,
): Map<CoverField, Cell> | undefined {
	const over = valuesOverCaptions(
		captionRow,
		valueRow,
		captions.map((caption) => caption.cell.text),
	);
	if (!over) return undefined;
	const runs = cellsOf(valueLine);
	const cells = new Map<CoverField, Cell>();
	for (const { cell, field } of captions) {
		const texts = over.get(cell.text);
		if (!texts || cells.has(field)) continue;
		// Where the value is laid out, for the street line printed above it (`streetLineAbove`).
		const start = runs.find((run) => normaliseWhitespace(run.text) === texts[0])?.start ?? cell.start;
		const text = texts.join(' ');
		cells.set(field, { text, start, end: start + text.length });
	}
	return cells;
}

/**
 * Give each value cell to the caption whose centre is nearest; cells for one caption are joined.
 * A value nearer a value printed on the caption line itself (`others`) is that one's, not a caption's.
 */
function assignCells(
	values: readonly Cell[],
	captions: ReadonlyArray<{ cell: Cell; field: CoverField }>,
	others: readonly Cell[] = [],
): Map<CoverField, Cell> {
	const assigned = new Map<CoverField, Cell>();
	const distance = (a: Cell, b: Cell) => Math.abs(cellCentre(a) - cellCentre(b));
	for (const value of values) {
		let best = captions[0]!;
		for (const caption of captions) if (distance(caption.cell, value) < distance(best.cell, value)) best = caption;
		if (others.some((other) => distance(other, value) < distance(best.cell, value))) continue;
		const previous = assigned.get(best.field);
		assigned.set(best.field, previous ? { ...previous, text: `${previous.text} ${value.text}` } : value);
	}
	return assigned;
}
