/**
 * The one module that queries the content collections. Every route and component gets its
 * data from `getCorpus()`: the collections are read and joined once per build.
 */
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/corpus/build-corpus.ts';
import { renderMarkdownFile } from './markdown-bodies.ts';

let corpus: Promise<Corpus> | undefined;

export function getCorpus(): Promise<Corpus> {
	corpus ??= (async () => {
		const [filings, exhibits, parties, instruments] = await Promise.all([
			getCollection('filings'),
			getCollection('exhibits'),
			getCollection('parties'),
			getCollection('instruments'),
		]);
		return buildCorpus({ filings, exhibits, parties, instruments });
	})();
	return corpus;
}

/** The rendered body of an exhibit, as HTML (only exhibits with `hasBody` have one). */
export async function renderExhibitBody(entryId: string): Promise<string> {
	const entry = await getEntry('exhibits', entryId);
	if (!entry?.filePath)
		throw new Error(
			`No exhibit entry "${entryId}" in the exhibits collection. Re-run the build; if it persists, re-ingest the filing.`,
		);
	return renderMarkdownFile(path.resolve(entry.filePath));
}

/** Digest of each filing's primary-document file, by filing id (for the filing pages' cache keys). */
export async function primaryDocumentDigests(): Promise<Map<string, string | number | undefined>> {
	return new Map(
		(await getCollection('documents')).map((entry) => [entry.id.replace(/\/document$/, ''), entry.digest]),
	);
}

/**
 * The rendered primary document of a filing whose page shows it in full (a 10-Q, an S-3…),
 * or undefined when the filing has none (an 8-K's page shows its items instead).
 */
export async function renderFilingDocument(filingId: string): Promise<string | undefined> {
	const entry = await getEntry('documents', `${filingId}/document`);
	return entry?.filePath ? renderMarkdownFile(path.resolve(entry.filePath)) : undefined;
}
