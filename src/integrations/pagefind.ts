/**
 * Astro integration: after the build, index the written HTML with Pagefind's Node API.
 * The adapter turns Pagefind's `errors: []` responses into thrown errors and always closes
 * the Pagefind service (an open service keeps the build process alive).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Throw when a Pagefind response carries errors, naming the step that failed. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}. Check the built HTML in dist/ and the Pagefind version.`);
	}
	return response;
}

/** Index every HTML page under `siteDir` and write `pagefind/` into it. Returns the page count. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
	try {
		const { index } = check('create an index', await pagefind.createIndex({ forceLanguage: 'en' }));
		if (!index) throw new Error('Pagefind returned no index. Reinstall the pagefind package (npm ci).');
		const { page_count } = check('index the site', await index.addDirectory({ path: siteDir }));
		check('write the index', await index.writeFiles({ outputPath: `${siteDir}/pagefind` }));
		return page_count;
	} finally {
		await pagefind.close();
	}
}

export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'filed-herewith:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await buildSearchIndex(fileURLToPath(dir));
				logger.info(`Pagefind indexed ${pages} pages.`);
			},
		},
	};
}
