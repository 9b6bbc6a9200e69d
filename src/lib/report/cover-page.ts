/**
 * The 8-K cover page. Fields are found by their printed captions — "(Exact name of
 * Registrant …)", "(State or other jurisdiction …)", "(Commission File Number)" — and read
 * from the value line printed just above each caption, cell by cell by column position, so
 * one, two or three fields per line all work.
 */
import { findLongDate } from '../extract/dates.ts';
import { type Cell, cellCentre, cellsOf, isBlank, isRule, normaliseWhitespace } from './text-columns.ts';

export interface CoverPage {
	/** Form type as filed on the cover, e.g. "8-K" or "8-K/A". */
	form: string;
	registrantName: string;
	state?: string;
	fileNumber?: string;
	irsEin?: string;
	/** Street address with the ZIP code, e.g. "767 Third Avenue, New York, NY 10017". */
	address?: string;
	phone?: string;
	reportDateAsFiled?: string;
	/** ISO date of report, e.g. "2003-12-18". */
	reportDate?: string;
	/** 1-based line of each field found, for error messages and review. */
	lines: Partial<Record<CoverField | 'form', number>>;
}

type CoverField = 'registrantName' | 'state' | 'fileNumber' | 'irsEin' | 'address' | 'zip' | 'phone' | 'reportDate';

/** Caption cell text → the field it labels. Order matters: the first match wins. */
const CAPTIONS: ReadonlyArray<[RegExp, CoverField | 'ignore']> = [
	[/former name|former address/i, 'ignore'],
	[/exact name/i, 'registrantName'],
	[/date of report|earliest event/i, 'reportDate'],
	[/address/i, 'address'],
	[/zip/i, 'zip'],
	[/state|jurisdiction/i, 'state'],
	[/commission/i, 'fileNumber'],
	[/I\.?\s?R\.?\s?S\.?|employer/i, 'irsEin'],
	[/telephone/i, 'phone'],
];

const PHONE = /\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}/;
/** "Registration No. 333-284083", "Registration Statement No. 33-88960" — not "No. 333-" left blank. */
const REGISTRATION_NUMBER = /\bRegistration(?:\s+Statement)?\s+No\.?\s*(\d{1,3}-\d{3,6}(?:-\d{1,3})?)\b/i;
/** Only a telephone number, national or international: "(312) 506-6500", "+41 21 653 02 00". */
export const PHONE_ONLY = /^[+(]?\d[\d\s().+-]{6,}\d$/;
/** A cover line that is only a telephone number, perhaps labelled: "Tel: (312) 506-6500". */
const PHONE_LINE = new RegExp(`^(?:Tel(?:ephone)?:?\\s*)?${PHONE_ONLY.source.slice(1)}`);

/** Parse the cover: `lines` are the whole filing's lines; `end` is where the cover stops (the first Item). */
export function parseCoverFields(
	lines: readonly string[],
	end: number,
): Omit<CoverPage, 'form' | 'registrantName'> & {
	form?: string;
	registrantName?: string;
} {
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

		for (const [field, value] of inlineCaptionValues(line)) {
			if (found[field] === undefined) setField(found, foundAt, field, value, i);
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
		const valueLineIndex = valueLineAbove(lines, i);
		if (valueLineIndex === undefined) continue;
		for (const [field, value] of assignCells(cellsOf(lines[valueLineIndex]!), captions)) {
			if (found[field] !== undefined) continue;
			// "350 South Grand Avenue" / "Los Angeles, California 90071" over one caption: the street is the line above.
			const street = field === 'address' ? streetLineAbove(lines, valueLineIndex) : undefined;
			setField(found, foundAt, field, street ? `${street}, ${value}` : value, valueLineIndex);
		}
	}

	for (const [field, value] of registrantTable(lines, end)) {
		if (found[field] === undefined) setField(found, foundAt, field, value.text, value.line);
	}
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
function captionCells(line: string): Array<{ cell: Cell; field: CoverField | 'ignore' }> {
	return cellsOf(line).flatMap((cell) => {
		if (!cell.text.startsWith('(')) return [];
		const field = CAPTIONS.find(([pattern]) => pattern.test(cell.text))?.[1];
		return field ? [{ cell, field }] : [];
	});
}

/**
 * The cover of a joint filing, one row per registrant under a header row:
 *
 *   Commission File Number   Exact Name of Registrant …; State of Incorporation; Address …   IRS Employer Identification Number
 *   1-16169                  EXELON CORPORATION (a Pennsylvania corporation) 10 South …     23-2990190
 *
 * Each field of several rows is written "first; second", as the filing lists them.
 */
function registrantTable(lines: readonly string[], end: number): Map<CoverField, { text: string; line: number }> {
	const fields = new Map<CoverField, { text: string; line: number }>();
	const header = lines.findIndex(
		(line, i) => i < end && /Commission\s+File\s+Number/i.test(line) && /Exact\s+Name\s+of\s+Registrant/i.test(line),
	);
	if (header < 0) return fields;
	const rows: Array<Partial<Record<CoverField, string>>> = [];
	for (let i = header + 1; i < Math.min(end, header + 40); i++) {
		const cells = cellsOf(lines[i]!);
		if (cells.length === 0) continue;
		if (!/^\d{1,3}-\d{3,6}$/.test(cells[0]!.text)) break;
		rows.push(registrantRow(cells.map((cell) => cell.text)));
	}
	for (const field of ['registrantName', 'state', 'fileNumber', 'irsEin', 'address', 'phone'] as const) {
		const values = rows.flatMap((row) => row[field] ?? []);
		if (values.length > 0) fields.set(field, { text: values.join('; '), line: header + 2 });
	}
	return fields;
}

function registrantRow([fileNumber, ...rest]: string[]): Partial<Record<CoverField, string>> {
	const ein = rest.length > 1 && /^\d{2}-\d{7}$/.test(rest[rest.length - 1]!) ? rest.pop() : undefined;
	const text = rest.join(' ');
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

/** A street line printed alone just above an address line: `350 South Grand Avenue`, `P.O. Box 805379`. */
function streetLineAbove(lines: readonly string[], valueIndex: number): string | undefined {
	for (let i = valueIndex - 1; i >= Math.max(0, valueIndex - 3); i--) {
		const line = lines[i]!;
		if (isBlank(line)) continue;
		const cells = cellsOf(line);
		const text = cells[0]?.text ?? '';
		const isStreet = cells.length === 1 && /^(?:\d+[A-Za-z]?\s+\S|One\s|Two\s|P\.?\s?O\.?\s+Box\b)/i.test(text);
		return isStreet && !/\d{5}(?:-\d{4})?$/.test(text) && !PHONE.test(text) ? text : undefined;
	}
	return undefined;
}

/** A value printed in the caption's own cell: "Delaware (State or other jurisdiction …)". */
function inlineCaptionValues(line: string): Array<[CoverField, string]> {
	return cellsOf(line).flatMap((cell): Array<[CoverField, string]> => {
		// Not the name: a registrant's name is printed above its caption, and beside it only on a co-registrant's column.
		const match = /^([^(]{1,80}?)\s+(\((?:State|I\.R\.S|Commission|Primary)[^)]*\))$/.exec(cell.text);
		const field = match && CAPTIONS.find(([pattern]) => pattern.test(match[2]!))?.[1];
		return match && field && field !== 'ignore' ? [[field, match[1]!]] : [];
	});
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

/** The nearest line above a caption line that holds values: not blank, not a rule, not itself captions. */
function valueLineAbove(lines: readonly string[], captionIndex: number): number | undefined {
	for (let i = captionIndex - 1; i >= Math.max(0, captionIndex - 4); i--) {
		const line = lines[i]!;
		if (isBlank(line) || isRule(line)) continue;
		return captionCells(line).length > 0 ? undefined : i;
	}
	return undefined;
}

function nextTextLine(lines: readonly string[], index: number, end: number): string | undefined {
	for (let i = index + 1; i < Math.min(end, index + 4); i++) {
		if (!isBlank(lines[i]!) && !isRule(lines[i]!)) return lines[i];
	}
	return undefined;
}

/** Give each value cell to the caption whose centre is nearest; cells for one caption are joined. */
function assignCells(
	values: readonly Cell[],
	captions: ReadonlyArray<{ cell: Cell; field: CoverField }>,
): Map<CoverField, string> {
	const assigned = new Map<CoverField, string>();
	for (const value of values) {
		let best = captions[0]!;
		for (const caption of captions) {
			if (Math.abs(cellCentre(caption.cell) - cellCentre(value)) < Math.abs(cellCentre(best.cell) - cellCentre(value)))
				best = caption;
		}
		const previous = assigned.get(best.field);
		assigned.set(best.field, previous ? `${previous} ${value.text}` : value.text);
	}
	return assigned;
}
