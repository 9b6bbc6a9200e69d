/**
 * Content collections. Schemas live in src/schemas (documented field by field); cross-
 * references between collections are checked in src/lib/corpus.ts, which fails the build
 * with a message naming the file and the dangling id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { exhibitSchema, filingSchema, instrumentSchema, partySchema, primaryDocumentSchema } from './schemas/index.ts';

const base = contentDir();
/** Ids are the file paths without extension, kept exactly (the default loader re-slugs them). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

export const collections = {
	filings: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/filings`, generateId: idFromPath }),
		schema: filingSchema,
	}),
	// Ingest writes exhibit bodies and primary documents as `.md`: Astro renders them once during
	// content sync, where `.mdx` made every file its own Vite module (docs/scaling.md). `.mdx` is
	// still read for one release so content folders ingested before the change build unchanged;
	// re-running ingest replaces them (run-ingest.ts). Not `deferRender`: measured slower.
	// `retainBody: false`: pages show the rendered HTML, never the Markdown source, and Astro's
	// content store (one JSON string, which V8 caps at ~512 MB) would hold every body twice.
	exhibits: defineCollection({
		loader: glob({ pattern: '*/*.{md,mdx}', base: `${base}/exhibits`, generateId: idFromPath, retainBody: false }),
		schema: exhibitSchema,
	}),
	// The primary document of a 10-Q, S-3… shown in full on its filing page (src/schemas/document.ts).
	documents: defineCollection({
		loader: glob({ pattern: '*/document.{md,mdx}', base: `${base}/documents`, generateId: idFromPath, retainBody: false }),
		schema: primaryDocumentSchema,
	}),
	parties: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/parties`, generateId: idFromPath }),
		schema: partySchema,
	}),
	instruments: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/instruments`, generateId: idFromPath }),
		schema: instrumentSchema,
	}),
};
