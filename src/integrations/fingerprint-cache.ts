/**
 * What a build step reads out of each built page, kept between builds under Astro's cache
 * folder by the page's fingerprint (src/integrations/folder-files.ts): a page Astro kept as it
 * was (src/integrations/stale-output.ts) is not read again. Used for the search index's page
 * digests (src/integrations/pagefind.ts) and `_headers`' inline code hashes
 * (src/integrations/deploy-files.ts).
 *
 * The cache holds the `code` it was made by (a digest of the code that reads the pages), so
 * new code reads every page; a cache missing or unreadable means every page is read.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprints } from './folder-files.ts';

/** Pages read at once: enough to keep the disk busy, few enough for memory. */
const READ_AHEAD = 32;

/**
 * A digest of source files — their names and bytes, in sorted order — for the `code` a cache is
 * kept under, so that changed code reads every page again.
 */
export async function sourceDigest(files: readonly string[]): Promise<string> {
	const hash = createHash('sha256');
	for (const file of [...files].sort()) hash.update(`${path.basename(file)}\n`).update(await readFile(file));
	return hash.digest('base64url');
}

interface CacheFile<T> {
	code: string;
	files: Record<string, { fingerprint: string; value: T }>;
}

async function readCache<T>(cacheFile: string, code: string): Promise<CacheFile<T>['files']> {
	try {
		const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as Partial<CacheFile<T>>;
		return cache.code === code && typeof cache.files === 'object' && cache.files !== null ? cache.files : {};
	} catch {
		return {};
	}
}

/**
 * `read(file)` for every file of `files` (relative to `root`), except where `cacheFile` holds
 * the value for the fingerprint the file still has; then `cacheFile` holds this build's values.
 * Without `cacheFile`, every file is read. Values are in the order of `files`.
 */
export async function readThroughCache<T>(
	root: string,
	files: readonly string[],
	read: (file: string) => Promise<T>,
	{ cacheFile, code }: { cacheFile?: string; code: string },
): Promise<Map<string, T>> {
	const cached = cacheFile === undefined ? {} : await readCache<T>(cacheFile, code);
	const now = await fingerprints(root, files);
	const next: CacheFile<T>['files'] = {};
	for (let i = 0; i < files.length; i += READ_AHEAD) {
		const batch = files.slice(i, i + READ_AHEAD);
		const entries = await Promise.all(
			batch.map(async (file) => {
				const fingerprint = now.get(file);
				if (fingerprint === undefined) {
					throw new Error(`${path.join(root, file)} went missing while the build read it. Run the build again.`);
				}
				const known = cached[file];
				return known?.fingerprint === fingerprint ? known : { fingerprint, value: await read(file) };
			}),
		);
		batch.forEach((file, n) => (next[file] = entries[n]!));
	}
	if (cacheFile !== undefined) {
		await mkdir(path.dirname(cacheFile), { recursive: true });
		await writeFile(cacheFile, JSON.stringify({ code, files: next } satisfies CacheFile<T>));
	}
	return new Map(files.map((file) => [file, next[file]!.value]));
}
