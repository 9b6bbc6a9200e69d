/**
 * Images as filed: decoded from the submission by ingest and written beside the Markdown that
 * shows them (`{content}/exhibits/{filingId}/ex5-1_001.jpg`, or `documents/{filingId}/…` for a
 * primary document). Published byte for byte beside the filing's pages
 * (src/pages/filings/[filing]/[image].ts); src/lib/markdown/rehype-filed-images.ts links them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './content-dir.ts';
import type { FilingView } from '../lib/corpus/build-corpus.ts';

/** Every image file of a filing, by name: the file names its documents list as images. */
export function filingImageNames(filing: FilingView): string[] {
	return [...new Set(filing.data.documents.flatMap((document) => (document.image ? [document.image] : [])))].sort();
}

export async function readFilingImage(filingId: string, name: string): Promise<Uint8Array<ArrayBuffer>> {
	const candidates = ['exhibits', 'documents'].map((folder) => path.join(contentDir(), folder, filingId, name));
	for (const file of candidates) {
		try {
			return new Uint8Array(await readFile(file));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	throw new Error(
		`Image "${name}" of filing "${filingId}" is listed in content/filings/${filingId}.yaml but missing from ${candidates.join(' and ')}. Re-run \`npm run ingest\` on the original file.`,
	);
}
