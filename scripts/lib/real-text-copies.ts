/**
 * A bench corpus of real text: the real submissions of tests/fixtures/samples and the seed,
 * written `copies` times into a folder of raw files, every copy after the first under new
 * accession numbers, so ingest makes a filing and its exhibit pages of each (`npm run bench:search -- --real-copies N`, docs/search-scaling.md).
 * Deterministic: the same copies give the same bytes.
 *
 * Copy 0 is the files as they are. Copy k ≥ 1 is each submission that carries an accession
 * number (`0001011438-98-000429`) with every occurrence of it, dashed or not, replaced by the
 * same filer prefix and year with the sequence `9{kk}{sss}` (k the copy, s the file's place):
 * no real sample's sequence starts with 9, so no copy meets an original. Bare primary
 * documents without a header (their filing id is a slug of registrant, form and date) are
 * only in copy 0, since a copy of them would be the same filing.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The folders of real submissions copied, relative to the repository. */
export const REAL_TEXT_SOURCES = ['tests/fixtures/seed', 'tests/fixtures/samples'];

/** Copies numbered by two digits in the accession's sequence. */
export const MAX_COPIES = 99;

const ACCESSION = /\b(\d{10})-(\d{2})-(\d{6})\b/;
const SUBMISSION_FILE = /\.(txt|nc|htm|html)$/i;

/** The accession number a raw submission declares, if any (header, `<SEC-DOCUMENT>` or `<ACCESSION-NUMBER>`). */
function declaredAccession(text: string): string | undefined {
	const head = text.slice(0, 4000);
	const declared = /(?:ACCESSION NUMBER:\s*|<ACCESSION-NUMBER>\s*|<SEC-DOCUMENT>\s*)(\d{10}-\d{2}-\d{6})/.exec(head);
	return declared?.[1];
}

/** `accession` with its sequence replaced for copy `copy` of file number `file`. */
export function copiedAccession(accession: string, copy: number, file: number): string {
	const [, filer, year] = ACCESSION.exec(accession)!;
	return `${filer}-${year}-9${String(copy).padStart(2, '0')}${String(file).padStart(3, '0')}`;
}

/** Write `copies` copies of the real submissions into `outDir`; returns the files written. */
export async function writeRealTextCopies(repoRoot: string, outDir: string, copies: number): Promise<number> {
	if (copies > MAX_COPIES) throw new Error(`At most ${MAX_COPIES} copies of the real submissions, got ${copies}.`);
	const files: string[] = [];
	for (const source of REAL_TEXT_SOURCES) {
		const names = (await readdir(path.join(repoRoot, source))).filter((n) => SUBMISSION_FILE.test(n)).sort();
		files.push(...names.map((n) => path.join(repoRoot, source, n)));
	}
	await mkdir(outDir, { recursive: true });
	let written = 0;
	for (const [i, file] of files.entries()) {
		const text = await readFile(file, 'latin1');
		const name = path.basename(file);
		await writeFile(path.join(outDir, `c00-${name}`), text, 'latin1');
		written++;
		const accession = declaredAccession(text);
		if (!accession) continue;
		for (let copy = 1; copy < copies; copy++) {
			const renamed = copiedAccession(accession, copy, i);
			const copied = text
				.replaceAll(accession, renamed)
				.replaceAll(accession.replaceAll('-', ''), renamed.replaceAll('-', ''));
			await writeFile(path.join(outDir, `c${String(copy).padStart(2, '0')}-${name}`), copied, 'latin1');
			written++;
		}
	}
	return written;
}
