/**
 * Content collections. Schemas live in src/schemas (documented field by field); cross-
 * references between collections are checked in src/lib/corpus/build-corpus.ts, which fails the build
 * with a message naming the file and the dangling id.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './data/content-dir.ts';
import { markdownFrontMatter } from './loaders/markdown-front-matter.ts';
import { exhibitSchema, filingSchema, instrumentSchema, partySchema, primaryDocumentSchema } from './schemas/index.ts';

const base = contentDir();
/** Ids are the file paths without extension, kept exactly (the default loader re-slugs them). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
	filings: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/filings`, generateId: idFromPath }),
		schema: filingSchema,
	}),
	// Exhibit bodies and primary documents are Markdown files (`.md`; `.mdx` as ingest wrote them
	// before, read the same way). Their front matter is the entry; their bodies are rendered at
	// page time by worker threads (src/data/markdown-bodies.ts), not by content sync, so Astro's
	// data store (one JSON string, which V8 caps at ~512 MB) holds no HTML (docs/scaling.md).
	exhibits: defineCollection({
		loader: markdownFrontMatter({
			base: `${base}/exhibits`,
			include: /^[^/]+\/[^/]+\.mdx?$/,
			generateId: (file) => file.replace(/\.mdx?$/, ''),
		}),
		schema: exhibitSchema,
	}),
	// The primary document of a 10-Q, S-3… shown in full on its filing page (src/schemas/document.ts).
	documents: defineCollection({
		loader: markdownFrontMatter({
			base: `${base}/documents`,
			include: /^[^/]+\/document\.mdx?$/,
			generateId: (file) => file.replace(/\.mdx?$/, ''),
		}),
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
