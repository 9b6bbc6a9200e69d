/** Load a content folder as plain entries (what the Astro loader gives the corpus), validated by the schemas. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { CorpusInput, Entry } from '../../src/lib/corpus/build-corpus.ts';
import { exhibitSchema, filingSchema, instrumentSchema, partySchema } from '../../src/schemas/index.ts';

/** A folder git does not keep because it is empty (a corpus without instruments) has no entries. */
function yamlEntries<T>(dir: string, schema: { parse(data: unknown): T }): Entry<T>[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			data: schema.parse(parse(readFileSync(path.join(dir, name), 'utf8'))),
			filePath: path.join(dir, name),
		}));
}

/** Frontmatter of an exhibit file: the YAML between the leading `---` lines. */
export function frontmatter(source: string): unknown {
	const match = /^---\n([\s\S]*?)\n---/.exec(source);
	return match ? parse(match[1]!) : {};
}

export function loadContentFolder(root: string): CorpusInput {
	const exhibits: Entry<ReturnType<typeof exhibitSchema.parse>>[] = [];
	for (const filing of readdirSync(path.join(root, 'exhibits'))) {
		// `.md`, and `.mdx` as ingest wrote it before: what src/content.config.ts globs.
		for (const name of readdirSync(path.join(root, 'exhibits', filing)).filter((n) => /\.mdx?$/.test(n))) {
			const file = path.join(root, 'exhibits', filing, name);
			exhibits.push({
				id: `${filing}/${name.replace(/\.mdx?$/, '')}`,
				data: exhibitSchema.parse(frontmatter(readFileSync(file, 'utf8'))),
				filePath: file,
			});
		}
	}
	return {
		filings: yamlEntries(path.join(root, 'filings'), filingSchema),
		parties: yamlEntries(path.join(root, 'parties'), partySchema),
		instruments: yamlEntries(path.join(root, 'instruments'), instrumentSchema),
		exhibits,
	};
}
