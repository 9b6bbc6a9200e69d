/**
 * Exhibit bodies and primary documents to HTML, as the build renders them (src/data/markdown-worker.ts):
 * Sätteri, Astro 7's default Markdown processor, parses the Markdown (GFM) straight to a hast
 * tree in native code; the site's rehype plugins (pipeline-options.ts) then run on that tree
 * unchanged — Sätteri's hast is the same AST shape rehype's is — followed by what Astro's
 * unified processor ends with: heading ids (rehype-heading-ids.ts, as Astro's), raw HTML parsed
 * (`rehypeReparse`, below) and the serialiser.
 *
 * The HTML is byte-identical to `@astrojs/markdown-remark`'s unified processor with the same
 * options on every body of the default content (tests/unit/markdown-satteri-matches-unified.test.ts);
 * the differences that remain possible are listed in docs/scaling.md ("Markdown rendering").
 * On long exhibits this renders ~4× faster than unified (docs/scaling.md, "Markdown rendering"):
 * remark's parser and its mdast → hast step were most of unified's time; what is left is our
 * plugins, the re-parse and the serialiser (Sätteri alone renders the same text ~100× faster).
 *
 * unified stays where it is the right tool: ingest's HTML → Markdown (src/lib/edgar/html-to-markdown.ts),
 * and running these rehype plugins, whose signatures are unified's (`(tree, file) => …`).
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast } from 'satteri';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import { parsedForm } from './parsed-form.ts';
import { markdownOptions } from './pipeline-options.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import type { FiledImagesOptions } from './rehype-filed-images.ts';

/** What Astro's unified processor turns on for our options (pipeline-options.ts): GFM, no smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: false } as const;

/**
 * What rehype-raw does at the end of Astro's unified processor: the tree as a browser's parser
 * builds it from its HTML, which turns raw HTML into elements and moves what the plugins put
 * where HTML does not allow it — a pinpoint alias inside a `<table>` goes before it. Made in
 * place when nothing else could change, else by writing the tree out and parsing it with
 * Sätteri's native parser (parsed-form.ts). Without this step 5 of the 276 bodies of the default
 * content differ; with rehype-raw's parse5 round trip instead, the HTML is the same and the
 * rendering slower.
 */
function rehypeReparse() {
	return parsedForm;
}

/** A Markdown file's body: front matter removed, trimmed, as Astro's content layer reads it. */
export function markdownFileBody(source: string): string {
	const frontMatter = extractFrontmatter(source);
	return (frontMatter === undefined ? source : source.replace(`---${frontMatter}---`, '')).trim();
}

/**
 * `frontmatter`: data for the plugins, as Astro passes a file's front matter (the other documents
 * its cross-references may link to: rehype-cross-references.ts); the plugins may add to it, and the
 * data is returned beside the HTML.
 */
export type BodyRenderer = (
	markdown: string,
	fileURL: URL,
	frontmatter?: Record<string, unknown>,
) => Promise<{ html: string; frontmatter: Record<string, unknown> }>;

/**
 * Renders Markdown bodies to HTML; `files` reads the images bodies show (rehype-filed-images.ts),
 * `aids` says whether the reading-aid plugins run (pipeline-options.ts).
 */
export function createBodyRenderer(files: FiledImagesOptions, aids: { readingAids?: boolean } = {}): BodyRenderer {
	const options = markdownOptions(files, aids);
	if (options.remarkPlugins.length > 0) {
		throw new Error(
			'The site renders bodies with Sätteri, which runs no remark plugins: write the plugin as a rehype plugin in src/lib/markdown/pipeline-options.ts.',
		);
	}
	const processor = unified()
		// Astro's type allows plugins named by string; ours are all functions (pipeline-options.ts).
		.use(options.rehypePlugins as PluggableList)
		.use(rehypeHeadingIds)
		.use(rehypeReparse)
		.use(rehypeStringify, { allowDangerousHtml: true });
	return async (markdown, fileURL, frontmatter = {}) => {
		// Astro's processor gives its plugins the file's URL as path, and its front matter.
		const data = { astro: { frontmatter: { ...frontmatter } } };
		const file = new VFile({ value: markdown, path: fileURL, data });
		// No positions: no plugin reads them, and they are half a tree's memory (satteri's TreeOptions).
		const tree = markdownToHast(markdown, { features: FEATURES, position: false }) as Root;
		const html = processor.stringify(await processor.run(tree, file), file);
		return { html, frontmatter: data.astro.frontmatter };
	};
}
