/**
 * Raw sources as filed live in `{content}/sources/{filingId}.txt` (written by ingest). They are
 * published byte for byte at /filings/{id}/source.txt so readers can check the sha256.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './content-dir.ts';

export async function readFilingSource(filingId: string): Promise<Uint8Array<ArrayBuffer>> {
	const file = path.join(contentDir(), 'sources', `${filingId}.txt`);
	try {
		return new Uint8Array(await readFile(file));
	} catch (cause) {
		throw new Error(
			`The raw source of filing "${filingId}" is missing: ${file}. Re-run \`npm run ingest\` on the original file.`,
			{ cause },
		);
	}
}
