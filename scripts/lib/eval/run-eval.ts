/**
 * Runs the extraction evaluation: every filing that has a truth file in
 * tests/fixtures/truth/ is ingested in memory (no content folder, no site build), read back
 * in the truth's shape and scored. Inputs are found in the sample folders by the file name
 * the truth names; a bare primary document brings its sibling exhibit files, as ingest does.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyCorpus } from '../../../src/lib/ingest/index.ts';
import { expandInputs } from '../ingest/ingest-inputs.ts';
import { readEntries } from '../ingest/read-entries.ts';
import { readingOfEntries, type FilingReading } from './reading.ts';
import { scoreFiling, type FilingScore } from './score.ts';

export interface EvalOptions {
	/** Folder of `{file}.json` truth files. */
	truthDir: string;
	/** Folders holding the filings the truth files name. */
	sampleDirs: string[];
}

export interface EvalResult {
	scores: FilingScore[];
	/** Filings that could not be ingested at all: scored as read empty, listed here. */
	failures: { file: string; message: string }[];
}

/** The date ingest is told is today: fixed, so an evaluation never depends on when it runs. */
const TODAY = '2026-01-01';

export async function runEval(options: EvalOptions): Promise<EvalResult> {
	const truths = await readTruths(options.truthDir);
	const { inputs } = await expandInputs(options.sampleDirs);
	const byName = new Map(inputs.map((input) => [path.basename(input.file), input]));
	const scores: FilingScore[] = [];
	const failures: EvalResult['failures'] = [];
	for (const truth of truths) {
		const input = byName.get(truth.file);
		let read: FilingReading = emptyReading(truth.file);
		if (!input) {
			failures.push({ file: truth.file, message: `not found in ${options.sampleDirs.join(', ')}` });
		} else {
			try {
				const { entries } = await readEntries(input, await readFile(input.file), emptyCorpus(), TODAY);
				read = readingOfEntries(truth.file, entries);
			} catch (error) {
				failures.push({ file: truth.file, message: (error as Error).message });
			}
		}
		scores.push(scoreFiling(truth, read));
	}
	return { scores, failures };
}

async function readTruths(dir: string): Promise<FilingReading[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
	return Promise.all(
		names.map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as FilingReading),
	);
}

const emptyReading = (file: string): FilingReading => ({
	file,
	form: null,
	cover: {
		registrant: null,
		state: null,
		fileNumber: null,
		irsEin: null,
		address: null,
		phone: null,
		reportDate: null,
	},
	exhibits: [],
});
