/**
 * Worker thread of src/data/markdown-bodies.ts: renders Markdown files of the content folder
 * to HTML with the site's pipeline (src/data/markdown-pipeline.ts), as Astro's content layer
 * would (front matter removed, body trimmed, the file's URL given so path-dependent plugins —
 * pinpoints, images — apply). Runs under plain Node (type stripping), outside Vite, so it
 * imports only modules Node resolves by itself.
 *
 * Message in: `{ id, filePath }` (absolute). Reply: `{ id, html }` or `{ id, error }`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { createMarkdownProcessor, extractFrontmatter } from '@astrojs/markdown-remark';
import { siteMarkdownOptions } from './markdown-pipeline.ts';

const processor = await createMarkdownProcessor({ ...siteMarkdownOptions, syntaxHighlight: false });

parentPort!.on('message', async ({ id, filePath }: { id: number; filePath: string }) => {
	try {
		const source = await readFile(filePath, 'utf8');
		const frontMatter = extractFrontmatter(source);
		const body = (frontMatter === undefined ? source : source.replace(`---${frontMatter}---`, '')).trim();
		const { code } = await processor.render(body, { fileURL: pathToFileURL(filePath) });
		parentPort!.postMessage({ id, html: code });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
