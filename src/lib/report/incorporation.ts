/**
 * What an exhibit list says an exhibit incorporated by reference comes from:
 *
 *   "incorporated by reference to Exhibit 4.1 to the Company's Current Report on Form 8-K filed
 *    December 18, 2003 (File No. 0-3252)"   → exhibit 4.1, form 8-K, filed 2003-12-18, file 0-3252
 *   "Form 10-Q for the fiscal quarter ended July 31, 2011, Exhibit 3.1"  → period 2011-07-31
 *   the index's own columns, written so by exhibit-table.ts: "Form S-3, Exhibit 4.1, filed 4/29/13"
 *
 * The exhibit page links it (src/lib/corpus/incorporated-exhibit.ts) to that exhibit's page when
 * the corpus holds the filing, else to the registrant's EDGAR filings of that form and date.
 */
import { LONG_DATE_SOURCE, parseLongDate } from '../extract/dates.ts';
import { EXHIBIT_CELL, FORM_CELL, FORM_TYPE_SOURCE, NUMERIC_DATE } from './exhibit-location.ts';
import { FILE_NUMBER_SOURCE, isFileNumber } from './file-number.ts';

export interface IncorporationReference {
	/** The location text as filed. */
	asFiled: string;
	/** The exhibit number in the other filing, e.g. "4.1". */
	exhibit?: string;
	/** The other filing's form, e.g. "8-K", "S-1/A". */
	form?: string;
	/** ISO date the other filing was filed (or is dated). */
	filed?: string;
	/** ISO end of the period a periodic report covers ("for the quarter ended …"). */
	period?: string;
	fileNumber?: string;
	/** The exhibit's document on EDGAR, where the list links it (https, sec.gov Archives only). */
	url?: string;
}

const EXHIBIT = /\bExhibits?\s+(?:No\.\s*)?(\d{1,3}(?:\.[0-9A-Za-z]{1,4})*(?:\([a-z0-9]{1,3}\))?)/i;
const FORM = new RegExp(`\\bForms?\\s+(${FORM_TYPE_SOURCE})\\b`);
const FILED = new RegExp(
	`(?:\\b(?:filed|dated|furnished)\\s+(?:with\\s+the\\s+(?:SEC|Commission|Securities\\s+and\\s+Exchange\\s+Commission)\\s+)?(?:on\\s+|as\\s+of\\s+)?|\\bForm\\s+\\S+\\s+on\\s+)(${LONG_DATE_SOURCE}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})`,
	'i',
);
const PERIOD = new RegExp(`\\b(?:year|quarter|period)\\s+ended\\s+(${LONG_DATE_SOURCE})`, 'i');
const FILE_NUMBER = new RegExp(String.raw`\bFile\s+(?:No\.?|Number)\s*:?\s*(${FILE_NUMBER_SOURCE})`, 'i');

/** The reference a location text makes, or undefined when it names neither an exhibit nor a form. */
export function parseIncorporation(text: string): IncorporationReference | undefined {
	const asFiled = text.replace(/\s+/g, ' ').trim();
	const exhibit = EXHIBIT.exec(asFiled)?.[1];
	const form = FORM.exec(asFiled)?.[1]?.replace(/\s+/g, ' ');
	if (!exhibit && !form) return undefined;
	const filed = FILED.exec(asFiled)?.[1];
	const period = PERIOD.exec(asFiled)?.[1];
	const fileNumber = FILE_NUMBER.exec(asFiled)?.[1];
	const filedDate = filed ? isoDate(filed) : undefined;
	const periodDate = period ? parseLongDate(period) : undefined;
	return {
		asFiled,
		...(exhibit ? { exhibit } : {}),
		...(form ? { form: form.toUpperCase() } : {}),
		...(filedDate ? { filed: filedDate } : {}),
		...(periodDate ? { period: periodDate } : {}),
		...(fileNumber ? { fileNumber } : {}),
	};
}

/**
 * An index's reference cells written out as the sentence `parseIncorporation` reads, each by
 * what it holds: ["S-1 (Exhibit 3.2)", "May 27, 2021", "333-256516"] → "Form S-1, Exhibit 3.2,
 * filed May 27, 2021, File No. 333-256516".
 */
export function referenceFromCells(cells: readonly string[]): string {
	return cells
		.map((cell) => {
			const form = FORM_CELL.exec(cell);
			if (form) return form[2] ? `Form ${form[1]}, Exhibit ${form[2]}` : `Form ${form[1]}`;
			if (isFileNumber(cell)) return `File No. ${cell}`;
			if (EXHIBIT_CELL.test(cell)) return `Exhibit ${cell.replace(/^Exhibit\s+/i, '')}`;
			if (NUMERIC_DATE.test(cell) || parseLongDate(cell)) return `filed ${cell}`;
			return cell;
		})
		.join(', ');
}

/** "December 18, 2003" or "8/7/20" → ISO; two-digit years are 19xx from 50 up. */
function isoDate(text: string): string | undefined {
	const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(text);
	if (!numeric) return parseLongDate(text);
	const year =
		numeric[3]!.length === 2 ? Number(numeric[3]) + (Number(numeric[3]) >= 50 ? 1900 : 2000) : Number(numeric[3]);
	const [month, day] = [Number(numeric[1]), Number(numeric[2])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
