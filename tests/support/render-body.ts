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

/**
 * `frontmatter`: the data Astro hands the plugins with a file (`file.data.astro.frontmatter`),
 * which they may also write to; returned as the plugins left it.
 */
export async function renderBody(
	markdown: string,
	frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; tree: Root; frontmatter: Record<string, unknown> }> {
	const { rehypePlugins } = markdownOptions({ readFile: async () => undefined });
	// The site's list holds plugin functions only (no names to resolve), which is what unified takes.
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypePlugins as PluggableList)
		.use(rehypeStringify);
	const file = new VFile({ value: markdown, path: EXHIBIT, data: { astro: { frontmatter } } });
	const html = String(await processor.process(file));
	return { html, tree: fromHtml(html, { fragment: true }), frontmatter };
}
