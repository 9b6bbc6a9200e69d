/**
 * A Markdown body through the site's rehype plugins in place (src/lib/markdown/pipeline-options.ts),
 * as an exhibit: for the unit tests of the plugins that read a numbered body.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { markdownOptions } from '../../src/lib/markdown/pipeline-options.ts';

const EXHIBIT = 'content/exhibits/acme-8-k-2020-01-02/ex-4-1.md';

export async function renderBody(markdown: string): Promise<{ html: string; tree: Root }> {
	const { rehypePlugins } = markdownOptions({ readFile: async () => undefined });
	// The site's list holds plugin functions only (no names to resolve), which is what unified takes.
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypePlugins as PluggableList)
		.use(rehypeStringify);
	const html = String(await processor.process(new VFile({ value: markdown, path: EXHIBIT })));
	return { html, tree: fromHtml(html, { fragment: true }) };
}
