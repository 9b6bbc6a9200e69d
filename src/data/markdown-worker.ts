/**
 * Worker thread of src/data/markdown-bodies.ts: renders Markdown files of the content folder
 * to HTML with the site's pipeline (src/data/markdown-pipeline.ts: Sätteri and the site's rehype
 * plugins), as Astro's content layer would (front matter removed, body trimmed, the file's URL
 * given so path-dependent plugins — pinpoints, images — apply). Runs under plain Node (type
 * stripping), outside Vite, so it imports only modules Node resolves by itself.
 *
 * Message in: `{ id, filePath, frontmatter? }` (absolute; `frontmatter`: data for the plugins, as
 * Astro passes a file's front matter — the other documents its cross-references link to). Reply:
 * `{ id, html, crossReferences }` (what rehype-cross-references.ts found) or `{ id, error }`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { markdownFileBody } from '../lib/markdown/body-renderer.ts';
import { renderSiteMarkdown } from './markdown-pipeline.ts';

parentPort!.on(
	'message',
	async ({ id, filePath, frontmatter }: { id: number; filePath: string; frontmatter?: Record<string, unknown> }) => {
		try {
			const body = markdownFileBody(await readFile(filePath, 'utf8'));
			const rendered = await renderSiteMarkdown(body, pathToFileURL(filePath), frontmatter);
			parentPort!.postMessage({ id, html: rendered.html, crossReferences: rendered.frontmatter['crossReferences'] });
		} catch (error) {
			parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		}
	},
);
