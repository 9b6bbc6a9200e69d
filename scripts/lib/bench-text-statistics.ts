/**
 * How long the exhibits of a bench corpus are: the text of each exhibit — its Markdown body as
 * ingest wrote it, front matter removed (`exhibitBody`, scripts/lib/bench-baseline.ts) — read
 * from the content folder the bench builds, so the numbers describe what was built whichever
 * corpus it was (`--light`, the realistic default, or `--content`). Printed beside the bench's
 * table and compared with the real exhibits in docs/scaling.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { exhibitBody } from './bench-baseline.ts';

/** Text lengths in bytes of a corpus's exhibits that have a body (incorporated ones have none). */
export interface TextStatistics {
	exhibits: number;
	median: number;
	mean: number;
	p90: number;
	max: number;
	/** Exhibits with more than 1 MB (10⁶ bytes) of text. */
	overOneMegabyte: number;
	/** Every exhibit's text together. */
	total: number;
}

/** The statistics of `lengths` (bytes); percentiles by nearest rank. Undefined for no lengths. */
export function textStatistics(lengths: readonly number[]): TextStatistics | undefined {
	if (lengths.length === 0) return undefined;
	const sorted = [...lengths].sort((a, b) => a - b);
	const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
	const total = sorted.reduce((sum, n) => sum + n, 0);
	return {
		exhibits: sorted.length,
		median: rank(0.5),
		mean: total / sorted.length,
		p90: rank(0.9),
		max: sorted.at(-1)!,
		overOneMegabyte: sorted.filter((n) => n > 1_000_000).length,
		total,
	};
}

/** The text lengths (bytes) of the exhibit bodies under `contentDir`/exhibits (`.md` files). */
export async function exhibitTextLengths(contentDir: string): Promise<number[]> {
	const exhibits = path.join(contentDir, 'exhibits');
	const lengths: number[] = [];
	for (const entry of await readdir(exhibits, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
		const body = exhibitBody(await readFile(path.join(entry.parentPath, entry.name), 'utf8')).trim();
		if (body) lengths.push(Buffer.byteLength(body));
	}
	return lengths;
}

/** Text sizes as the calibration states them (docs/scaling.md): decimal, 1 kB = 1,000 bytes. */
export const textBytes = (bytes: number) =>
	bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${(bytes / 1_000).toFixed(1)} kB`;
