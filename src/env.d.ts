/** Absolute path of src/data/markdown-worker.ts, defined in astro.config.mjs (`vite.define`). */
declare const __MARKDOWN_WORKER_FILE__: string;
/** The site's base path (SITE_BASE), defined in astro.config.mjs (`vite.define`); undeclared under plain Node. */
declare const __SITE_BASE__: string | undefined;
