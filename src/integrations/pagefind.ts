/**
 * Astro integration: after the build, index the written HTML with Pagefind's Node API.
 * The adapter turns Pagefind's `errors: []` responses into thrown errors and always closes
 * the Pagefind service (an open service keeps the build process alive).
 *
 * A site of more than PAGEFIND_MAX_PAGES pages (default 40,000) is indexed in parts, one
 * after another, so Pagefind's memory peaks at one part's (src/lib/search/index-parts.ts).
 * Then the text of long pages moves out of Pagefind's fragments into passages
 * (src/integrations/pagefind-passages.ts), so a result costs a few kB, not its whole exhibit.
 */
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { DEFAULT_MAX_PAGES_PER_INDEX, indexPartName, partitionPages } from '../lib/search/index-parts.ts';
import { withShardIndexes } from '../lib/search/shard-layout.ts';
import { writePassages } from './pagefind-passages.ts';

/** Throw when a Pagefind response carries errors, naming the step that failed. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) {
		throw new Error(
			`Pagefind failed to ${step}: ${response.errors.join('; ')}. Check the built HTML in dist/ and the Pagefind version.`,
		);
	}
	return response;
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
	const { index } = check('create an index', await pagefind.createIndex({ forceLanguage: 'en' }));
	if (!index) throw new Error('Pagefind returned no index. Reinstall the pagefind package (npm ci).');
	return index;
}

/** Every HTML file under `siteDir`, relative to it, with `/` separators. */
async function htmlPages(siteDir: string): Promise<string[]> {
	const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/**
 * A folder beside `siteDir` holding `pages` (site-relative) at the same paths, as hard links
 * (copies where the file system has none).
 */
async function linkPages(siteDir: string, pages: readonly string[]): Promise<string> {
	const folder = await mkdtemp(`${siteDir.replace(/[\\/]+$/, '')}.pagefind-part-`);
	for (const page of pages) {
		const target = path.join(folder, page);
		await mkdir(path.dirname(target), { recursive: true });
		await link(path.join(siteDir, page), target).catch(() => copyFile(path.join(siteDir, page), target));
	}
	return folder;
}

/**
 * Index every HTML page under `siteDir` and write `pagefind/` into it (plus one index per
 * further part, listed in search/index.html). Returns the page count and the number of parts.
 */
export async function buildSearchIndex(
	siteDir: string,
	maxPages = DEFAULT_MAX_PAGES_PER_INDEX,
): Promise<{ pages: number; parts: number }> {
	try {
		const parts = partitionPages(await htmlPages(siteDir), maxPages);
		if (parts.length === 1) {
			const index = await createIndex();
			const { page_count } = check('index the site', await index.addDirectory({ path: siteDir }));
			check('write the index', await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') }));
			await writePassages(siteDir, path.join(siteDir, 'pagefind'));
			return { pages: page_count, parts: 1 };
		}
		let pages = 0;
		for (const [n, part] of parts.entries()) {
			const index = await createIndex();
			// Pagefind reads a folder far faster than it takes pages one by one from Node, so each
			// part is a folder of hard links to its pages, laid out as in the site (URLs follow).
			const folder = await linkPages(siteDir, part);
			try {
				pages += check(`index part ${n + 1}`, await index.addDirectory({ path: folder })).page_count;
			} finally {
				await rm(folder, { recursive: true, force: true });
			}
			const output =
				n === 0 ? path.join(siteDir, 'pagefind') : path.join(siteDir, '_shards', indexPartName(n), 'pagefind');
			check('write the index', await index.writeFiles({ outputPath: output }));
			await index.deleteIndex();
			await writePassages(siteDir, output);
		}
		const searchPage = path.join(siteDir, 'search', 'index.html');
		await writeFile(
			searchPage,
			withShardIndexes(
				await readFile(searchPage, 'utf8'),
				parts.slice(1).map((_, i) => indexPartName(i + 1)),
			),
		);
		return { pages, parts: parts.length };
	} finally {
		await pagefind.close();
	}
}

/** PAGEFIND_MAX_PAGES from the environment, else the default. */
function maxPagesFromEnv(): number {
	const value = process.env.PAGEFIND_MAX_PAGES;
	return value === undefined || value === '' ? DEFAULT_MAX_PAGES_PER_INDEX : Number(value);
}

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'filed-herewith:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { pages, parts } = await buildSearchIndex(fileURLToPath(dir), maxPagesFromEnv());
				logger.info(
					parts === 1
						? `Pagefind indexed ${pages} pages.`
						: `Pagefind indexed ${pages} pages in ${parts} indexes of at most ${maxPagesFromEnv()} pages.`,
				);
			},
		},
	};
}
