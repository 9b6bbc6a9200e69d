/**
 * Where an exhibit list says an exhibit is: the "location" text beside a description, which
 * is never part of the title. Exhibit indexes put it in three places:
 *
 * - columns of their own: `Filed Herewith` (an "X"), or the incorporating filing's `Form`,
 *   `Exhibit`, `Filing Date` and `File No.` —
 *   `3.1   Certificate of Incorporation   S-1 (Exhibit 3.2)   May 27, 2021   333-256516`;
 * - a parenthetical closing the description —
 *   `Bylaws (incorporated by reference to Exhibit 3.2 to the Company's Form 8-K filed …).`,
 *   `By-Laws (Exhibit 3.1 to the Company's Current Report on Form 8-K dated August 29, 2023)`;
 * - footnote markers after the number or the description (`4.2*`, `Form of Warrant.**`),
 *   whose legend ("* Filed herewith.", "** To be filed by amendment") says how.
 *
 * A parenthetical that points inside this filing ("(included in Exhibit 5.1)", "(included on
 * the signature page to this Form F-3)") is part of the title as listed and stays there.
 */
import { parseLongDate } from '../extract/dates.ts';
import { type ExhibitStatus, statusFromLocation } from './exhibit-status.ts';

/** A form type as indexes name the incorporating filing: `8-K`, `10-K/A`, `DEF 14A` (a form has a letter, a file number none). */
export const FORM_TYPE_SOURCE = String.raw`(?:\d{1,2}-[A-Z][A-Z0-9]{0,5}|[A-Z]{1,2}-\d{1,2}[A-Z]{0,3}|DEF\s?14[AC]|PRE\s?14A|POS\s?AM|424B\d|[A-Z]{1,2}-\d{1,2}MEF)(?:\/A)?`;
/** A cell naming the incorporating filing's form, perhaps with its exhibit: `S-1 (Exhibit 3.2)`; the two captured. */
export const FORM_CELL = new RegExp(
	`^(?:Form\\s+)?(${FORM_TYPE_SOURCE})(?:\\s*\\((?:Exhibit|Ex\\.?)\\s*([\\dA-Za-z.()-]+)\\))?$`,
);
/** A numeric date cell: `03/31/2023`, `3/31/23`. */
export const NUMERIC_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
/** A Commission file or registration number: `001-40536`, `333-256516`, `0-3252`, `333-261230-01`. */
const FILE_NUMBER = /^(?:(?:SEC\s+)?File\s+No\.?\s*)?\d{1,3}-\d{4,6}(?:-\d{2})?$/i;
/** An exhibit number in an index's `Exhibit` column: `3.1`, `10.A49`, `99`. */
export const EXHIBIT_CELL = /^(?:Exhibit\s+)?\d{1,3}(?:\.[0-9A-Za-z]{1,4}){0,3}$/i;
/** A cell that is only a status phrase: `Filed herewith`, `(Incorporated by reference)`, `N/A`. */
const STATUS_CELL =
	/^(?:(?:electronically\s+)?(?:filed|furnished)(?:\s+electronically)?\s+herewith(?:\s+electronically)?|attached\s+hereto|previously\s+filed|incorporated(?:\s+herein)?\s+by\s+reference|to\s+be\s+filed(?:\s+by\s+amendment)?|not\s+(?:filed|applicable)|n\/a)\.?$/i;
/** The mark a `Filed Herewith` column puts in a row. */
const CHECK_MARK = /^[Xx✓✔√•]$/;

/** What a cell beside a description says of the exhibit's location. */
export interface CellLocation {
	status?: ExhibitStatus;
	/** Footnote markers in the cell, to be read through the list's legend. */
	markers: string[];
}

/**
 * How one cell beside a description locates the exhibit: a check mark or a herewith phrase
 * (filed), the incorporating filing's form, date, file or exhibit number (incorporated), a
 * footnote marker, another status phrase; undefined when the cell is description text.
 */
export function locationOfCell(text: string): CellLocation | undefined {
	const trimmed = text.trim();
	const leading = /^[*†‡#+]+/.exec(trimmed)?.[0] ?? '';
	const trailing = leading === trimmed ? '' : (/[*†‡#+]+$/.exec(trimmed)?.[0] ?? '');
	const markers = markerRuns(leading + trailing);
	const cell = trimmed.replace(/^[*†‡#+]+|[*†‡#+]+$/g, '').trim();
	// An empty column of the incorporating-filing group is often printed as a dash.
	if (cell === '' || /^[—–-]+$/.test(cell)) return markers.length > 0 || cell !== '' ? { markers } : undefined;
	if (CHECK_MARK.test(cell)) return { status: 'Filed herewith', markers };
	const reference =
		FORM_CELL.test(cell) || NUMERIC_DATE.test(cell) || FILE_NUMBER.test(cell) || EXHIBIT_CELL.test(cell);
	if (reference || (cell.length <= 20 && parseLongDate(cell))) return { status: 'Incorporated by reference', markers };
	const bare = cell.replace(/[()]/g, '').trim();
	const status = STATUS_CELL.test(bare) ? statusFromLocation(bare) : undefined;
	return status ? { status, markers } : undefined;
}

/** Words that open a location parenthetical. */
const LOCATION_OPENING =
	/^(?:incorporated\b|previously\s+filed\b|filed\s+(?:as|with|on|herewith|electronically|previously|by)\b|furnished\b|to\s+be\s+filed\b|attached\b|included\s+(?:as|in)\b(?!.*\bthis\b).*\bto\b.*\b(?:Form|Report|Statement|filed|furnished)\b|included\s+in\s+.*\(filed\s+concurrently\)|Exhibits?\s+[\dA-Za-z.()-]+,\s+(?:Form|Current\s+Report|Annual\s+Report|Quarterly\s+Report|Registration\s+Statement)\b|Exhibits?\s+[\dA-Za-z.()-]+\s+(?:to|of|in)\s+(?:the\s+|our\s+|its\s+)?(?:Company|Registrant|[A-Z][\w.&,' -]*?['’]s?)\b.*\b(?:Form|Report|Statement)\b)/i;

/** References that point inside this filing: the parenthetical locates, but the exhibit is filed. */
const INSIDE_THIS_FILING =
	/\b(?:hereto|herewith|herein(?!\s+by\s+reference)|signature\s+page|this\s+registration\s+statement)\b/i;

/**
 * Splits a closing location parenthetical off a title:
 * `"Bylaws (incorporated by reference to Exhibit 3.2 to …)."` → title `"Bylaws"`, status.
 */
export function splitLocationParenthetical(title: string): {
	title: string;
	status?: ExhibitStatus;
	location?: string;
} {
	const trimmed = title.replace(/[\s.;,]+$/, '');
	// The same location text after a dash or a comma: "By-Laws — incorporated herein by reference to Exhibit 3.2 …".
	const clause = LOCATION_CLAUSE.exec(trimmed);
	if (clause && clause.index > 0)
		return { title: trimmed.slice(0, clause.index), status: locationStatus(clause[1]!), location: clause[1]! };
	// A parenthesis, or a bracket: "… The Frost National Bank. [Exhibit 10.28, Form 10-K, filed March 27, 2009]".
	const close = trimmed.at(-1);
	if (close !== ')' && close !== ']') return { title };
	const open = openingParenthesis(trimmed, close === ']' ? '[' : '(', close);
	if (open < 0) return { title };
	const inner = trimmed.slice(open + 1, -1).trim();
	if (!LOCATION_OPENING.test(inner)) return { title };
	const rest = trimmed.slice(0, open).replace(/[\s,;]+$/, '');
	if (rest === '') return { title };
	return { title: rest, status: locationStatus(inner), location: inner };
}

/**
 * A closing clause that locates: after a dash, any location opening; after a comma or semicolon,
 * "incorporated … by reference to" or "filed as Exhibit …"; as a sentence's verb, "… is
 * incorporated by reference to Exhibit 10.5 to the Annual Report …" (Walmart's, Union Pacific's).
 */
const LOCATION_CLAUSE =
	/(?:\s+[—–]\s*|\s+-{1,2}\s+|[,;]\s+(?=incorporated\s+(?:herein\s+)?by\s+reference\s+to\b|filed\s+as\s+Exhibit\b)|,?\s+(?:is|are)\s+(?:hereby\s+)?(?=incorporated\s+(?:herein\s+)?by\s+reference\b))((?:incorporated|previously\s+filed|filed\s+(?:as|with)|to\s+be\s+filed)\b.*)$/i;

/** The status a location text gives: not filed, filed with this filing, or incorporated from another. */
function locationStatus(location: string): ExhibitStatus {
	if (/^to\s+be\s+filed\b/i.test(location)) return 'Not filed';
	return /^(?:filed|furnished)\s+herewith\b/i.test(location) ||
		INSIDE_THIS_FILING.test(location.replace(/incorporated\s+(?:herein\s+)?by\s+reference/i, ''))
		? 'Filed herewith'
		: 'Incorporated by reference';
}

/** Index of the `(` that the final `)` closes, or -1. */
function openingParenthesis(text: string, open = '(', close = ')'): number {
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		if (text[i] === close) depth++;
		else if (text[i] === open && --depth === 0) return i;
	}
	return -1;
}

/**
 * Footnote markers opening or closing a description: `"Form of Warrant.**"` → `"Form of Warrant."`
 * and `["**"]`; `"*Purchase Agreement"` → `"Purchase Agreement"` and `["*"]`.
 */
export function splitMarkers(title: string): { title: string; markers: string[] } {
	const leading = /^([*†‡#+]+)\s*(?=\S)/.exec(title);
	const rest = leading ? title.slice(leading[0].length) : title;
	// Runs of several legends may stand apart: "Restoration Program.* +".
	const trailing = /\s*([*†‡#+]+(?:\s+[*†‡#+]+)*)$/.exec(rest);
	return {
		title: trailing ? rest.slice(0, trailing.index) : rest,
		markers: [...markerRuns(leading?.[1] ?? ''), ...markerRuns(trailing?.[1]?.replace(/\s+/g, '') ?? '')],
	};
}

/** `"+*"` → `["+", "*"]`, `"**"` → `["**"]`: a legend defines each run of one character. */
export function markerRuns(markers: string): string[] {
	return markers.match(/([*†‡#+])\1*/g) ?? [];
}
