/**
 * The floor the bench compares us with: a bare Astro project that builds the same pages from
 * the same content — the same page count and text — with a minimal layout, no integrations,
 * no cross-links, no citations, no search index, and either Astro's default Markdown processor
 * (Sätteri) or the unified one our toolchain decides on (`BaselineProcessor`). Written under
 * .cache/bench/ with node_modules symlinked to the repo's, so it builds with the same Astro
 * version.
 *
 * One page per page we build:
 *
 * | our page                           | the baseline's                                              |
 * |------------------------------------|-------------------------------------------------------------|
 * | exhibit                            | its body, as ingest wrote it (`.md`, escaped by mdx-markdown.ts) |
 * | filing                             | its items (title and text), signatures, primary document body |
 * | party, instrument                  | its fields as a list                                        |
 * | home, lists, search, cite, 404     | a heading and the list of titles, as plain text            |
 * | `/filings/{id}.json`, catalog.json | the filing's front matter / every filing's, as JSON         |
 * | `/filings/{id}/source.txt`         | the raw source, read from the content folder                |
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Which Markdown processor the baseline uses: Astro's default (Sätteri), or the unified
 * (remark/rehype) processor this project's toolchain decides on, without highlighting, as ours.
 */
export type BaselineProcessor = 'default' | 'unified';

/**
 * Astro keeps its content store (every rendered body) in `cacheDir`, by default
 * `node_modules/.astro`: the baseline's node_modules is the repo's, so without its own cache
 * folder every run after the first would reuse the last run's rendering.
 */
export const BASELINE_CACHE_DIR = '.astro-cache';

const CONFIGS: Record<BaselineProcessor, string> = {
	default: `import { defineConfig } from 'astro/config';
export default defineConfig({ cacheDir: './${BASELINE_CACHE_DIR}', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
	unified: `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
export default defineConfig({ cacheDir: './${BASELINE_CACHE_DIR}', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false }, markdown: { processor: unified(), syntaxHighlight: false } });
`,
};

const FILES: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'filed-herewith-bench-baseline', private: true, type: 'module' }, null, '\t'),
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	pages: defineCollection({
		// filings/x/index.md is the page /filings/x/; the root index.md keeps the id "index".
		loader: glob({ pattern: '**/*.md', base: './content/pages', generateId: ({ entry }) => entry.replace(/\\.md$/, '').replace(/\\/index$/, '') }),
		schema: z.object({ title: z.string() }),
	}),
	filings: defineCollection({
		loader: glob({ pattern: '*.json', base: './content/filings', generateId: ({ entry }) => entry.replace(/\\.json$/, '') }),
	}),
};
`,
	'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id === 'index' ? undefined : entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
	'src/pages/filings/[filing].json.ts': `import { getCollection } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('filings')).map((entry) => ({ params: { filing: entry.id }, props: { entry } }));
}
export const GET = ({ props }) => new Response(JSON.stringify(props.entry.data, null, 2));
`,
	'src/pages/filings/[filing]/source.txt.ts': `import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('filings')).map((entry) => ({ params: { filing: entry.id } }));
}
export const GET = async ({ params }) => new Response(await readFile(\`./content/sources/\${params.filing}.txt\`));
`,
	'src/pages/data/catalog.json.ts': `import { getCollection } from 'astro:content';
export const GET = async () => new Response(JSON.stringify((await getCollection('filings')).map((entry) => entry.data)));
`,
};

/** Front matter and body of an ingested Markdown file; the body is everything after the closing `---`. */
function splitMarkdown(text: string): { frontMatter: Record<string, unknown>; body: string } {
	const end = text.indexOf('\n---\n', 4);
	if (!text.startsWith('---\n') || end < 0) return { frontMatter: {}, body: text };
	return { frontMatter: (parse(text.slice(4, end)) ?? {}) as Record<string, unknown>, body: text.slice(end + 5) };
}

/** The text an exhibit page shows from its body (for page weight): its file minus front matter. */
export const exhibitBody = (text: string) => splitMarkdown(text).body;

const page = (title: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n${body}\n`;
/** A YAML entity's fields as a Markdown list (nested values as JSON), for party and instrument pages. */
const fieldList = (data: Record<string, unknown>) =>
	Object.entries(data)
		.map(
			([key, value]) =>
				`- ${key}: ${(typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(/[\\`*_<>[\]{}]/g, '\\$&')}`,
		)
		.join('\n');
const escaped = (text: unknown) => String(text ?? '').replace(/[\\`*_<>[\]{}#]/g, '\\$&');

async function yamlFiles(dir: string): Promise<{ id: string; data: Record<string, unknown> }[]> {
	const names = await readdir(dir).catch(() => [] as string[]);
	return Promise.all(
		names
			.filter((n) => n.endsWith('.yaml'))
			.sort()
			.map(async (n) => ({
				id: n.slice(0, -5),
				data: parse(await readFile(path.join(dir, n), 'utf8')) as Record<string, unknown>,
			})),
	);
}

/** Write the baseline project into `dir` from the content of `contentDir`. Returns its HTML page count (endpoints aside, as Astro counts pages). */
export async function writeBaselineProject(
	dir: string,
	contentDir: string,
	repoRoot: string,
	processor: BaselineProcessor = 'default',
): Promise<number> {
	await rm(dir, { recursive: true, force: true });
	for (const [file, text] of Object.entries({ ...FILES, 'astro.config.mjs': CONFIGS[processor] })) {
		await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
		await writeFile(path.join(dir, file), text);
	}
	await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	await mkdir(path.join(dir, 'content'), { recursive: true });
	await symlink(path.join(contentDir, 'sources'), path.join(dir, 'content', 'sources'), 'dir');
	const pages = path.join(dir, 'content', 'pages');
	let count = 0;
	const writePage = async (slug: string, title: string, body: string) => {
		await mkdir(path.dirname(path.join(pages, `${slug}.md`)), { recursive: true });
		await writeFile(path.join(pages, `${slug}.md`), page(title, body));
		count++;
	};

	const exhibits = path.join(contentDir, 'exhibits');
	for (const filing of (await readdir(exhibits).catch(() => [] as string[])).sort()) {
		for (const file of (await readdir(path.join(exhibits, filing))).sort()) {
			if (!file.endsWith('.md')) continue;
			const { frontMatter, body } = splitMarkdown(await readFile(path.join(exhibits, filing, file), 'utf8'));
			await writePage(`filings/${filing}/${file.slice(0, -3)}`, String(frontMatter.title ?? 'Exhibit'), body);
		}
	}

	const filings = await yamlFiles(path.join(contentDir, 'filings'));
	await mkdir(path.join(dir, 'content', 'filings'), { recursive: true });
	for (const { id, data } of filings) {
		await writeFile(path.join(dir, 'content', 'filings', `${id}.json`), JSON.stringify(data));
		const items = ((data.items as { number: string; title: string; text: string }[] | undefined) ?? []).map(
			(item) => `## Item ${item.number} ${escaped(item.title)}\n\n${escaped(item.text)}`,
		);
		const signatures = ((data.signatures as { signer?: string; title?: string }[] | undefined) ?? []).map(
			(s) => `- ${escaped(s.signer)}, ${escaped(s.title)}`,
		);
		const document = await readFile(path.join(contentDir, 'documents', id, 'document.md'), 'utf8').then(
			(text) => splitMarkdown(text).body,
			() => '',
		);
		await writePage(
			`filings/${id}/index`,
			`${String(data.form)} ${id}`,
			[...items, ...signatures, document].join('\n\n'),
		);
	}
	const parties = await yamlFiles(path.join(contentDir, 'parties'));
	for (const { id, data } of parties) await writePage(`parties/${id}/index`, String(data.name), fieldList(data));
	const instruments = await yamlFiles(path.join(contentDir, 'instruments'));
	for (const { id, data } of instruments)
		await writePage(`instruments/${id}/index`, String(data.name ?? id), fieldList(data));

	const titles = (entries: { id: string; data: Record<string, unknown> }[]) =>
		entries.map(({ id, data }) => `- ${escaped(data.name ?? data.form ?? id)} ${escaped(id)}`).join('\n');
	await writePage('index', 'Filings', titles(filings.slice(-20)));
	await writePage('filings/index', 'Filings', titles(filings));
	await writePage('parties/index', 'Parties', titles(parties));
	await writePage('instruments/index', 'Instruments', titles(instruments));
	await writePage('search/index', 'Search', 'Search every exhibit.');
	await writePage('cite/index', 'Cite', 'How to cite a page.');
	await writePage('404', 'Not found', 'No page here.');
	return count;
}
