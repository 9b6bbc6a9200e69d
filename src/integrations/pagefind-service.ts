/**
 * Pagefind's Node API as the Pagefind step uses it (src/integrations/pagefind.ts and
 * src/integrations/pagefind-page-sets.ts): responses carrying errors become thrown errors, and
 * every index is created with the same options.
 */
import * as pagefind from 'pagefind';

/** Throw when a Pagefind response carries errors, naming the step that failed. */
export function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) {
		throw new Error(
			`Pagefind failed to ${step}: ${response.errors.join('; ')}. Check the built HTML in dist/ and the Pagefind version.`,
		);
	}
	return response;
}

/** Pagefind's options; part of every cached part's key. */
export const INDEX_OPTIONS = { forceLanguage: 'en' } as const;

export async function createIndex(): Promise<pagefind.PagefindIndex> {
	const { index } = check('create an index', await pagefind.createIndex({ ...INDEX_OPTIONS }));
	if (!index) throw new Error('Pagefind returned no index. Reinstall the pagefind package (npm ci).');
	return index;
}

/** Stop Pagefind's service: an open one keeps the build process alive. */
export const closePagefind = () => pagefind.close();
