/**
 * Content loader for Markdown files whose body is rendered later, at page time
 * (src/data/markdown-bodies.ts): it stores each file's validated front matter, its path and a
 * digest, and neither its body nor its HTML. Like Astro's `glob()` loader otherwise — ids from
 * the path, unchanged files (same digest) skipped, deleted files dropped — so Astro's data
 * store stays small however many exhibits there are (docs/scaling.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { SourceError } from '../lib/source-error.ts';

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
		load: async ({ store, parseData, generateDigest, config, logger }) => {
			const root = fileURLToPath(config.root);
			const files = await entryFiles(options.base, options.include);
			if (files.length === 0) logger.info(`No entries in ${path.relative(root, options.base) || '.'}.`);
			const untouched = new Set(store.keys());
			for (const file of files) {
				const absolute = path.join(options.base, file);
				const contents = await readFile(absolute, 'utf8');
				const id = options.generateId(file);
				untouched.delete(id);
				const digest = generateDigest(contents);
				const filePath = path.relative(root, absolute).split(path.sep).join('/');
				if (store.get(id)?.digest === digest) continue;
				const data = await parseData({ id, data: frontMatterOf(contents, filePath), filePath: absolute });
				store.set({ id, data, filePath, digest });
			}
			for (const id of untouched) store.delete(id);
		},
	};
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
