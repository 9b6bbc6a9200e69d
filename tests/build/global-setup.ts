/**
 * Build the default site (content/) once into .cache/test-dist before the build tests read it.
 * The path is shared with tests/build/site-dist.ts.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { DEFAULT_SITE_DIST } from './site-dist.ts';

export default async function setup() {
	await rm(DEFAULT_SITE_DIST, { recursive: true, force: true });
	const result = await buildSite({
		contentDir: path.join(repoRoot, 'content'),
		outDir: DEFAULT_SITE_DIST,
		cacheDir: path.join(repoRoot, '.cache', 'astro-default'),
	});
	if (result.code !== 0) throw new Error(`Building the default site failed (exit ${result.code}):\n${result.output}`);
}
