/**
 * The CLI's arguments → the filings to ingest. Folders are expanded (recursively, sorted,
 * so a run's order never depends on the file system), and bare documents saved as siblings
 * (`x_primary.htm` + `x_EX-99.1.htm`) are grouped into one filing.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { groupSiblingFiles } from '../../../src/lib/edgar/siblings.ts';

/** One filing to ingest: its main file, and the exhibit files saved beside it. */
export interface IngestInput {
	/** The submission, or the bare primary document; its bytes become the published source. */
	file: string;
	/** Exhibit documents saved as separate files (bare `.htm`/`.txt`), with the type their name gives. */
	siblings: { file: string; type: string }[];
}

/** What a folder contributes: files EDGAR serves or feeds. Anything else (README.md, .DS_Store) is skipped. */
const FILING_FILE = /\.(?:txt|nc|htm|html|sgml?|pem)$/i;

/** Files named directly are taken as given; unreadable paths come back in `missing` for the summary. */
export async function expandInputs(
	args: readonly string[],
): Promise<{ inputs: IngestInput[]; missing: { path: string; error: Error }[] }> {
	const files: string[] = [];
	const missing: { path: string; error: Error }[] = [];
	for (const arg of args) {
		try {
			const info = await stat(arg);
			if (info.isDirectory()) files.push(...(await filesUnder(arg)));
			else files.push(arg);
		} catch (error) {
			missing.push({ path: arg, error: error as Error });
		}
	}
	const unique = [...new Set(files)];
	const inputs = groupSiblingFiles(unique).flatMap((group): IngestInput[] => {
		// Exhibit files whose primary document was not given are ingested on their own.
		if (group.primary === undefined) return group.exhibits.map((exhibit) => ({ file: exhibit.path, siblings: [] }));
		return [
			{ file: group.primary, siblings: group.exhibits.map((exhibit) => ({ file: exhibit.path, type: exhibit.type })) },
		];
	});
	return { inputs, missing };
}

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		if (entry.name.startsWith('.')) continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) files.push(...(await filesUnder(full)));
		else if (entry.isFile() && FILING_FILE.test(entry.name)) files.push(full);
	}
	return files;
}
