/**
 * The cover page's caption grid as its tables give it: which cell of a value row sits over which
 * caption, by the table's columns rather than by where the laid-out text happens to put them.
 *
 * An HTML cover is a table (src/lib/edgar/html-to-text.ts gives its rows and cells); a plain-text
 * cover's aligned columns are one too (src/lib/edgar/text-blocks.ts). Padding a cell to its
 * column's width in the text keeps most columns aligned, but not a cell wider than the padding
 * allows, nor a row whose cells span columns differently from the caption row's: the cells know.
 * Lines outside any table are read by their text runs (src/lib/report/text-columns.ts), as before.
 */
import type { TextTable } from '../edgar/html-to-text.ts';
import { normaliseWhitespace } from './text-columns.ts';

/** A table row as the cover reads it: its table, its cells by column and each cell's span. */
export interface GridRow {
	table: number;
	cells: readonly string[];
	spans: readonly number[];
}

/** Every table row of the cover, by the 0-based text line it is laid out on. */
export function gridRowsByLine(tables: readonly TextTable[]): Map<number, GridRow> {
	const rows = new Map<number, GridRow>();
	tables.forEach((table, index) => {
		for (const row of table.rows) rows.set(row.line, { table: index, cells: row.cells, spans: row.spans });
	});
	return rows;
}

/** The non-empty cells of a row, in column order, whitespace normalised. */
export const rowTexts = (row: GridRow): string[] => row.cells.map(normaliseWhitespace).filter((text) => text !== '');

/**
 * For each caption of `captionRow` (given by its text), the cells of `valueRow` printed over it:
 * those whose columns overlap the caption's. Undefined unless both rows are of one table and
 * every caption is one of its cells — then the caller reads positions instead.
 */
export function valuesOverCaptions(
	captionRow: GridRow | undefined,
	valueRow: GridRow | undefined,
	captions: readonly string[],
): Map<string, string[]> | undefined {
	if (!captionRow || !valueRow || captionRow.table !== valueRow.table) return undefined;
	const captionColumns = columnRanges(captionRow);
	const valueColumns = columnRanges(valueRow);
	const values = new Map<string, string[]>();
	for (const caption of captions) {
		const range = captionColumns.find((cell) => cell.text === normaliseWhitespace(caption));
		if (!range) return undefined;
		const over = valueColumns.filter((cell) => cell.from < range.to && range.from < cell.to).map((cell) => cell.text);
		if (over.length > 0) values.set(caption, over);
	}
	return values;
}

/** Each non-empty cell of a row with the columns [from, to) it covers. */
function columnRanges(row: GridRow): Array<{ text: string; from: number; to: number }> {
	return row.cells.flatMap((cell, column) => {
		const text = normaliseWhitespace(cell);
		return text === '' ? [] : [{ text, from: column, to: column + (row.spans[column] ?? 1) }];
	});
}
