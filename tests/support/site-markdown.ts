/**
 * The site's Markdown pipeline run in place on a file of the content folder, as the build's
 * worker threads run it (src/data/markdown-worker.ts): front matter removed, body trimmed, the
 * file's URL given so the path-dependent plugins (pinpoints, outline, cross-references, defined
 * terms) apply. Returns the HTML and its hast tree.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, extractFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { siteMarkdownOptions } from '../../src/data/markdown-pipeline.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderContentFile(filePath: string): Promise<{ html: string; tree: Root }> {
	processor ??= createMarkdownProcessor({ ...siteMarkdownOptions, syntaxHighlight: false });
	const source = await readFile(filePath, 'utf8');
	const frontMatter = extractFrontmatter(source);
	const body = (frontMatter === undefined ? source : source.replace(`---${frontMatter}---`, '')).trim();
	const { code } = await (await processor).render(body, { fileURL: pathToFileURL(filePath) });
	return { html: code, tree: fromHtml(code, { fragment: true }) };
}
