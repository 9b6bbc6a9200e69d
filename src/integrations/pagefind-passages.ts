/**
 * After Pagefind has written an index: every fragment of a page longer than PASSAGE_WORDS words
 * gives its text and anchors to passages under `/search-text/` and keeps its URL, meta and
 * filters (src/lib/search/passages.ts says why and how the search page reads them).
 *
 * Pagefind's fragment files are gzipped `pagefind_dcd` + JSON, one per page (`fragment/{page id}.pf_fragment`)
 * or, past Pagefind's `maxFragments`, one JSON object of several pages by id; both are handled.
 * Passages are gzipped JSON, named by page id: Pagefind's page ids are hashes of the fragment,
 * so a passage's name changes whenever its page's text does and can be cached as immutable.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PageAnchor } from '../lib/search/excerpts.ts';
import { passagePath, splitIntoPassages, type PassageNote } from '../lib/search/passages.ts';

/** Pagefind's signature at the start of every decompressed file. */
const SIGNATURE = 'pagefind_dcd';

export interface Fragment {
	url: string;
	content: string;
	word_count: number;
	anchors: PageAnchor[];
	passages?: PassageNote;
	[field: string]: unknown;
}

function decode(bytes: Buffer, file: string): unknown {
	const raw = gunzipSync(bytes).toString('utf8');
	if (!raw.startsWith(SIGNATURE)) {
		throw new Error(`${file} is not a Pagefind fragment (no ${SIGNATURE} signature). Check the Pagefind version.`);
	}
	return JSON.parse(raw.slice(SIGNATURE.length));
}

const encode = (value: unknown) => gzipSync(SIGNATURE + JSON.stringify(value), { level: 9 });

const isFragment = (value: unknown): value is Fragment =>
	typeof value === 'object' && value !== null && typeof (value as Fragment).content === 'string';

/** The fragment with its text moved into passages (written under `siteDir`), or null when it is short. */
async function withPassages(siteDir: string, pageId: string, fragment: Fragment): Promise<Fragment | null> {
	const passages = splitIntoPassages(fragment.content, fragment.anchors ?? []);
	if (!passages) return null;
	const folder = path.join(siteDir, path.dirname(passagePath(pageId, 0)));
	await mkdir(folder, { recursive: true });
	for (const [n, passage] of passages.entries())
		await writeFile(path.join(siteDir, passagePath(pageId, n)), gzipSync(JSON.stringify(passage)));
	const note: PassageNote = { words: passages[0]!.words.length, count: passages.length };
	return { ...fragment, content: '', anchors: [], passages: note };
}

/**
 * Move the text of the long pages of the index at `indexDir` (a `pagefind/` folder) into passages.
 * `visit` sees every page's fragment as Pagefind wrote it, text included (the page-set records of
 * src/integrations/pagefind-page-sets.ts are made from it in this same reading).
 */
export async function writePassages(
	siteDir: string,
	indexDir: string,
	visit: (fragment: Fragment) => void = () => {},
): Promise<{ pages: number; passages: number }> {
	const fragmentDir = path.join(indexDir, 'fragment');
	let pages = 0;
	let passages = 0;
	for (const name of (await readdir(fragmentDir)).filter((n) => n.endsWith('.pf_fragment'))) {
		const file = path.join(fragmentDir, name);
		const decoded = decode(await readFile(file), file);
		const id = name.slice(0, -'.pf_fragment'.length);
		// One page, or a group of pages by id.
		const members: [string, unknown][] = isFragment(decoded) ? [[id, decoded]] : Object.entries(decoded as object);
		let changed = false;
		const rewritten: Record<string, unknown> = {};
		for (const [pageId, fragment] of members) {
			if (isFragment(fragment)) visit(fragment);
			const moved = isFragment(fragment) ? await withPassages(siteDir, pageId, fragment) : null;
			rewritten[pageId] = moved ?? fragment;
			if (moved) {
				changed = true;
				pages++;
				passages += moved.passages!.count;
			}
		}
		if (changed) await writeFile(file, encode(isFragment(decoded) ? rewritten[id] : rewritten));
	}
	return { pages, passages };
}
