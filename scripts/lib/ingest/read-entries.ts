/**
 * One input → the content entries it makes, in memory: parse the submission (and the
 * sibling files of a bare primary document), plan its pages, build its entries against the
 * corpus. Nothing is written: ingest (run-ingest.ts) writes what this returns, and the
 * extraction evaluation (scripts/lib/eval/run-eval.ts) scores it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSubmission, type Submission } from '../../../src/lib/edgar/submission.ts';
import { buildIngestEntries, type IngestEntries } from '../../../src/lib/ingest/build-entries.ts';
import type { Corpus, CorpusIndex } from '../../../src/lib/ingest/corpus-index.ts';
import { planFiling, type SiblingSource } from '../../../src/lib/ingest/plan-filing.ts';
import type { IngestInput } from './ingest-inputs.ts';

export interface ReadEntries {
	entries: IngestEntries;
	/** Damage worked around, `file:line: what`, with the input's path as given. */
	warnings: string[];
}

export async function readEntries(
	input: IngestInput,
	bytes: Uint8Array,
	corpus: Corpus | CorpusIndex,
	today: string,
): Promise<ReadEntries> {
	const name = path.basename(input.file);
	const { submission, siblings } = await readSubmission(input, bytes);
	const plan = planFiling(submission, name, siblings);
	const warnings = plan.warnings.map((warning) => warning.replace(name, input.file));
	const entries = buildIngestEntries(plan, { name, sha256: sha256(bytes) }, corpus, { today });
	return { entries, warnings };
}

/** The input's submission, with the documents of its sibling files appended after its own. */
async function readSubmission(
	input: IngestInput,
	bytes: Uint8Array,
): Promise<{ submission: Submission; siblings: Map<number, SiblingSource> }> {
	const submission = parseSubmission(bytes, path.basename(input.file));
	const siblings = new Map<number, SiblingSource>();
	for (const sibling of input.siblings) {
		const siblingBytes = await readFile(sibling.file);
		const name = path.basename(sibling.file);
		const parsed = parseSubmission(siblingBytes, name);
		for (const document of parsed.documents) {
			// Sequences restart in every file: renumber after the primary's so each stays unique.
			const sequence = Math.max(0, ...submission.documents.map((d) => d.sequence)) + 1;
			submission.documents.push({
				...document,
				sequence,
				type: document.type === 'UNKNOWN' ? sibling.type : document.type,
			});
			siblings.set(sequence, { name, sha256: sha256(siblingBytes) });
		}
		submission.warnings.push(...parsed.warnings.map((w) => ({ ...w, message: `${name}:${w.line}: ${w.message}` })));
	}
	return { submission, siblings };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
