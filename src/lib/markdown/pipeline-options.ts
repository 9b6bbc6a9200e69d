/**
 * The Markdown pipeline of every exhibit body and primary document: remark and rehype through
 * `@astrojs/markdown-remark`'s unified processor. One definition, used by astro.config.mjs
 * (`markdown.processor`) and by the worker threads that render bodies during the build
 * (src/data/markdown-worker.ts), so both render the same HTML.
 *
 * - SmartyPants off: filing text is quoted as filed, straight quotes included.
 * - No syntax highlighting (set where the options are used): fenced blocks are fixed-width
 *   schedules, not code.
 */
import rehypeEmptyTableHeaders from './rehype-empty-table-headers.ts';
import rehypeFiledImages from './rehype-filed-images.ts';
import rehypePinpoints from './rehype-pinpoints.ts';
import rehypeScrollablePre from './rehype-scrollable-pre.ts';

export const markdownOptions = {
	gfm: true,
	smartypants: false,
	remarkPlugins: [],
	rehypePlugins: [rehypeEmptyTableHeaders, rehypeScrollablePre, rehypePinpoints, rehypeFiledImages],
};
