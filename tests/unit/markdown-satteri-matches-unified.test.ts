/**
 * The build renders bodies with Sätteri and the site's rehype plugins (src/lib/markdown/body-renderer.ts)
 * instead of Astro's unified processor: every exhibit body and primary document of the default
 * content must come out byte for byte as unified renders it with the same options.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderSiteMarkdown, siteMarkdownOptions } from '../../src/data/markdown-pipeline.ts';
import { markdownFileBody } from '../../src/lib/markdown/body-renderer.ts';
import { repoRoot } from '../../scripts/lib/build-site.ts';

async function markdownFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}

describe('rendering bodies with Sätteri', () => {
	it(
		'gives the HTML of the unified processor for every body of the default content',
		{ timeout: 180_000 },
		async () => {
			const files = [
				...(await markdownFiles(path.join(repoRoot, 'content', 'exhibits'))),
				...(await markdownFiles(path.join(repoRoot, 'content', 'documents'))),
			];
			expect(files.length).toBeGreaterThan(250);
			const unified = await createMarkdownProcessor({ ...siteMarkdownOptions, syntaxHighlight: false });
			const differing: string[] = [];
			for (const file of files) {
				const body = markdownFileBody(await readFile(file, 'utf8'));
				const fileURL = pathToFileURL(file);
				if ((await renderSiteMarkdown(body, fileURL)).html !== (await unified.render(body, { fileURL })).code)
					differing.push(path.relative(repoRoot, file));
			}
			expect(differing).toEqual([]);
		},
	);
});
