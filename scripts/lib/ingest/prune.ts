/**
 * `npm run ingest -- --prune`: removes the generated parties and instruments nothing in the
 * content folder references any more, and declares a redirect in redirects.yaml for each one
 * whose page was published (urls.txt), to the filing whose ingest wrote it. What is removed and
 * where it goes is decided by src/lib/ingest/orphans.ts; this file reads and writes the files.
 */
import { appendFile, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { readRedirects, readUrlList } from '../../../src/integrations/built-site-files.ts';
import { planPrune, type Orphan } from '../../../src/lib/ingest/orphans.ts';
import { generatedFrom } from '../../../src/lib/ingest/serialise.ts';
import { exhibitSchema } from '../../../src/schemas/exhibit.ts';
import { contentPaths, loadCollection } from './content-files.ts';
import { type Filing, filingSchema } from '../../../src/schemas/filing.ts';
import { type Instrument, instrumentSchema } from '../../../src/schemas/instrument.ts';
import { type Party, partySchema } from '../../../src/schemas/party.ts';

export interface PruneOptions {
	contentDir: string;
	/** The published URL list and the redirects file: the repo's, beside package.json. */
	urlsFile: string;
	redirectsFile: string;
}

export interface PruneSummary {
	removed: Orphan[];
	redirected: number;
}

export async function pruneContent(options: PruneOptions): Promise<PruneSummary> {
	const { contentDir } = options;
	const [filings, parties, instruments]: [Filing[], Party[], Instrument[]] = [[], [], []];
	const sourceOf = new Map<string, string>();
	const noteSource = (key: string, text: string) => {
		const source = generatedFrom(text);
		if (source) sourceOf.set(key, source);
	};
	await loadCollection(contentDir, 'filings', filingSchema, 'filing', (filing) => filings.push(filing));
	await loadCollection(contentDir, 'parties', partySchema, 'party', (party, text) => {
		parties.push(party);
		noteSource(`party:${party.id}`, text);
	});
	await loadCollection(contentDir, 'instruments', instrumentSchema, 'instrument', (instrument, text) => {
		instruments.push(instrument);
		noteSource(`instrument:${instrument.id}`, text);
	});
	const plan = planPrune({
		filings,
		exhibits: await readExhibitReferences(contentDir),
		parties,
		instruments,
		sourceOf,
		published: new Set(await readUrlList(options.urlsFile)),
		redirected: new Set((await readRedirects(options.redirectsFile)).map((redirect) => redirect.from)),
	});
	for (const orphan of plan.remove) {
		const file = orphan.kind === 'party' ? contentPaths.party(orphan.id) : contentPaths.instrument(orphan.id);
		await rm(path.join(contentDir, file));
	}
	if (plan.redirects.length > 0) {
		const lines = plan.redirects.map((redirect) => `- from: ${redirect.from}\n  to: ${redirect.to}\n`);
		await appendFile(
			options.redirectsFile,
			`#\n# Generated entries nothing references any more, removed by \`npm run ingest -- --prune\`;\n# each URL leads to the filing that named it.\n${lines.join('')}`,
		);
	}
	return { removed: plan.remove, redirected: plan.redirects.length };
}

/** The parties and instruments every exhibit's front matter names. */
async function readExhibitReferences(contentDir: string) {
	const root = path.join(contentDir, 'exhibits');
	const folders = await readdir(root).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const references = [];
	for (const folder of folders.sort()) {
		const names = await readdir(path.join(root, folder)).catch(() => []);
		for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
			const file = path.join(root, folder, name);
			const text = await readFile(file, 'utf8');
			// Front matter as Astro's content layer reads it (src/lib/markdown/body-renderer.ts does the same).
			const frontMatter = extractFrontmatter(text);
			const parsed = exhibitSchema
				.pick({ parties: true, instruments: true })
				.safeParse(frontMatter ? parseYaml(frontMatter) : undefined);
			if (!parsed.success)
				throw new Error(
					`${file} has no valid front matter: ${parsed.error.issues[0]?.message}. Fix the file or delete it and re-run ingest; nothing was pruned.`,
				);
			references.push(parsed.data);
		}
	}
	return references;
}
