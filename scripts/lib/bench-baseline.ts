/**
 * The floor the bench compares us with: a bare Astro project built from the same exhibit
 * bodies — one `[...slug].astro` route over a glob collection of `.md` files, a minimal
 * layout, Astro's default Markdown processor, no integrations, no cross-links, no search
 * index. Written under .cache/bench/ with node_modules symlinked to the repo's, so it builds
 * with the same Astro version.
 *
 * The bodies are copied as ingest wrote them (`.md`, escaped by src/lib/edgar/mdx-markdown.ts),
 * so both builds render the same text.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'filed-herewith-bench-baseline', private: true, type: 'module' }, null, '\t'),
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	exhibits: defineCollection({
		loader: glob({ pattern: '*/*.md', base: './content/exhibits', generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
		schema: z.object({ title: z.string() }),
	}),
};
`,
	'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('exhibits')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
};

/** Frontmatter and body of an ingested exhibit file; the body is everything after the closing `---`. */
function splitExhibit(text: string): { title: string; body: string } {
	const end = text.indexOf('\n---\n', 4);
	const frontmatter = end < 0 ? '' : text.slice(0, end);
	const title = /^title: (.*)$/m.exec(frontmatter)?.[1]?.replace(/^["']|["']$/g, '') ?? 'Exhibit';
	return { title, body: end < 0 ? text : text.slice(end + 5) };
}

/** The text an exhibit page shows from its body (for page weight): its file minus frontmatter. */
export const exhibitBody = (text: string) => splitExhibit(text).body;

/** Write the baseline project into `dir` from the exhibits of `contentDir`. Returns the page count. */
export async function writeBaselineProject(dir: string, contentDir: string, repoRoot: string): Promise<number> {
	await rm(dir, { recursive: true, force: true });
	for (const [file, text] of Object.entries(FILES)) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}
	await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	let pages = 0;
	const exhibits = path.join(contentDir, 'exhibits');
	for (const filing of await readdir(exhibits)) {
		await mkdir(path.join(dir, 'content', 'exhibits', filing), { recursive: true });
		for (const file of await readdir(path.join(exhibits, filing))) {
			if (!file.endsWith('.md')) continue;
			const { title, body } = splitExhibit(await readFile(path.join(exhibits, filing, file), 'utf8'));
			await writeFile(path.join(dir, 'content', 'exhibits', filing, file), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
			pages++;
		}
	}
	return pages;
}
