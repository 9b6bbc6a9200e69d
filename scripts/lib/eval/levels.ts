/**
 * The evaluation's ratchet: the precision and recall each field has reached, committed in
 * tests/unit/extraction-eval.levels.json. The eval test fails when a total falls below its
 * level; `npm run eval -- --update-levels` raises the levels to what the extraction reaches now
 * (never lowers them: a drop is fixed, or the level lowered by hand with a reason in the commit).
 */
import { FIELDS, type Field, precision, recall, type Tally } from './score.ts';

export type Levels = Record<Field, { precision: number; recall: number }>;

/** Figures are kept to a tenth of a percent, so a rounding wobble never fails the ratchet. */
const floor = (value: number) => Math.floor(value * 1000) / 1000;

export function levelsOf(totals: Record<Field, Tally>): Levels {
	return Object.fromEntries(
		FIELDS.map((field) => [
			field,
			{ precision: floor(precision(totals[field])), recall: floor(recall(totals[field])) },
		]),
	) as Levels;
}

/** Each figure the higher of the two. */
export function raisedLevels(committed: Partial<Levels>, reached: Levels): Levels {
	return Object.fromEntries(
		FIELDS.map((field) => [
			field,
			{
				precision: Math.max(committed[field]?.precision ?? 0, reached[field].precision),
				recall: Math.max(committed[field]?.recall ?? 0, reached[field].recall),
			},
		]),
	) as Levels;
}

/** Every figure that fell below its committed level: `"parties recall 88.0% < 90.1%"`. */
export function levelDrops(committed: Partial<Levels>, reached: Levels): string[] {
	const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
	const drops: string[] = [];
	for (const field of FIELDS) {
		for (const measure of ['precision', 'recall'] as const) {
			const level = committed[field]?.[measure];
			if (level !== undefined && reached[field][measure] < level) {
				drops.push(`${field} ${measure} ${pct(reached[field][measure])} < ${pct(level)}`);
			}
		}
	}
	return drops;
}
