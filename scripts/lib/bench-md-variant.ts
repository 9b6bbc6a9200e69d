/**
 * The evidence for a change other modules own: the same site with exhibit bodies as `.md`
 * instead of `.mdx`. Ingest writes `.mdx` and src/content.config.ts globs `*\/*.mdx`; rather
 * than touch either, the bench builds a copy of the project under .cache/bench/ whose content
 * config globs `.md`, from a copy of the content folder with exhibit files renamed. Ingest's
 * MDX escaping (`\{`, `\<`) is valid CommonMark that renders the same, so the pages are the
 * same pages; only the pipeline differs (Markdown is rendered once, during content sync, by
 * the configured unified processor; MDX compiles one JavaScript module per exhibit in Vite).
 */
import { cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'redirects.yaml', 'tsconfig.json', 'package.json'];
const EXHIBIT_GLOB = "pattern: '*/*.mdx', base: `${base}/exhibits`";

/** Write the `.md` variant project to `dir` and its content to `dir/content`. Returns both paths. */
export async function writeMdVariant(dir: string, contentDir: string, repoRoot: string): Promise<{ project: string; content: string }> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	for (const file of PROJECT_FILES) await cp(path.join(repoRoot, file), path.join(dir, file), { recursive: true });
	await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const configFile = path.join(dir, 'src', 'content.config.ts');
	const config = await readFile(configFile, 'utf8');
	if (!config.includes(EXHIBIT_GLOB)) {
		throw new Error(`src/content.config.ts no longer has the exhibits glob "${EXHIBIT_GLOB}". Update scripts/lib/bench-md-variant.ts to match it.`);
	}
	await writeFile(configFile, config.replace(EXHIBIT_GLOB, EXHIBIT_GLOB.replace('*.mdx', '*.md')));
	const content = path.join(dir, 'content');
	await cp(contentDir, content, { recursive: true });
	const exhibits = path.join(content, 'exhibits');
	for (const filing of await readdir(exhibits)) {
		for (const file of await readdir(path.join(exhibits, filing))) {
			if (file.endsWith('.mdx')) await rename(path.join(exhibits, filing, file), path.join(exhibits, filing, file.slice(0, -1)));
		}
	}
	return { project: dir, content };
}
