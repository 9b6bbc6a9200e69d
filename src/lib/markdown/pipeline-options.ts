/**
 * src/lib/markdown/ owns how bodies become HTML: these options, the rehype plugins beside them
 * (heading order, pinpoints, attachment anchors, cross-references, defined terms, the outline, empty table
 * headers, scrollable fixed-width blocks, images as filed) and the
 * safe-Markdown serialiser ingest writes bodies with (safe-markdown.ts).
 *
 * The Markdown pipeline of every exhibit body and primary document: remark and rehype through
 * `@astrojs/markdown-remark`'s unified processor. One definition, used by astro.config.mjs
 * (`markdown.processor`) and by the worker threads that render bodies during the build
 * (src/data/markdown-worker.ts), so both render the same HTML.
 *
 * - SmartyPants off: filing text is quoted as filed, straight quotes included.
 * - No syntax highlighting (set where the options are used): fenced blocks are fixed-width
 *   schedules, not code.
 * - Images as filed are read through the reader given (rehype-filed-images.ts), so this module
 *   stays pure; src/data/markdown-pipeline.ts gives the build's file-system reader to both users.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeAttachmentAnchors from './rehype-attachment-anchors.ts';
import rehypeCrossReferences from './rehype-cross-references.ts';
import rehypeDefinedTerms from './rehype-defined-terms.ts';
import rehypeEmptyTableHeaders from './rehype-empty-table-headers.ts';
import rehypeFiledImages, { type FiledImagesOptions } from './rehype-filed-images.ts';
import rehypeHeadingOrder from './rehype-heading-order.ts';
import rehypeOutline from './rehype-outline.ts';
import rehypePinpoints from './rehype-pinpoints.ts';
import rehypeScrollablePre from './rehype-scrollable-pre.ts';

/**
 * The options of `unified()` and `createMarkdownProcessor()`; `files` reads the images bodies show.
 * `readingAids: false` leaves out the plugins that only add reading aids, for the bench that
 * measures their cost (src/data/reading-aids.ts); the pinpoints and the formatting stay.
 */
export function markdownOptions(files: FiledImagesOptions, { readingAids = true } = {}) {
	// After the pinpoints, in this order: they add anchors and links to the numbered blocks and
	// never renumber one (tests/unit/pinpoints-golden-content.test.ts).
	const aids: RehypePlugins = [rehypeAttachmentAnchors, rehypeCrossReferences, rehypeDefinedTerms, rehypeOutline];
	const rehypePlugins: RehypePlugins = [
		rehypeHeadingOrder,
		rehypeEmptyTableHeaders,
		rehypeScrollablePre,
		rehypePinpoints,
		...(readingAids ? aids : []),
		[rehypeFiledImages, files],
	];
	return { gfm: true, smartypants: false, remarkPlugins: [], rehypePlugins };
}
