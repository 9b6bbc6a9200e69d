/**
 * Amendment chains in a built site (tests/fixtures/corpus-with-a-credit-agreement-its-restatement-and-an-amendment:
 * a credit agreement of 2019, its restatement of 2021 and an amendment to that): "Amends" and
 * "Amended by" on the exhibit pages, the instrument's history in date order, the word-by-word
 * comparison at /filings/{id}/ex-{n}/changes/ (no script file), the links in the JSON twin, the
 * amendment's reference to a section of the agreement it amends, and every link of the
 * fixture's pages resolving, fragments included.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot } from '../../scripts/lib/build-site.ts';
import { isRedirectPage } from '../../src/lib/urls/redirects.ts';
import { attr, elementIds, findAll, parseHtml, textOf } from '../support/html.ts';
import { htmlPages, readPage, urlExists } from './site-dist.ts';

const FIXTURE = path.join(
	repoRoot,
	'tests',
	'fixtures',
	'corpus-with-a-credit-agreement-its-restatement-and-an-amendment',
);
const ORIGINAL = '/filings/borealis-8-k-2019-03-01/ex-10-1/';
const RESTATED = '/filings/borealis-8-k-2021-06-01/ex-10-1/';
const AMENDMENT = '/filings/borealis-8-k-2021-06-01/ex-10-2/';
const CHANGES = '/filings/borealis-8-k-2021-06-01/ex-10-1/changes/';

let work: string;
let dist: string;
beforeAll(async () => {
	work = await mkdtemp(path.join(os.tmpdir(), 'fh-amendments-'));
	dist = path.join(work, 'dist');
	const result = await buildSite({ contentDir: FIXTURE, outDir: dist, cacheDir: path.join(work, 'cache') });
	if (result.code !== 0) throw new Error(`Building ${FIXTURE} failed (exit ${result.code}):\n${result.output}`);
});
afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

/** The `<dd>` after the `<dt>` of this text on a page's facts list. */
function fact(url: string, term: string) {
	const tree = parseHtml(readPage(url, dist));
	const dl = findAll(tree, 'dl', (el) => attr(el, 'className') === 'facts')[0]!;
	const cells = dl.children.filter((child) => child.type === 'element');
	const at = cells.findIndex((cell) => textOf(cell) === term);
	return at < 0 ? undefined : cells[at + 1]!;
}
const links = (node: Parameters<typeof findAll>[0]) => findAll(node, 'a').map((a) => attr(a, 'href'));

describe('a corpus holding a credit agreement, its restatement and an amendment', () => {
	it('says on each exhibit page what it amends and what amends it', () => {
		expect(links(fact(RESTATED, 'Amends')!)).toEqual([ORIGINAL, CHANGES]);
		expect(links(fact(RESTATED, 'Amended by')!)).toEqual([AMENDMENT]);
		expect(links(fact(ORIGINAL, 'Amended by')!)).toEqual([RESTATED, CHANGES]);
		expect(fact(ORIGINAL, 'Amends')).toBeUndefined();
		// The amendment's own text is the change: it links what it amends, with no comparison.
		expect(links(fact(AMENDMENT, 'Amends')!)).toEqual([RESTATED]);
	});

	it('lists the instrument’s history in date order', () => {
		const tree = parseHtml(readPage('/instruments/borealis-inc-revolving-credit-facility/', dist));
		const history = findAll(tree, 'section', (el) => attr(el, 'ariaLabelledBy') === 'history-heading')[0]!;
		expect(findAll(history, 'li').map((li) => textOf(li).slice(0, 14))).toEqual([
			'March 1, 2019 ',
			'June 1, 2021 E',
			'June 15, 2021 ',
		]);
		expect(links(history)).toEqual([ORIGINAL, RESTATED, AMENDMENT]);
	});

	it('shows what the restatement changed, word by word, linked to both versions’ paragraphs, with no script file', () => {
		const html = readPage(CHANGES, dist);
		const tree = parseHtml(html);
		expect(findAll(tree, 'del').map(textOf)).toContain('fifty');
		expect(findAll(tree, 'ins').map(textOf)).toContain('seventy-five');
		// The inserted section is shown whole; unchanged sections are counted, not repeated.
		expect(findAll(tree, 'ins').map(textOf)).toContain(
			'Section 2.03 Sustainability. The Borrower shall report its emissions each year.',
		);
		expect(html).not.toContain('Section 1.02 Interest.');
		expect(textOf(fact(CHANGES, 'Paragraphs')!)).toBe('3 unchanged, 4 changed, 1 added, 0 removed');
		expect(findAll(tree, 'script', (el) => attr(el, 'src') !== undefined)).toEqual([]);
		// The moved "Notices" section: ¶ 8 of the restatement, was ¶ 7.
		const where = findAll(tree, 'p', (el) => attr(el, 'className') === 'change-where').map(links);
		expect(where).toContainEqual([`${RESTATED}#p8`, `${ORIGINAL}#p7`]);
	});

	it('links the amendment’s “Section 2.02 of the Credit Agreement”, a name it defines, to that section of the restatement', () => {
		const tree = parseHtml(readPage(AMENDMENT, dist));
		const references = findAll(tree, 'a', (a) => textOf(a) === 'Section 2.02').map((a) => attr(a, 'href'));
		expect(references).toEqual([`${RESTATED}#section-2-02`]);
	});

	it('carries the links in the filing JSON twin', async () => {
		const twin = JSON.parse(await readFile(path.join(dist, 'filings', 'borealis-8-k-2021-06-01.json'), 'utf8'));
		expect(twin.exhibits[0].amends).toMatchObject({ kind: 'restatement', url: ORIGINAL });
		expect(twin.exhibits[0].changesUrl).toBe(CHANGES);
		expect(twin.exhibits[1].amends).toMatchObject({ kind: 'amendment', url: RESTATED });
	});

	it('links only to pages and anchors that exist', () => {
		const broken: string[] = [];
		// The site's declared redirects (redirects.yaml) point at the default content's pages.
		for (const page of htmlPages(dist).filter((url) => !isRedirectPage(readPage(url, dist)))) {
			for (const href of links(parseHtml(readPage(page, dist)))) {
				if (href === undefined || !href.startsWith('/')) continue;
				const [target, fragment] = href.split('#');
				if (!urlExists(target!, dist)) broken.push(`${page} → ${href}`);
				else if (fragment && !elementIds(parseHtml(readPage(target!, dist))).has(fragment))
					broken.push(`${page} → ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
