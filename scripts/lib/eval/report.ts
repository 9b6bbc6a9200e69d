/**
 * The evaluation's printed report: one table of precision and recall per field, in total and
 * per filing, and (verbose) every miss and wrong value.
 */
import { formatTable } from '../bench-table.ts';
import { FIELDS, type Field, type FilingScore, precision, recall, type Tally, totalTallies } from './score.ts';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** `"96.0% / 88.2%"` (precision / recall), or one figure where the two must agree. */
function figure(field: Field, tally: Tally): string {
	if (tally.truth === 0 && tally.read === 0) return '–';
	const p = precision(tally);
	const r = recall(tally);
	return field === 'titles' || field === 'status' || field === 'roles' ? pct(r) : `${pct(p)} / ${pct(r)}`;
}

/** The totals table: a row per field, with the counts behind each figure. */
export function totalsTable(scores: FilingScore[]): string {
	const total = totalTallies(scores);
	const rows = FIELDS.map((field): [string, ...string[]] => {
		const t = total[field];
		return [field, figure(field, t), String(t.hits), String(t.read), String(t.truth)];
	});
	return formatTable(['precision / recall', 'hits', 'read', 'truth'], rows);
}

/** A row per filing, a column per field. */
export function perFilingTable(scores: FilingScore[]): string {
	const rows = scores.map((score): [string, ...string[]] => [
		score.file,
		...FIELDS.map((field) => figure(field, score.tallies[field])),
	]);
	return formatTable(FIELDS, rows);
}

/** Every miss, grouped by filing: `cover.phone: expected "(212) 319-4657", got "…"`. */
export function missList(scores: FilingScore[]): string {
	const lines: string[] = [];
	for (const score of scores) {
		if (score.misses.length === 0) continue;
		lines.push(`\n${score.file}`);
		for (const miss of score.misses) {
			lines.push(`  [${miss.field}] ${miss.where}: expected ${miss.expected}, got ${miss.got}`);
		}
	}
	return lines.join('\n');
}
