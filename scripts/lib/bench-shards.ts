/**
 * The bench's sharded mode (`npm run bench -- --exhibits 100000 --shards 8`): the corpus is
 * split by registrant, each shard ingested and built on its own as a separate machine or CI
 * job would, then published as one site with scripts/lib/shard-merge.ts (docs/scaling.md).
 * On one machine the shards run one after another, so the build's wall time is their sum and
 * its memory the largest shard's.
 */
import { link, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MeasuredRun } from './bench-process.ts';
import type { BuildStages } from './bench-stages.ts';

/**
 * The shard (0…shards−1) of a raw submission: its first filer's CIK modulo the shard count, so
 * every filing of a registrant lands in the same shard (its pages, filings and hub stay whole).
 * A submission without a CIK goes by a hash of its file name.
 */
export function shardOfSubmission(text: string, fileName: string, shards: number): number {
	const cik = /CENTRAL INDEX KEY:\s*(\d+)/.exec(text)?.[1];
	if (cik) return Number(cik) % shards;
	let hash = 0;
	for (const char of fileName) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return hash % shards;
}

/** Hard-link the submissions of `rawDir` into `{outDir}/shard-{n}/` folders; returns them in order. */
export async function splitSubmissions(rawDir: string, outDir: string, shards: number): Promise<string[]> {
	const dirs = Array.from({ length: shards }, (_, n) => path.join(outDir, `shard-${n + 1}`));
	for (const dir of dirs) await mkdir(dir, { recursive: true });
	for (const name of (await readdir(rawDir)).sort()) {
		// The header is at the top; 4 kB holds it whole.
		const head = (await readFile(path.join(rawDir, name), 'latin1')).slice(0, 4096);
		await link(path.join(rawDir, name), path.join(dirs[shardOfSubmission(head, name, shards)]!, name));
	}
	return dirs;
}

/** Runs made one after another: wall times add up, memory is the largest run's. */
export function sequentialRuns(runs: readonly MeasuredRun[]): MeasuredRun {
	return {
		code: runs.every((run) => run.code === 0) ? 0 : (runs.find((run) => run.code !== 0)?.code ?? null),
		wallMs: runs.reduce((sum, run) => sum + run.wallMs, 0),
		lines: [],
		peakRss: Math.max(...runs.map((run) => run.peakRss)),
		peakTreeRss: Math.max(...runs.map((run) => run.peakTreeRss)),
		cpuMs: runs.every((run) => run.cpuMs !== undefined) ? runs.reduce((sum, run) => sum + run.cpuMs!, 0) : undefined,
		rssSource: runs[0]?.rssSource ?? 'proc-poll',
	};
}

/** Stage times of builds made one after another, summed (a stage missing from every build stays unset). */
export function sequentialStages(stages: readonly BuildStages[]): BuildStages {
	const total: BuildStages = {};
	for (const stage of stages) {
		for (const [key, value] of Object.entries(stage) as [keyof BuildStages, number | undefined][]) {
			if (value !== undefined) total[key] = (total[key] ?? 0) + value;
		}
	}
	return total;
}
