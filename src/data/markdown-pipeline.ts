/**
 * The site's Markdown pipeline (src/lib/markdown/pipeline-options.ts) as the build runs it: with
 * the file-system reader the images-as-filed plugin (src/lib/markdown/rehype-filed-images.ts)
 * reads image sizes through, and the site's base its image URLs carry. One value for both users, astro.config.mjs (`markdown.processor`)
 * and the worker threads that render bodies (src/data/markdown-worker.ts), so both render the
 * same HTML. The worker runs under plain Node, so this module imports only what Node resolves.
 */
import { readFile } from 'node:fs/promises';
import { createBodyRenderer } from '../lib/markdown/body-renderer.ts';
import { markdownOptions } from '../lib/markdown/pipeline-options.ts';
import { readingAidsOn } from './reading-aids.ts';
import { buildSiteConfig } from './site-config.ts';

/** The bytes of a file; undefined when it is missing or unreadable (the plugin then shows the image's alt text). */
export async function readFileIfPresent(file: string): Promise<Uint8Array | undefined> {
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		return undefined;
	}
}

const files = { readFile: readFileIfPresent, base: buildSiteConfig().base };
const aids = { readingAids: readingAidsOn() };

/** The options of Astro's unified processor (astro.config.mjs), for Markdown Astro itself renders. */
export const siteMarkdownOptions = markdownOptions(files, aids);

/** Exhibit bodies and primary documents to HTML (src/lib/markdown/body-renderer.ts), as the build renders them. */
export const renderSiteMarkdown = createBodyRenderer(files, aids);
