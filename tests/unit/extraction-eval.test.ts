/**
 * The extraction ratchet: every total of `npm run eval` stays at or above the level committed
 * in extraction-eval.levels.json. A change that loses a party, a date or a title somewhere
 * fails here with the field and the figures; `npm run eval -- --verbose` shows which values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelDrops, levelsOf, type Levels } from '../../scripts/lib/eval/levels.ts';
import { runEval } from '../../scripts/lib/eval/run-eval.ts';
import { totalTallies } from '../../scripts/lib/eval/score.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const committed = JSON.parse(
	readFileSync(path.join(import.meta.dirname, 'extraction-eval.levels.json'), 'utf8'),
) as Levels;

describe('extraction against the hand-labelled truth', () => {
	it('ingests every labelled filing and keeps every field at its committed level', async () => {
		const { scores, failures } = await runEval({
			truthDir: path.join(fixtures, 'truth'),
			sampleDirs: [path.join(fixtures, 'samples'), path.join(fixtures, 'seed')],
		});
		expect(failures).toEqual([]);
		expect(scores.length).toBeGreaterThanOrEqual(23);
		expect(levelDrops(committed, levelsOf(totalTallies(scores)))).toEqual([]);
	});
});
