/**
 * The file-system side of ingest: read the corpus under content/, write entry files
 * atomically and only when their bytes change. Kept apart from the pure steps so those are
 * tested without a disk.
 */
import { randomBytes } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { filingSchema } from '../../../src/schemas/filing.ts';
import { instrumentSchema } from '../../../src/schemas/instrument.ts';
import { partySchema } from '../../../src/schemas/party.ts';
import { CorpusIndex } from '../../../src/lib/ingest/corpus-index.ts';
import { detached } from '../../../src/lib/ingest/detached.ts';
import { toYamlFile } from '../../../src/lib/ingest/serialise.ts';

export type WriteOutcome = 'added' | 'updated' | 'unchanged';

/** Paths of every generated file, relative to the content folder. Ids are validated slugs. */
export const contentPaths = {
	source: (filingId: string) => path.join('sources', `${filingId}.txt`),
	filing: (filingId: string) => path.join('filings', `${filingId}.yaml`),
	exhibitDir: (filingId: string) => path.join('exhibits', filingId),
	/** Markdown (`.md`): Astro renders it once during content sync instead of bundling a module per file. */
	exhibit: (filingId: string, slug: string) => path.join('exhibits', filingId, `${slug}.md`),
	/** An image an exhibit body shows; `name` must come from safeFileName (exhibit-documents.ts). */
	exhibitImage: (filingId: string, name: string) => path.join('exhibits', filingId, name),
	documentDir: (filingId: string) => path.join('documents', filingId),
	document: (filingId: string) => path.join('documents', filingId, 'document.md'),
	documentImage: (filingId: string, name: string) => path.join('documents', filingId, name),
	party: (id: string) => path.join('parties', `${id}.yaml`),
	instrument: (id: string) => path.join('instruments', `${id}.yaml`),
};

/**
 * Read filings, parties and instruments under `dir` into an index, in file-name order; a
 * missing folder is an empty collection. Entries are added one by one as they are read, so a
 * filing's text is not kept (the index keeps only its stamp).
 */
export async function loadCorpus(dir: string): Promise<CorpusIndex> {
	const corpus = new CorpusIndex();
	await loadCollection(dir, 'filings', filingSchema, 'filing', (filing) => corpus.filings.add(filing));
	await loadCollection(dir, 'parties', partySchema, 'party', (party) => corpus.parties.add(party));
	await loadCollection(dir, 'instruments', instrumentSchema, 'instrument', (instrument) =>
		corpus.instruments.add(instrument),
	);
	return corpus;
}

/**
 * Each `.yaml` entry of `dir/folder`, validated by `schema`, in file-name order, with the file's
 * text (its generated header names the source); an invalid one throws, naming the file.
 */
export async function loadCollection<T>(
	dir: string,
	folder: string,
	schema: ZodType<T>,
	what: string,
	add: (entry: T, text: string) => void,
): Promise<void> {
	const names = await readdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
		const file = path.join(dir, folder, name);
		let text: string;
		let data: unknown;
		try {
			text = await readFile(file, 'utf8');
			data = parseYaml(text);
		} catch (cause) {
			throw new Error(
				`${file} is not valid YAML: ${(cause as Error).message}. Fix the file or delete it and re-run ingest.`,
				{ cause },
			);
		}
		const result = schema.safeParse(data);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(
				`${file} is not a valid ${what} entry: ${issue?.path.join('.') || '(root)'}: ${issue?.message}. Fix the file or delete it and re-run ingest.`,
			);
		}
		add(result.data, text);
	}
}

/**
 * Write `content` to `file` unless it already holds exactly those bytes. Atomic: a temporary
 * file in the same folder is renamed over the target, so a reader or a crash never sees half
 * a file.
 */
export async function writeIfChanged(file: string, content: string | Uint8Array): Promise<WriteOutcome> {
	const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
	const current = await readFile(file).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return undefined;
		throw error;
	});
	if (current?.equals(bytes)) return 'unchanged';
	await mkdir(path.dirname(file), { recursive: true });
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	return current ? 'updated' : 'added';
}

/**
 * Generated files in `dir` whose names are not in `keep` (exhibits a re-ingested filing no
 * longer lists, `.mdx` files an earlier version wrote), optionally only those `consider` accepts.
 */
export async function staleFiles(
	dir: string,
	keep: ReadonlySet<string>,
	isGenerated: (text: string) => boolean,
	consider: (name: string) => boolean = () => true,
): Promise<string[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	const stale: string[] = [];
	for (const name of names) {
		if (keep.has(name) || name.startsWith('.') || !consider(name)) continue;
		const file = path.join(dir, name);
		if (isGenerated(await readFile(file, 'utf8'))) stale.push(file);
	}
	return stale;
}

/**
 * Parties and instruments are shared by many filings. Written with each filing, a trustee named
 * in 5,000 filings was rewritten 5,000 times (its header names the latest source, its aliases
 * grow), and a re-run rewrote it again on its way back to the same final bytes. Here each is
 * written once, in its final state, by `flush` at the end of the run; one the content folder
 * lacks is also written when first seen, so that if the run is interrupted no filing already
 * written names an entry that is missing.
 */
export class SharedEntryWriter {
	/** File → the latest state of the entry and the source its header names. */
	#latest = new Map<string, { data: unknown; source: string }>();
	/** Files this run created: counted as added, once, whatever the final write finds. */
	#created = new Set<string>();

	/** Record the state of the entry at `file` after a filing from `source`. */
	async note(file: string, data: unknown, source: string): Promise<void> {
		const firstSeen = !this.#latest.has(file);
		this.#latest.set(file, detached({ data, source }));
		if (firstSeen && !(await exists(file))) {
			await writeIfChanged(file, toYamlFile(data, source));
			this.#created.add(file);
		}
	}

	/** Write every entry noted, once; `count` gets one outcome per file. */
	async flush(count: (outcome: WriteOutcome) => void): Promise<void> {
		for (const [file, { data, source }] of this.#latest) {
			const outcome = await writeIfChanged(file, toYamlFile(data, source));
			count(this.#created.has(file) ? 'added' : outcome);
		}
		this.#latest.clear();
		this.#created.clear();
	}
}

const exists = (file: string) =>
	access(file).then(
		() => true,
		() => false,
	);
