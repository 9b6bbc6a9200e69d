/**
 * Exhibit bodies and primary documents to HTML, as the build renders them (src/data/markdown-worker.ts):
 * Sätteri, Astro 7's default Markdown processor, parses the Markdown (GFM) straight to a hast
 * tree in native code; the site's rehype plugins (pipeline-options.ts) then run on that tree
 * unchanged — Sätteri's hast is the same AST shape rehype's is — followed by the steps Astro's
 * unified processor ends with: heading ids, rehype-raw and the serialiser. rehype-raw stays even
 * though bodies hold no raw HTML (ingest escapes it): its parse5 round trip is what moves a
 * pinpoint alias the plugins put inside a `<table>` before it, as a browser would, and what
 * writes `data-pagefind-ignore=""`; without it 5 of the 276 bodies of the default content differ.
 *
 * The HTML is byte-identical to `@astrojs/markdown-remark`'s unified processor with the same
 * options on every body of the default content (tests/unit/markdown-satteri-matches-unified.test.ts);
 * the differences that remain possible are listed in docs/scaling.md ("Markdown rendering").
 * Parsing with Sätteri instead of remark renders the default content's bodies 3–4× faster:
 * remark's parser and its mdast → hast step were most of unified's time (docs/scaling.md).
 *
 * unified stays where it is the right tool: ingest's HTML → Markdown (src/lib/edgar/html-to-markdown.ts),
 * and running these rehype plugins, whose signatures are unified's (`(tree, file) => …`).
 */
import { extractFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { markdownOptions } from './pipeline-options.ts';
import type { FiledImagesOptions } from './rehype-filed-images.ts';

/** What Astro's unified processor turns on for our options (pipeline-options.ts): GFM, no smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: false } as const;

/** A Markdown file's body: front matter removed, trimmed, as Astro's content layer reads it. */
export function markdownFileBody(source: string): string {
	const frontMatter = extractFrontmatter(source);
	return (frontMatter === undefined ? source : source.replace(`---${frontMatter}---`, '')).trim();
}

/** Renders Markdown bodies to HTML; `files` reads the images bodies show (rehype-filed-images.ts). */
export function createBodyRenderer(files: FiledImagesOptions): (markdown: string, fileURL: URL) => Promise<string> {
	const options = markdownOptions(files);
	if (options.remarkPlugins.length > 0) {
		throw new Error(
			'The site renders bodies with Sätteri, which runs no remark plugins: write the plugin as a rehype plugin in src/lib/markdown/pipeline-options.ts.',
		);
	}
	const processor = unified()
		// Astro's type allows plugins named by string; ours are all functions (pipeline-options.ts).
		.use(options.rehypePlugins as PluggableList)
		.use(rehypeHeadingIds)
		.use(rehypeRaw)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return async (markdown, fileURL) => {
		// Astro's processor gives its plugins the file's URL as path, and empty front matter.
		const file = new VFile({ value: markdown, path: fileURL, data: { astro: { frontmatter: {} } } });
		// No positions: no plugin reads them, and they are half a tree's memory (satteri's TreeOptions).
		const tree = markdownToHast(markdown, { features: FEATURES, position: false }) as Root;
		return processor.stringify(await processor.run(tree, file), file);
	};
}
