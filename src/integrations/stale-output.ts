/**
 * Astro integration: build into the dist/ of the previous build instead of emptying it, then
 * delete what this build did not write.
 *
 * Why: Astro empties dist/ before a build (tens of thousands of files at 10,000 exhibits:
 * 13–57 s of a rebuild, docs/search-scaling.md "Incremental") and then copies back from its
 * cache every page `experimental.incrementalBuild` reuses. Kept, a reused page stays where it
 * is (Astro's "(cached)"), and the search index parts stay linked (src/integrations/pagefind.ts
 * installs only what changed).
 *
 * What is stale: a file that was in dist/ when the build started and is still there, unchanged
 * (the same `fileFingerprint`), but is no page of this build — a page
 * whose filing was withdrawn, a bundle of the previous code, a redirect page of last time.
 * Everything the build writes is newer than its start, and every page Astro reuses is in the
 * build's list of pages, so what is deleted is exactly what a clean build would not have. It
 * runs first among the build's hooks, so Pagefind and the sitemap never see a stale page.
 * The folders of `leave` are written by another step that prunes them itself (the search
 * index: its files are hard links into Astro's cache, as old as the part they belong to).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deleteFiles, filesUnder, fingerprints } from './folder-files.ts';

/** `root`'s files (outside the top-level folders `leave`) and their fingerprints, taken when a build starts. */
export const takeInventory = async (root: string, leave: readonly string[] = []) =>
	fingerprints(root, await filesUnder(root, leave));

/**
 * The files of `root` that are stale: in `before` (the inventory taken when the build started)
 * with the same fingerprint now, and not among `pages` (this build's pages, relative to `root`).
 */
export async function staleFiles(
	root: string,
	before: ReadonlyMap<string, string>,
	pages: ReadonlySet<string>,
): Promise<string[]> {
	const now = await fingerprints(
		root,
		[...before.keys()].filter((file) => !pages.has(file)),
	);
	return [...now].filter(([file, print]) => print === before.get(file)).map(([file]) => file);
}

/** `leave`: top-level folders of dist/ another step writes and prunes itself. */
export default function staleOutputIntegration({ leave = [] }: { leave?: readonly string[] } = {}): AstroIntegration {
	let outDir = '';
	let before = new Map<string, string>();
	return {
		name: 'filed-herewith:stale-output',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				// Astro honours this for the whole of dist/ (node_modules/astro/dist/core/build/static-build.js).
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async () => {
				// dist/.git, as Astro's own emptying spares it (a site deployed as a git repository).
				before = await takeInventory(outDir, [...leave, '.git']);
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Set<string>();
				for (const urls of assets.values()) {
					for (const url of urls) pages.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
				}
				const stale = await staleFiles(root, before, pages);
				before = new Map();
				if ((await deleteFiles(root, stale)) === 0) return;
				const some = stale.slice(0, 3).join(', ') + (stale.length > 3 ? ', …' : '');
				logger.info(`Deleted ${stale.length} file(s) of the previous build that this one did not write: ${some}.`);
			},
		},
	};
}
