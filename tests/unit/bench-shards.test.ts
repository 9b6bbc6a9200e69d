import { describe, expect, it } from 'vitest';
import { sequentialRuns, sequentialStages, shardOfSubmission } from '../../scripts/lib/bench-shards.ts';
import { syntheticSubmission } from '../../scripts/lib/synthetic-submissions.ts';

describe('the bench splitting a corpus into shards', () => {
	it('puts every filing of a registrant in the same shard, by CIK', () => {
		const header = (cik: string) =>
			`<SEC-HEADER>\nFILER:\n\tCOMPANY DATA:\n\t\tCENTRAL INDEX KEY:\t\t\t${cik}\n</SEC-HEADER>`;
		expect(shardOfSubmission(header('0001005774'), 'a.txt', 8)).toBe(1005774 % 8);
		expect(shardOfSubmission(header('0001005774'), 'b.txt', 8)).toBe(
			shardOfSubmission(header('0001005774'), 'a.txt', 8),
		);
	});

	it('spreads a synthetic corpus over every shard', () => {
		const shards = new Set(
			Array.from({ length: 60 }, (_, n) => syntheticSubmission(n + 1, { exhibits: 300, seed: 7 })).map((s) =>
				shardOfSubmission(s.text, s.name, 4),
			),
		);
		expect([...shards].sort()).toEqual([0, 1, 2, 3]);
	});

	it('places a submission without a CIK by its file name, the same way every time', () => {
		expect(shardOfSubmission('no header', 'x.htm', 5)).toBe(shardOfSubmission('other text', 'x.htm', 5));
	});

	it('adds up the wall and CPU time of shards built one after another and keeps the largest memory', () => {
		const run = (wallMs: number, peakRss: number, cpuMs?: number) => ({
			code: 0,
			wallMs,
			lines: [],
			peakRss,
			peakTreeRss: peakRss + 1,
			cpuMs,
			rssSource: 'gnu-time' as const,
		});
		expect(sequentialRuns([run(10, 5, 12), run(20, 7, 30)])).toMatchObject({
			code: 0,
			wallMs: 30,
			peakRss: 7,
			peakTreeRss: 8,
			cpuMs: 42,
		});
		expect(sequentialRuns([run(10, 5, 12), run(20, 7)]).cpuMs).toBeUndefined();
		expect(sequentialStages([{ pages: 2, vite: 1 }, { pages: 3 }])).toEqual({ pages: 5, vite: 1 });
	});
});
