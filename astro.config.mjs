// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import pagefind, { SEARCH_INDEX_FOLDERS } from './src/integrations/pagefind.ts';
import staleOutput from './src/integrations/stale-output.ts';
import urlContract from './src/integrations/url-contract.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import { siteMarkdownOptions } from './src/data/markdown-pipeline.ts';
import { buildSiteConfig } from './src/data/site-config.ts';

// SITE_URL and SITE_BASE (docs/deploy.md): where the site is served.
const where = buildSiteConfig();

export default defineConfig({
	// The public origin, for canonical links, citations and the sitemap, and the folder the site
	// is served from: every link carries it (src/lib/urls/site-base.ts).
	site: where.site,
	base: where.base,
	trailingSlash: 'always',
	// Separate caches let tests build several content folders side by side.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	// Several pages in flight, so the main thread assembles pages while worker threads render
	// their bodies (src/data/markdown-bodies.ts).
	build: { format: 'directory', concurrency: 8 },
	// Order matters: dist/ is kept between builds and what this build did not write is deleted
	// first (src/integrations/stale-output.ts); redirect pages are written before Pagefind
	// indexes the site, and _headers after it, from every file the site ends up with.
	// MDX is the toolchain's, for hand-written pages; no content is compiled as MDX (bodies are
	// Markdown, and `.mdx` bodies of earlier ingests are read as Markdown: src/content.config.ts).
	integrations: [
		mdx(),
		staleOutput({ leave: SEARCH_INDEX_FOLDERS }),
		urlContract({ demoOrigin: where.demoOrigin }),
		pagefind(),
		deployFiles({ target: where.deployTarget }),
	],
	markdown: {
		// For Markdown Astro renders itself (no content does: bodies are rendered by worker threads
		// with Sätteri and the same rehype plugins, src/lib/markdown/body-renderer.ts), the site's
		// options through unified, which runs our rehype plugins as they are.
		processor: unified(siteMarkdownOptions),
		// Fenced blocks are filings' fixed-width text, not code: highlighting them painted every
		// schedule dark and spent half of Markdown rendering (scripts/bench.ts, docs/scaling.md).
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
	experimental: {
		// Rebuilds reuse every page whose getStaticPaths() cacheKey is unchanged
		// (src/lib/corpus/page-cache-keys.ts): adding a filing re-renders only the pages it touches.
		incrementalBuild: true,
	},
	vite: {
		// Exhibit bodies are rendered by worker threads running this file under plain Node
		// (src/data/markdown-bodies.ts); the bundled page code cannot locate it by itself.
		define: {
			// The base every route carries (src/lib/urls/site-base.ts).
			__SITE_BASE__: JSON.stringify(where.base),
			__MARKDOWN_WORKER_FILE__: JSON.stringify(
				fileURLToPath(new URL('./src/data/markdown-worker.ts', import.meta.url)),
			),
		},
		build: {
			rollupOptions: {
				// Every MDX module carries Astro's own "use astro:head-inject" directive, and the
				// bundler warns about each one: noise that hides real warnings on a large corpus.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
