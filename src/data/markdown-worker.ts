/**
 * Worker thread of src/data/markdown-bodies.ts: renders Markdown files of the content folder
 * to HTML with the site's pipeline (src/data/markdown-pipeline.ts), as Astro's content layer
 * would (front matter removed, body trimmed, the file's URL given so path-dependent plugins —
 * pinpoints, images — apply). Runs under plain Node (type stripping), outside Vite, so it
 * imports only modules Node resolves by itself.
 *
 * Message in: `{ id, filePath, frontmatter? }` (absolute; `frontmatter`: data for the plugins, as
 * Astro passes a file's front matter — the other documents its cross-references link to). Reply:
 * `{ id, html, crossReferences }` (what rehype-cross-references.ts found) or `{ id, error }`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { createMarkdownProcessor, extractFrontmatter } from '@astrojs/markdown-remark';
import { siteMarkdownOptions } from './markdown-pipeline.ts';

const processor = await createMarkdownProcessor({ ...siteMarkdownOptions, syntaxHighlight: false });

parentPort!.on(
	'message',
	async ({ id, filePath, frontmatter }: { id: number; filePath: string; frontmatter?: object }) => {
		try {
			const source = await readFile(filePath, 'utf8');
			const frontMatter = extractFrontmatter(source);
			const body = (frontMatter === undefined ? source : source.replace(`---${frontMatter}---`, '')).trim();
			const { code, metadata } = await processor.render(body, {
				fileURL: pathToFileURL(filePath),
				frontmatter: { ...frontmatter },
			});
			parentPort!.postMessage({ id, html: code, crossReferences: metadata.frontmatter.crossReferences });
		} catch (error) {
			parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		}
	},
);
