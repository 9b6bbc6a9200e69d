/**
 * Content loader for Markdown files whose body is rendered later, at page time
 * (src/data/markdown-bodies.ts): it stores each file's validated front matter, its path and a
 * digest, and neither its body nor its HTML. Like Astro's `glob()` loader otherwise — ids from
 * the path, unchanged files (same digest) skipped, deleted files dropped — so Astro's data
 * store stays small however many exhibits there are (docs/scaling.md). Unlike it, a file whose
 * fingerprint (inode, size, times) is the one it had when last read is not read at all.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { SourceError } from '../lib/source-error.ts';
import { fileFingerprint } from '../integrations/folder-files.ts';

/** The loader's meta key for the fingerprints of the files it read (src/integrations/folder-files.ts). */
const FINGERPRINTS = 'file-fingerprints';

export interface MarkdownFrontMatterOptions {
	/** Folder of the collection, absolute: its files sit one folder down (`{filingId}/ex-4-1.md`). */
	base: string;
	/** Which of those files are entries, by their path relative to `base` (`/` separators). */
	include: RegExp;
	/** Entry id from the path relative to `base`. */
	generateId: (relativePath: string) => string;
}

export function markdownFrontMatter(options: MarkdownFrontMatterOptions): Loader {
	return {
		name: 'filed-herewith:markdown-front-matter',
		load: async ({ store, meta, parseData, generateDigest, config, logger }) => {
			const root = fileURLToPath(config.root);
			const files = await entryFiles(options.base, options.include);
			if (files.length === 0) logger.info(`No entries in ${path.relative(root, options.base) || '.'}.`);
			const untouched = new Set(store.keys());
			// The fingerprint each entry's file had when it was last read: a file that still has it
			// is not read again (every exhibit and document was, on every build: 12,000 files at
			// 10,000 exhibits).
			const seen = readFingerprints(meta.get(FINGERPRINTS));
			const fingerprints = new Map<string, string>();
			for (const file of files) {
				const absolute = path.join(options.base, file);
				const id = options.generateId(file);
				untouched.delete(id);
				const fingerprint = fileFingerprint(await stat(absolute));
				fingerprints.set(id, fingerprint);
				if (store.has(id) && seen.get(id) === fingerprint) continue;
				const contents = await readFile(absolute, 'utf8');
				const digest = generateDigest(contents);
				const filePath = path.relative(root, absolute).split(path.sep).join('/');
				if (store.get(id)?.digest === digest) continue;
				const data = await parseData({ id, data: frontMatterOf(contents, filePath), filePath: absolute });
				store.set({ id, data, filePath, digest });
			}
			for (const id of untouched) store.delete(id);
			meta.set(FINGERPRINTS, JSON.stringify([...fingerprints]));
		},
	};
}

/** The fingerprints a previous load kept, by entry id; none when there are none or they are unreadable. */
function readFingerprints(json: string | undefined): Map<string, string> {
	try {
		return new Map(JSON.parse(json ?? '[]') as [string, string][]);
	} catch {
		return new Map();
	}
}

/** Files one folder below `base` matching `include`, sorted; none when `base` does not exist. */
async function entryFiles(base: string, include: RegExp): Promise<string[]> {
	let folders;
	try {
		folders = await readdir(base, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	const files: string[] = [];
	for (const folder of folders) {
		if (!folder.isDirectory()) continue;
		for (const name of await readdir(path.join(base, folder.name))) {
			const file = `${folder.name}/${name}`;
			if (include.test(file)) files.push(file);
		}
	}
	return files.sort();
}

function frontMatterOf(contents: string, filePath: string): Record<string, unknown> {
	try {
		return parseFrontmatter(contents).frontmatter;
	} catch (error) {
		const mark = (error as { mark?: { line?: number } }).mark;
		const line = mark?.line === undefined ? undefined : mark.line + 1;
		const problem = `the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`;
		throw new SourceError(
			filePath,
			line,
			problem,
			'Fix the YAML between the --- lines, or re-run ingest on the filing.',
		);
	}
}
