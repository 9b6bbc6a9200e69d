/**
 * The one module that queries the content collections. Every route and component gets its
 * data from `getCorpus()`: the collections are read and joined once per build.
 */
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { buildCorpus, type Corpus, type ExhibitView } from '../lib/corpus/build-corpus.ts';
import { referencedDocument } from '../lib/corpus/cross-document-references.ts';
import type { OtherDocument } from '../lib/markdown/rehype-cross-references.ts';
import { readingAidsOn } from './reading-aids.ts';
import { renderMarkdownBody, renderMarkdownFile, type RenderedBody } from './markdown-bodies.ts';

let corpus: Promise<Corpus> | undefined;

export function getCorpus(): Promise<Corpus> {
	corpus ??= (async () => {
		const [filings, exhibits, parties, instruments] = await Promise.all([
			getCollection('filings'),
			getCollection('exhibits'),
			getCollection('parties'),
			getCollection('instruments'),
		]);
		return buildCorpus({ filings, exhibits, parties, instruments }, { readingAids: readingAidsOn() });
	})();
	return corpus;
}

/** The rendered body of an exhibit, as HTML (only exhibits with `hasBody` have one). */
export async function renderExhibitBody(entryId: string): Promise<string> {
	return (await renderExhibitFile(entryId)).html;
}

/**
 * The heading targets of each exhibit body rendered so far (rehype-cross-references.ts), by
 * entry id: what another exhibit's "Section 2.1 of the Indenture" needs to link to it. Small (a
 * long indenture's is ~100 entries), so the build keeps them instead of rendering a body twice.
 */
const headingTargets = new Map<string, Record<string, string>>();

async function renderExhibitFile(entryId: string, frontmatter?: object): Promise<RenderedBody> {
	const entry = await getEntry('exhibits', entryId);
	if (!entry?.filePath)
		throw new Error(
			`No exhibit entry "${entryId}" in the exhibits collection. Re-run the build; if it persists, re-ingest the filing.`,
		);
	const body = await renderMarkdownBody(path.resolve(entry.filePath), frontmatter);
	const targets = body.crossReferences?.targets;
	if (targets && Object.keys(targets).length > 0) headingTargets.set(entryId, targets);
	return body;
}

/**
 * The body of an exhibit's page: its references to another document's section ("Section 2.1 of
 * the Indenture", a name it defines) linked to that document's page when the corpus holds it
 * (src/lib/corpus/cross-document-references.ts). Rendered once more only when such a reference
 * resolves, with the other documents given to the cross-references plugin.
 */
export async function renderExhibitPageBody(exhibit: ExhibitView): Promise<string> {
	const first = await renderExhibitFile(exhibit.entryId);
	const otherDocuments: Record<string, OtherDocument> = {};
	for (const name of first.crossReferences?.otherDocuments ?? []) {
		const document = referencedDocument(exhibit, name);
		if (!document) continue;
		const targets =
			headingTargets.get(document.entryId) ??
			(await renderExhibitFile(document.entryId)).crossReferences?.targets ??
			{};
		if (Object.keys(targets).length > 0) otherDocuments[name] = { url: document.url, targets };
	}
	if (Object.keys(otherDocuments).length === 0) return first.html;
	return (await renderExhibitFile(exhibit.entryId, { otherDocuments })).html;
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
