/**
 * Ingest files into the content folder: expand folders, read, parse the container, plan the
 * pages, build entries, write. The CLI (scripts/ingest.ts) is a thin wrapper around
 * `ingestFiles`.
 *
 * Every failure is reported as `file:line: what is wrong. What to do.` and the run goes on
 * with the next input; files are written one by one, each atomically (content-files.ts), so
 * an interrupted run leaves whole files only. Parties and instruments, shared by many filings,
 * are written in their final state at the end of the run (SharedEntryWriter).
 *
 * The corpus is held as an index (CorpusIndex) so that each filing costs the same however
 * many came before it: a run's time grows linearly with its inputs.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { IngestEntries } from '../../../src/lib/ingest/build-entries.ts';
import {
	contentPaths,
	loadCorpus,
	SharedEntryWriter,
	staleFiles,
	type WriteOutcome,
	writeIfChanged,
} from './content-files.ts';
import type { CorpusIndex } from '../../../src/lib/ingest/corpus-index.ts';
import { detached } from '../../../src/lib/ingest/detached.ts';
import { pathInside } from '../../../src/lib/ingest/exhibit-documents.ts';
import { expandInputs, type IngestInput } from './ingest-inputs.ts';
import { readEntries } from './read-entries.ts';
import { isGeneratedFile, toMarkdownFile, toYamlFile } from '../../../src/lib/ingest/serialise.ts';
import { SourceError, sourceLocation } from '../../../src/lib/source-error.ts';

export interface IngestSummary {
	/** Content files (sources, filings, exhibits, images, parties, instruments) by outcome; a party or instrument counts once per run. */
	added: number;
	updated: number;
	unchanged: number;
	/** Generated files removed: exhibits a re-ingested filing no longer lists, `.mdx` twins an earlier version wrote. */
	removed: number;
	/** Inputs (filings, or paths that could not be read) that failed. */
	failed: number;
	/** Inputs found: filings after folders were expanded and sibling files grouped, plus unreadable paths. */
	inputs: number;
	/** One message per failed input: `file:line: what. What to do.` */
	errors: string[];
	/** Damage worked around (truncated parts, unnumbered documents), one line each. */
	warnings: string[];
	/** Filing ids written, in input order. */
	filings: string[];
}

export interface IngestProgress {
	/** 1-based position of the input just finished. */
	done: number;
	total: number;
	file: string;
	ok: boolean;
}

export interface IngestOptions {
	contentDir: string;
	/** ISO date recorded as provenance.ingested for new or changed sources. */
	today: string;
	/** Called after each input, for a progress display. */
	onProgress?: (progress: IngestProgress) => void;
}

/** `paths`: files and folders, as given on the command line. */
export async function ingestFiles(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
	const { inputs, missing } = await expandInputs(paths);
	const summary: IngestSummary = {
		added: 0,
		updated: 0,
		unchanged: 0,
		removed: 0,
		failed: 0,
		inputs: inputs.length + missing.length,
		errors: [],
		warnings: [],
		filings: [],
	};
	for (const { path: file, error } of missing) {
		summary.failed++;
		summary.errors.push(
			`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error.message}). Check the path.`,
		);
	}
	const corpus = await loadCorpus(options.contentDir);
	const shared = new SharedEntryWriter();
	try {
		for (const [index, input] of inputs.entries()) {
			const ok = await ingestOne(input, corpus, shared, options, summary);
			options.onProgress?.({ done: index + 1, total: inputs.length, file: input.file, ok });
		}
	} finally {
		// Also when a write fails mid-run: the shared entries reached so far get their final state.
		await shared.flush((outcome) => void summary[outcome]++);
	}
	return summary;
}

async function ingestOne(
	input: IngestInput,
	corpus: CorpusIndex,
	shared: SharedEntryWriter,
	options: IngestOptions,
	summary: IngestSummary,
): Promise<boolean> {
	let entries: IngestEntries;
	let bytes: Buffer;
	try {
		bytes = await readFile(input.file);
	} catch (error) {
		summary.failed++;
		summary.errors.push(
			`${input.file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`,
		);
		return false;
	}
	try {
		const read = await readEntries(input, bytes, corpus, options.today);
		summary.warnings.push(...read.warnings.map(detached));
		entries = read.entries;
	} catch (error) {
		summary.failed++;
		summary.errors.push(detached(describeFailure(input.file, error)));
		return false;
	}
	await writeEntries(entries, bytes, options.contentDir, shared, summary);
	// Later inputs in the same run see what earlier ones wrote.
	corpus.add(entries);
	summary.filings.push(detached(entries.filing.id));
	return true;
}

/** `file:line: what. What to do.` for every failure ingest knows; other errors keep their message. */
function describeFailure(file: string, error: unknown): string {
	if (error instanceof SourceError) {
		// The error names the file by its base name (or a sibling's); the path as given is easier to find.
		const named = error.file === path.basename(file) ? file : `${file} (${error.file})`;
		return `${sourceLocation(named, error.line)}: ${error.detail}`;
	}
	if ((error as NodeJS.ErrnoException).code === 'ENOENT')
		return `${file}: a sibling file cannot be read: ${(error as Error).message}. Check the path.`;
	return `${file}:1: cannot ingest it: ${(error as Error).message}`;
}

async function writeEntries(
	entries: IngestEntries,
	bytes: Buffer,
	dir: string,
	shared: SharedEntryWriter,
	summary: IngestSummary,
) {
	const { filing } = entries;
	const source = filing.provenance.source;
	const count = (outcome: WriteOutcome) => void summary[outcome]++;
	const at = (relative: string) => pathInside(dir, relative);

	count(await writeIfChanged(at(contentPaths.source(filing.id)), bytes));
	count(await writeIfChanged(at(contentPaths.filing(filing.id)), toYamlFile(filing, source)));
	// Kept by name: a generated `ex-{n}.mdx` left by an earlier version (bodies used to be MDX) is
	// not kept, so it is removed as stale beside the `ex-{n}.md` that replaces it.
	const keptExhibitFiles = new Set<string>();
	for (const exhibit of entries.exhibits) {
		const file = contentPaths.exhibit(filing.id, exhibit.slug);
		count(await writeIfChanged(at(file), toMarkdownFile(exhibit.data, exhibit.body, source)));
		keptExhibitFiles.add(path.basename(file));
		for (const image of exhibit.images) {
			count(await writeIfChanged(at(contentPaths.exhibitImage(filing.id, image.name)), image.bytes));
			keptExhibitFiles.add(image.name);
		}
	}
	for (const stale of await staleFiles(at(contentPaths.exhibitDir(filing.id)), keptExhibitFiles, isGeneratedFile)) {
		await rm(stale);
		summary.removed++;
	}
	if (entries.primary) {
		const file = contentPaths.document(filing.id);
		count(await writeIfChanged(at(file), toMarkdownFile(entries.primary.data, entries.primary.body, source)));
		for (const image of entries.primary.images)
			count(await writeIfChanged(at(contentPaths.documentImage(filing.id, image.name)), image.bytes));
		// A generated `document.mdx` from an earlier version would be a second entry with the same id.
		for (const stale of await staleFiles(
			at(contentPaths.documentDir(filing.id)),
			new Set([path.basename(file)]),
			isGeneratedFile,
			(name) => name === 'document.mdx',
		)) {
			await rm(stale);
			summary.removed++;
		}
	} else {
		for (const stale of await staleFiles(at(contentPaths.documentDir(filing.id)), new Set(), isGeneratedFile)) {
			await rm(stale);
			summary.removed++;
		}
	}
	for (const party of entries.parties) await shared.note(at(contentPaths.party(party.id)), party, source);
	for (const instrument of entries.instruments)
		await shared.note(at(contentPaths.instrument(instrument.id)), instrument, source);
}
