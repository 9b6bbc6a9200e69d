/**
 * The site's Markdown pipeline run in place on a file of the content folder, as the build's
 * worker threads run it (src/data/markdown-worker.ts): front matter removed, body trimmed, the
 * file's URL given so the path-dependent plugins (pinpoints, outline, cross-references, defined
 * terms) apply. Returns the HTML and its hast tree.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderSiteMarkdown } from '../../src/data/markdown-pipeline.ts';
import { markdownFileBody } from '../../src/lib/markdown/body-renderer.ts';

export async function renderContentFile(filePath: string): Promise<{ html: string; tree: Root }> {
	const { html } = await renderSiteMarkdown(
		markdownFileBody(await readFile(filePath, 'utf8')),
		pathToFileURL(filePath),
	);
	return { html, tree: fromHtml(html, { fragment: true }) };
}
