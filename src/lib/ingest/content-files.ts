/**
 * The file-system side of ingest: read the corpus under content/, write entry files
 * atomically and only when their bytes change. Kept apart from the pure steps so those are
 * tested without a disk.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'astro/zod';
import { filingSchema } from '../../schemas/filing.ts';
import { instrumentSchema } from '../../schemas/instrument.ts';
import { partySchema } from '../../schemas/party.ts';
import type { Corpus } from './corpus.ts';

export type WriteOutcome = 'added' | 'updated' | 'unchanged';

/** Paths of every generated file, relative to the content folder. Ids are validated slugs. */
export const contentPaths = {
	source: (filingId: string) => path.join('sources', `${filingId}.txt`),
	filing: (filingId: string) => path.join('filings', `${filingId}.yaml`),
	exhibitDir: (filingId: string) => path.join('exhibits', filingId),
	exhibit: (filingId: string, slug: string) => path.join('exhibits', filingId, `${slug}.mdx`),
	/** An image an exhibit body shows; `name` must come from safeFileName (exhibit-documents.ts). */
	exhibitImage: (filingId: string, name: string) => path.join('exhibits', filingId, name),
	documentDir: (filingId: string) => path.join('documents', filingId),
	document: (filingId: string) => path.join('documents', filingId, 'document.mdx'),
	documentImage: (filingId: string, name: string) => path.join('documents', filingId, name),
	party: (id: string) => path.join('parties', `${id}.yaml`),
	instrument: (id: string) => path.join('instruments', `${id}.yaml`),
};

/** Read filings, parties and instruments under `dir`; a missing folder is an empty collection. */
export async function loadCorpus(dir: string): Promise<Corpus> {
	return {
		filings: await loadCollection(dir, 'filings', filingSchema, 'filing'),
		parties: await loadCollection(dir, 'parties', partySchema, 'party'),
		instruments: await loadCollection(dir, 'instruments', instrumentSchema, 'instrument'),
	};
}

async function loadCollection<T>(dir: string, folder: string, schema: ZodType<T>, what: string): Promise<T[]> {
	const names = await readdir(path.join(dir, folder)).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const entries: T[] = [];
	for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
		const file = path.join(dir, folder, name);
		let data: unknown;
		try {
			data = parseYaml(await readFile(file, 'utf8'));
		} catch (cause) {
			throw new Error(`${file} is not valid YAML: ${(cause as Error).message}. Fix the file or delete it and re-run ingest.`, { cause });
		}
		const result = schema.safeParse(data);
		if (!result.success) {
			const issue = result.error.issues[0];
			throw new Error(`${file} is not a valid ${what} entry: ${issue?.path.join('.') || '(root)'}: ${issue?.message}. Fix the file or delete it and re-run ingest.`);
		}
		entries.push(result.data);
	}
	return entries;
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

/** Generated files in `dir` whose names are not in `keep` (exhibits a re-ingested filing no longer lists). */
export async function staleFiles(dir: string, keep: ReadonlySet<string>, isGenerated: (text: string) => boolean): Promise<string[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	const stale: string[] = [];
	for (const name of names) {
		if (keep.has(name) || name.startsWith('.')) continue;
		const file = path.join(dir, name);
		if (isGenerated(await readFile(file, 'utf8'))) stale.push(file);
	}
	return stale;
}
