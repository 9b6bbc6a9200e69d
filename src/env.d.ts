/** Absolute path of src/data/markdown-worker.ts, defined in astro.config.mjs (`vite.define`). */
declare const __MARKDOWN_WORKER_FILE__: string;
