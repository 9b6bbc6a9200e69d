/**
 * Query a built site's Pagefind index from Node, as the browser would: `pagefind.js` is
 * imported from `dist/pagefind/` and its fetches of index chunks are served from disk.
 * Lets build tests assert "searching X finds page Y" without a browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface PagefindResultData {
	url: string;
	content: string;
	meta: Record<string, string>;
	excerpt: string;
	filters: Record<string, string[]>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, unknown> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Serve `file://` requests from disk; anything else is refused (tests never use the network).
 * Pagefind is pointed at its folder by a file URL, so several built sites can be queried.
 */
function installDiskFetch() {
	globalThis.fetch = (async (input: string | URL | Request) => {
		const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!href.startsWith('file://')) throw new Error(`Test fetch outside the built site refused: ${href}`);
		return new Response(await readFile(new URL(href)));
	}) as typeof fetch;
}

export async function loadPagefind(siteDir: string): Promise<PagefindApi> {
	const folder = pathToFileURL(path.join(path.resolve(siteDir), 'pagefind') + path.sep).href;
	installDiskFetch();
	const pagefind = (await import(`${folder}pagefind.js`)) as PagefindApi;
	await pagefind.options({ basePath: folder, baseUrl: '/' });
	return pagefind;
}

/** URLs of every result for `term`, in ranking order. */
export async function searchUrls(
	pagefind: PagefindApi,
	term: string,
	filters?: Record<string, unknown>,
): Promise<string[]> {
	const { results } = await pagefind.search(term, filters ? { filters } : undefined);
	const data = await Promise.all(results.map((result) => result.data()));
	return data.map((d) => d.url);
}
