/**
 * Parse the plain text of a Form 8-K: cover page, items, signatures and exhibits.
 *
 * This is the entry point for any container format: a later step that unpacks an SGML
 * submission or an HTML document (src/lib/edgar/) hands the 8-K document's plain text here.
 */
import { parseCoverFields, type CoverPage } from './cover-page.ts';
import { SourceError } from '../source-error.ts';
import { EXHIBIT_INDEX_HEADING, type ListedExhibit, parseExhibitEntries, parseExhibitIndex } from './exhibit-lists.ts';
import { toLines } from './text-columns.ts';
import type { TextTable } from '../edgar/html-to-text.ts';
import { type ExhibitRow, exhibitRowsByLine } from './exhibit-table.ts';
import { type Anomaly, type MergedExhibit, mergeExhibitLists } from './merge-exhibits.ts';
import { matchItemHeading, parseItems, type ParsedItem } from './report-items.ts';
import { parseSignatures, type ParsedSignature } from './signatures.ts';

export interface ParsedEightK {
	/** Source name as given, for messages and provenance. */
	source: string;
	cover: CoverPage;
	items: ParsedItem[];
	signatures: ParsedSignature[];
	exhibits: MergedExhibit[];
	anomalies: Anomaly[];
}

const SIGNATURES_HEADING = /^\s*SIGNATURES?\s*$/i;

/**
 * A report read leniently: what `parseEightKText` reads, but a cover without a "FORM 8-K"
 * line or a registrant caption is not an error — an HTML cover, a 10-Q or an S-3 has other
 * captions, and the ingest takes those facts from the submission header instead.
 */
export interface ParsedReport extends Omit<ParsedEightK, 'cover'> {
	cover: Omit<CoverPage, 'form' | 'registrantName'> & { form?: string; registrantName?: string };
}

export function parseEightKText(text: string, sourceName: string): ParsedEightK {
	const report = parseReportText(text, sourceName);
	const { cover } = report;
	if (!cover.form) {
		throw new SourceError(
			sourceName,
			1,
			`No "FORM 8-K" line on the cover page (lines 1–${report.coverEnd}), so this does not look like a Form 8-K.`,
			'Pass the plain text of an 8-K report; for an EDGAR submission, pass the 8-K document inside it.',
		);
	}
	if (!cover.registrantName) {
		throw new SourceError(
			sourceName,
			cover.lines.form ?? 1,
			'No registrant name on the cover page: expected the name on the line above ' +
				'"(Exact name of registrant as specified in its charter)".',
			'Check that the cover page is complete and the caption is present.',
		);
	}
	return { ...report, cover: { ...cover, form: cover.form, registrantName: cover.registrantName } };
}

/** Cover, items, signatures and exhibit lists of any report text; see `ParsedReport`. */
export function parseReportText(
	text: string,
	sourceName: string,
	tables: readonly TextTable[] = [],
	/** The filer the submission header names, for a cover laid out for several registrants. */
	registrant?: string,
	/**
	 * An exhibit listed twice is a contradiction: an 8-K's lists decide its exhibits, so it is
	 * refused (thrown); in a longer report ('keep-first') the first entry is kept and the repeat
	 * reported in `repeats`, so a slip in a 10-K's index does not lose its cover and items.
	 */
	repeatedNumbers: 'refuse' | 'keep-first' = 'refuse',
): ParsedReport & { coverEnd: number; repeats: string[] } {
	if (text.includes('\u0000')) {
		const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
		throw new SourceError(
			sourceName,
			line,
			'The file contains binary data (a NUL byte), not the plain text of an 8-K.',
			'Pass the 8-K text document, not an image, PDF or archive.',
		);
	}
	const lines = toLines(text);
	const firstItem = lines.findIndex((line) => matchItemHeading(line) !== undefined);
	// After the last item: a report's table of contents lists "Signatures" among its items.
	const lastItem = lines.findLastIndex((line) => matchItemHeading(line) !== undefined);
	const signaturesAt = lines.findIndex((line, i) => i > lastItem && SIGNATURES_HEADING.test(line));
	const indexAt = lines.findIndex((line, i) => i > firstItem && EXHIBIT_INDEX_HEADING.test(line));
	const starts = [firstItem, signaturesAt, indexAt].filter((i) => i >= 0);
	const sectionEnd = (start: number) => Math.min(lines.length, ...starts.filter((s) => s > start));

	const coverEnd = starts.length > 0 ? Math.min(...starts) : lines.length;
	const cover = parseCoverFields(lines, coverEnd, registrant, tables);

	const items = firstItem >= 0 ? parseItems(lines, firstItem, sectionEnd(firstItem)) : [];
	const signatures = signaturesAt >= 0 ? parseSignatures(lines, signaturesAt + 1, sectionEnd(signaturesAt)) : [];

	// An HTML document's tables are read by their columns wherever a list is one (exhibit-table.ts).
	const rows = exhibitRowsByLine(tables);
	const { item: exhibitItem, entries: itemList } = exhibitListItem(lines, items, rows);
	const index = indexAt >= 0 ? parseExhibitIndex(lines, indexAt, sectionEnd(indexAt), rows) : [];
	const repeats: SourceError[] = [];
	const unique = (entries: ListedExhibit[], where: string) => {
		const checked = uniqueNumbers(entries, sourceName, where);
		if (checked.repeats.length > 0 && repeatedNumbers === 'refuse') throw checked.repeats[0];
		repeats.push(...checked.repeats);
		return checked.entries;
	};
	const { exhibits, anomalies } = mergeExhibitLists(
		unique(itemList, exhibitItem ? `Item ${exhibitItem.number}` : 'the exhibit list'),
		unique(index, 'the exhibit index'),
		exhibitItem ? `Item ${exhibitItem.number}` : 'the item list',
	);

	return {
		source: sourceName,
		cover,
		items,
		signatures,
		exhibits,
		anomalies,
		coverEnd,
		repeats: repeats.map((repeat) => repeat.message),
	};
}

/**
 * The item that lists the exhibits ("Item 9.01 Financial Statements and Exhibits", a 10-Q's
 * "Item 6. Exhibits") and its entries. A report with a table of contents names the item twice,
 * there with a page number and no list: the one whose body lists the most exhibits is it.
 */
function exhibitListItem(
	lines: readonly string[],
	items: readonly ParsedItem[],
	rows: ReadonlyMap<number, ExhibitRow>,
): { item?: ParsedItem; entries: ListedExhibit[] } {
	let best: { item?: ParsedItem; entries: ListedExhibit[] } = { entries: [] };
	let bestRepeats = true;
	for (const item of items) {
		// "Financial Statements and Exhibits" (8-K), "Exhibits" (10-Q), "Exhibit and Financial Statement Schedules" (10-K).
		if (!/\bexhibits?\b/i.test(item.title)) continue;
		const entries = parseExhibitEntries(lines, item.body.start, item.body.end, { rows });
		// A 10-K's Item 15 can hold the financial statements, whose footnotes "(1)", "(2)" start
		// again under every table: a body that numbers two entries alike is no exhibit list while
		// another item's is one. (Only a list with no rival is kept, so its repeat is reported.)
		const repeats = new Set(entries.map((entry) => entry.number)).size < entries.length;
		const better = repeats === bestRepeats ? entries.length > best.entries.length : bestRepeats;
		if (!best.item || better) {
			best = { item, entries };
			bestRepeats = repeats;
		}
	}
	return best;
}

/** Two entries with one number cannot be merged by number: the first of each, and where every repeat is. */
function uniqueNumbers(entries: readonly ListedExhibit[], source: string, where: string) {
	const seen = new Map<string, number>();
	const repeats: SourceError[] = [];
	const kept = entries.filter((entry) => {
		const first = seen.get(entry.number);
		if (first === undefined) {
			seen.set(entry.number, entry.line);
			return true;
		}
		repeats.push(
			new SourceError(
				source,
				entry.line,
				`Exhibit ${entry.number} is listed twice in ${where} (lines ${first} and ${entry.line}).`,
				'Fix the exhibit number in the source so each exhibit is listed once.',
			),
		);
		return false;
	});
	return { entries: kept, repeats };
}
