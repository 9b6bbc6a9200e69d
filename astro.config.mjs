// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import pagefind from './src/integrations/pagefind.ts';
import urlContract from './src/integrations/url-contract.ts';
import rehypeEmptyTableHeaders from './src/lib/rehype-empty-table-headers.ts';
import rehypePinpoints from './src/lib/rehype-pinpoints.ts';
import rehypeScrollablePre from './src/lib/rehype-scrollable-pre.ts';

export default defineConfig({
	// The public origin, used for canonical links and citations. Set SITE_URL when deploying elsewhere.
	site: process.env.SITE_URL || 'https://filedherewith.org',
	trailingSlash: 'always',
	// Separate caches let tests build several content folders side by side.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	build: { format: 'directory' },
	// Order matters: redirect pages are written before Pagefind indexes the site.
	// MDX only for content folders ingested before bodies became `.md` (src/content.config.ts
	// still globs `.mdx` for one release); remove both together.
	integrations: [mdx(), urlContract(), pagefind()],
	markdown: {
		// Astro 7 defaults to Sätteri; our pinpoint plugins are unified plugins.
		// SmartyPants off: filing text is quoted as filed, straight quotes included.
		processor: unified({ smartypants: false, rehypePlugins: [rehypeEmptyTableHeaders, rehypeScrollablePre, rehypePinpoints] }),
		// Fenced blocks are filings' fixed-width text, not code: highlighting them painted every
		// schedule dark and spent half of Markdown rendering (scripts/bench.ts, docs/scaling.md).
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
	experimental: {
		// Rebuilds reuse every page whose getStaticPaths() cacheKey is unchanged
		// (src/lib/page-cache-keys.ts): adding a filing re-renders only the pages it touches.
		incrementalBuild: true,
	},
	vite: {
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
