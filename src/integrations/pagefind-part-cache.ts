/**
 * The search index parts of the previous builds, kept under Astro's cache folder
 * (`{cacheDir}/search-index/{part}/`), so a rebuild indexes again only the parts whose pages
 * changed (src/lib/search/index-parts.ts says how pages are split).
 *
 * A cached part is what the Pagefind step wrote for it — its `pagefind/` folder, its passages
 * (`search-text/`, src/integrations/pagefind-passages.ts) and its pages' page-set records
 * (src/integrations/pagefind-page-sets.ts, kept in the cache only) — and a manifest with its
 * key: a hash of every page of the part (its path and what Pagefind reads of it), where it is
 * published, and the indexer (Pagefind's version, the options, the source of the indexing
 * code). Pagefind writes the same files for the same pages, so a part whose key matches is the
 * part a clean build would write. Anything else — a page's indexed text changed, a page added
 * or removed, another Pagefind, other code, a cached file changed or missing — and the part is
 * indexed again, never served stale.
 *
 * Files are installed into dist/ as hard links (copies where the file system has none); the
 * manifest records each file's size and modification time, so a file edited in place
 * through its link in dist/ no longer matches and its part is indexed again.
 */
import { createHash } from 'node:crypto';
import {
	copyFile,
	link,
	mkdir,
	mkdtemp,
	readdir,
	readFile,
	rename,
	rm,
	stat,
	unlink,
	writeFile,
} from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { indexedView, marksBody } from '../lib/search/indexed-html.ts';
import { PASSAGES_FOLDER } from '../lib/search/passages.ts';
import { filesUnder } from './folder-files.ts';

/** Bump when the layout of a cached part changes. */
const CACHE_FORMAT = 1;

/** Files checked at once. */
const READ_AHEAD = 32;

interface CachedFile {
	/** Relative to the part's folder: `pagefind/…` or `search-text/…`. */
	path: string;
	bytes: number;
	mtimeMs: number;
}

interface PartManifest {
	key: string;
	files: CachedFile[];
}

/** The folder holding the cached parts. */
export const partCacheRoot = (cacheDir: string) => path.join(cacheDir, 'search-index');

/** What a part's key needs of a page. */
export interface PageDigest {
	/** sha256 of what Pagefind reads of the page (src/lib/search/indexed-html.ts). */
	digest: string;
	/** Whether the page marks its body for Pagefind (`marksBody`). */
	body: boolean;
}

/**
 * A page's digest, for part keys: over what Pagefind reads of it, so a change only to text the
 * index leaves out — a related exhibit added — keeps its part.
 */
export function pageDigest(bytes: Buffer): PageDigest {
	const view = indexedView(bytes.toString('utf8'));
	return { digest: createHash('sha256').update(view).digest('base64url'), body: marksBody(view) };
}

/**
 * The key of a part: the pages Pagefind indexes of it and what it reads of them, where it is
 * published, and what indexes it. Where some page of the part marks its body, Pagefind drops
 * the pages that do not (the lists: /filings/, /parties/…), so they are left out of the key and
 * a new filing's line in them does not send the hub part to be indexed again.
 */
export function partKey(
	pages: readonly string[],
	digests: ReadonlyMap<string, PageDigest>,
	output: string,
	indexer: string,
): string {
	const withBody = pages.filter((page) => digests.get(page)?.body);
	const hash = createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, indexer, output }));
	for (const page of withBody.length > 0 ? withBody : pages) hash.update(`\n${page}\t${digests.get(page)?.digest}`);
	return hash.digest('base64url');
}

async function readManifest(folder: string): Promise<PartManifest | undefined> {
	try {
		return JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as PartManifest;
	} catch {
		return undefined;
	}
}

/** The stats of every file the manifest lists, in its order, when each is there as it was written; else undefined. */
async function intact(folder: string, manifest: PartManifest): Promise<Stats[] | undefined> {
	const all: Stats[] = [];
	for (let i = 0; i < manifest.files.length; i += READ_AHEAD) {
		const batch = manifest.files.slice(i, i + READ_AHEAD);
		const stats = await Promise.all(batch.map((file) => stat(path.join(folder, file.path)).catch(() => undefined)));
		for (const [n, file] of batch.entries()) {
			const found = stats[n];
			if (found?.size !== file.bytes || found.mtimeMs !== file.mtimeMs) return undefined;
			all.push(found);
		}
	}
	return all;
}

/** Link `from` (whose stats are `source`) at `to`, or copy it where the file system cannot link. */
async function linkOrCopy(from: string, source: Stats, to: string): Promise<void> {
	const target = await stat(to).catch(() => undefined);
	// Already this very file: the previous build installed it into the same dist/ (src/integrations/stale-output.ts).
	if (target?.ino === source.ino && target.dev === source.dev) return;
	await mkdir(path.dirname(to), { recursive: true });
	try {
		await link(from, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		// The same passage from two parts (two pages of identical text): the same bytes.
		if (code === 'EEXIST') {
			await unlink(to);
			await link(from, to).catch(() => copyFile(from, to));
		} else await copyFile(from, to);
	}
}

/**
 * Install the cached part `name` into `siteDir` (its index at `output`, its passages under
 * `search-text/`) if its key is `key` and its files are intact. Returns the files installed
 * (relative to `siteDir`, with `/` separators), or undefined when the part is not in the cache.
 */
export async function restorePart(
	cacheDir: string,
	name: string,
	key: string,
	siteDir: string,
	output: string,
): Promise<string[] | undefined> {
	const folder = path.join(partCacheRoot(cacheDir), name);
	const manifest = await readManifest(folder);
	const stats = manifest?.key === key ? await intact(folder, manifest) : undefined;
	if (!manifest || !stats) return undefined;
	// The index and its passages are published; the part's other files (its page-set records) stay in the cache.
	const published = manifest.files.flatMap((file, n) => {
		const [top, ...rest] = file.path.split('/');
		if (top === 'pagefind')
			return [{ file, stats: stats[n]!, at: path.posix.join(output.split(path.sep).join('/'), ...rest) }];
		return top === PASSAGES_FOLDER ? [{ file, stats: stats[n]!, at: file.path }] : [];
	});
	for (let i = 0; i < published.length; i += READ_AHEAD) {
		await Promise.all(
			published
				.slice(i, i + READ_AHEAD)
				.map(({ file, stats: source, at }) => linkOrCopy(path.join(folder, file.path), source, path.join(siteDir, at))),
		);
	}
	return published.map(({ at }) => at);
}

/** A file the cached part `name` keeps beside what it publishes (valid once `restorePart` has found the part intact). */
export const cachedPartFile = (cacheDir: string, name: string, file: string) =>
	path.join(partCacheRoot(cacheDir), name, file);

/** A fresh folder to index part `name` into; `storePart` makes it the cached part. */
export async function stagingFolder(cacheDir: string, name: string): Promise<string> {
	await mkdir(partCacheRoot(cacheDir), { recursive: true });
	return mkdtemp(path.join(partCacheRoot(cacheDir), `.${name}.indexing-`));
}

/** Make `staging` (holding `pagefind/` and maybe `search-text/`) the cached part `name`, under `key`. */
export async function storePart(cacheDir: string, name: string, key: string, staging: string): Promise<void> {
	const files: CachedFile[] = [];
	for (const file of await filesUnder(staging)) {
		const { size, mtimeMs } = await stat(path.join(staging, file));
		files.push({ path: file, bytes: size, mtimeMs });
	}
	await writeFile(path.join(staging, 'manifest.json'), JSON.stringify({ key, files } satisfies PartManifest));
	const folder = path.join(partCacheRoot(cacheDir), name);
	await rm(folder, { recursive: true, force: true });
	await rename(staging, folder);
}

/** Remove cached parts the site no longer has, and folders of indexing that never finished. */
export async function pruneParts(cacheDir: string, keep: readonly string[]): Promise<void> {
	const entries = await readdir(partCacheRoot(cacheDir)).catch(() => []);
	for (const entry of entries) {
		if (!keep.includes(entry)) await rm(path.join(partCacheRoot(cacheDir), entry), { recursive: true, force: true });
	}
}
