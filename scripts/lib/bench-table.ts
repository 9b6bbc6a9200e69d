/**
 * The bench's one table: a row per measure, a column per run (size × variant), aligned for
 * a terminal and pasteable into Markdown as is.
 *
 * ```
 * | measure    | 1,000 ours | 1,000 bare Astro |
 * |------------|-----------:|-----------------:|
 * | build wall |     38.0 s |           12.0 s |
 * ```
 */
export type Cell = string | number | undefined;

export function formatTable(
	columns: readonly string[],
	rows: readonly (readonly [label: string, ...cells: Cell[]])[],
): string {
	const text = (cell: Cell) => (cell === undefined ? '–' : String(cell));
	const header = ['measure', ...columns];
	const body = rows.map(([label, ...cells]) => [label, ...columns.map((_, i) => text(cells[i]))]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
	const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
	return [line(header), rule, ...body.map(line)].join('\n');
}

export const seconds = (ms: number | undefined) => (ms === undefined ? undefined : `${(ms / 1000).toFixed(1)} s`);
export const megabytes = (bytes: number | undefined) =>
	bytes === undefined ? undefined : `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 2 : 0)} MB`;
export const kilobytes = (bytes: number | undefined) =>
	bytes === undefined ? undefined : `${(bytes / 1024).toFixed(1)} kB`;
export const ratio = (ours: number | undefined, floor: number | undefined) =>
	ours === undefined || !floor ? undefined : `${(ours / floor).toFixed(2)}×`;
