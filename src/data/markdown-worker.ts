/**
 * Worker thread of src/data/markdown-bodies.ts: renders Markdown files of the content folder
 * to HTML with the site's pipeline (src/data/markdown-pipeline.ts: Sätteri and the site's rehype
 * plugins), as Astro's content layer would (front matter removed, body trimmed, the file's URL
 * given so path-dependent plugins — pinpoints, images — apply). Runs under plain Node (type stripping), outside Vite, so it
 * imports only modules Node resolves by itself.
 *
 * Message in: `{ id, filePath }` (absolute). Reply: `{ id, html }` or `{ id, error }`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { markdownFileBody } from '../lib/markdown/body-renderer.ts';
import { renderSiteMarkdown } from './markdown-pipeline.ts';

parentPort!.on('message', async ({ id, filePath }: { id: number; filePath: string }) => {
	try {
		const body = markdownFileBody(await readFile(filePath, 'utf8'));
		parentPort!.postMessage({ id, html: await renderSiteMarkdown(body, pathToFileURL(filePath)) });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
