/**
 * Listing, fingerprinting and deleting files, for the build steps that keep dist/ between
 * builds (src/integrations/stale-output.ts, src/integrations/pagefind.ts), the search part
 * cache (src/integrations/pagefind-part-cache.ts), the steps that read the whole built site
 * (src/integrations/built-site-files.ts, src/integrations/deploy-files.ts) and the content
 * loader that skips unchanged files without reading them (src/loaders/markdown-front-matter.ts).
 */
import type { Stats } from 'node:fs';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Files stat-ed or deleted at once. */
const BATCH = 64;

/**
 * What a file is on disk, short of reading it: its inode, size, and modification and change
 * times. Any write, replacement or touch changes one of them (the change time cannot be set
 * back), so an unchanged fingerprint means an unchanged file.
 */
export const fileFingerprint = (s: Pick<Stats, 'ino' | 'size' | 'mtimeMs' | 'ctimeMs'>) =>
	`${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

/** The fingerprints of those of `files` (relative to `root`) that exist. */
export async function fingerprints(root: string, files: readonly string[]): Promise<Map<string, string>> {
	const found = new Map<string, string>();
	for (let i = 0; i < files.length; i += BATCH) {
		const batch = files.slice(i, i + BATCH);
		const stats = await Promise.all(batch.map((file) => stat(path.join(root, file)).catch(() => undefined)));
		batch.forEach((file, n) => {
			if (stats[n]) found.set(file, fileFingerprint(stats[n]));
		});
	}
	return found;
}

/**
 * Every file under `root`, relative to it with `/` separators, sorted; none when `root` does
 * not exist. The top-level folders (or files) `except` are left out, unread: the search index's
 * folders hold most of a large site's files (230,000 at 10,000 real-size exhibits, 2.3 s to list).
 */
export async function filesUnder(root: string, except: readonly string[] = []): Promise<string[]> {
	const top = await readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const left = new Set(except);
	const files: string[] = [];
	for (const entry of top) {
		if (left.has(entry.name)) continue;
		if (entry.isFile()) files.push(entry.name);
		if (!entry.isDirectory()) continue;
		for (const inner of await readdir(path.join(root, entry.name), { recursive: true, withFileTypes: true })) {
			if (inner.isFile())
				files.push(path.relative(root, path.join(inner.parentPath, inner.name)).split(path.sep).join('/'));
		}
	}
	return files.sort();
}

/**
 * Delete `files` (relative to `root`), then every folder under `root` those deletions left
 * empty. Returns how many files were deleted.
 */
export async function deleteFiles(root: string, files: readonly string[]): Promise<number> {
	for (let i = 0; i < files.length; i += BATCH) {
		await Promise.all(files.slice(i, i + BATCH).map((file) => rm(path.join(root, file), { force: true })));
	}
	const folders = new Set<string>();
	for (const file of files) {
		for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
	}
	// Deepest first, so a folder is tried after the folders inside it.
	for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
		await rmdir(path.join(root, dir)).catch(() => undefined); // not empty: it holds a file still wanted
	}
	return files.length;
}
