/**
 * `npm run fetch -- --referenced`: reads the content folder for the filings its exhibits are
 * incorporated from (src/lib/edgar-api/referenced-filings.ts decides which), and lists them from
 * EDGAR — by accession where the exhibit index linked the document, else from the registrant's
 * submissions, by form and date.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { EdgarOrigins } from '../../../src/lib/edgar-api/edgar-urls.ts';
import type { FilingRef } from '../../../src/lib/edgar-api/filing-ref.ts';
import {
	findReferencedFiling,
	listingDays,
	referencedFilings,
	type WantedFiling,
} from '../../../src/lib/edgar-api/referenced-filings.ts';
import { exhibitSchema, type Exhibit } from '../../../src/schemas/exhibit.ts';
import { filingSchema, type Filing } from '../../../src/schemas/filing.ts';
import { partySchema, type Party } from '../../../src/schemas/party.ts';
import { loadCollection } from '../ingest/content-files.ts';
import type { EdgarClient } from './edgar-client.ts';
import { listCompanyFilings, NotOnEdgar } from './list-filings.ts';

/** Each exhibit's filing and `incorporatedFrom`, from the front matter of `exhibits/{filingId}/*.md`. */
async function readIncorporations(contentDir: string): Promise<Pick<Exhibit, 'filing' | 'incorporatedFrom'>[]> {
	const root = path.join(contentDir, 'exhibits');
	const folders = await readdir(root).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	const found: Pick<Exhibit, 'filing' | 'incorporatedFrom'>[] = [];
	for (const folder of folders.sort()) {
		for (const name of (await readdir(path.join(root, folder))).filter((n) => /\.mdx?$/.test(n)).sort()) {
			const file = path.join(root, folder, name);
			const result = exhibitSchema.safeParse(parseFrontmatter(await readFile(file, 'utf8')).frontmatter);
			if (!result.success) {
				const issue = result.error.issues[0];
				throw new Error(
					`${file} is not a valid exhibit entry: ${issue?.path.join('.') || '(root)'}: ${issue?.message}. Fix the file or re-run ingest.`,
				);
			}
			if (result.data.incorporatedFrom)
				found.push({ filing: result.data.filing, incorporatedFrom: result.data.incorporatedFrom });
		}
	}
	return found;
}

/** The filings to fetch so that the corpus's incorporated exhibits link inside the site; `log` says what was found. */
export async function listReferencedFilings(
	client: EdgarClient,
	origins: EdgarOrigins,
	contentDir: string,
	log: (line: string) => void,
): Promise<FilingRef[]> {
	const filings: Filing[] = [];
	const parties = new Map<string, Party>();
	await loadCollection(contentDir, 'filings', filingSchema, 'filing', (filing) => filings.push(filing));
	await loadCollection(contentDir, 'parties', partySchema, 'party', (party) => parties.set(party.id, party));
	const references = referencedFilings(await readIncorporations(contentDir), filings, parties);
	const found: FilingRef[] = [...references.byAccession];
	let missing = 0;
	for (const [cik, wanted] of Map.groupBy(references.wanted, (one: WantedFiling) => one.cik)) {
		const forms = [...new Set(wanted.map((one) => one.form))];
		let listed: FilingRef[] = [];
		try {
			listed = (await listCompanyFilings(client, origins, cik, { forms, amendments: false, ...listingDays(wanted) }))
				.filings;
		} catch (error) {
			// A registrant EDGAR does not know (a CIK mistyped in a hand-written entry): its references are not found.
			if (!(error instanceof NotOnEdgar)) throw error;
			log(error.message);
		}
		for (const one of wanted) {
			const filing = findReferencedFiling(listed, one);
			if (!filing) missing += 1;
			else if (!found.some((other) => other.accession === filing.accession)) found.push(filing);
		}
	}
	log(
		`${found.length} filings the corpus's exhibits are incorporated from to take` +
			` (${references.held} references held already, ${missing} not found on EDGAR, ${references.unfindable} naming no form, date or registrant CIK)`,
	);
	return found;
}
