/**
 * The default site, built from content/ (the seed filing), as a reader and a crawler see it:
 * pages exist, link to each other, twins match the pages, search answers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elementIds, findAll, hrefs, parseHtml, textOf } from '../support/html.ts';
import { loadPagefind, searchUrls } from '../support/pagefind-in-node.ts';
import { DEFAULT_SITE_DIST, htmlPages, readPage, urlExists } from './site-dist.ts';

interface Catalog {
	filings: {
		id: string;
		url: string;
		form: string;
		registrant: { id: string; name: string };
		reportDate: string | null;
		accession: string | null;
		exhibits: { number: string; type: string; title: string; url: string }[];
	}[];
	parties: { id: string; name: string; aliases: string[]; url: string }[];
	instruments: { id: string; name: string; kind: string; url: string }[];
}

const readJson = <T>(url: string): T => JSON.parse(readFileSync(path.join(DEFAULT_SITE_DIST, url), 'utf8')) as T;
const SEED_EXHIBITS = [
	'4.1',
	'4.2',
	'4.3',
	'4.4',
	'4.5',
	'4.6',
	'10.1',
	'10.2',
	'10.3',
	'10.4',
	'10.5',
	'10.6',
	'10.7',
	'10.8',
	'10.9',
	'99.1',
];

let catalog: Catalog;
let seed: Catalog['filings'][number];
beforeAll(() => {
	catalog = readJson<Catalog>('/data/catalog.json');
	const found = catalog.filings.find(
		(f) => f.registrant.name === 'Lexington Precision Corporation' && f.reportDate === '2003-12-18',
	);
	if (!found) throw new Error('The seed filing is missing from /data/catalog.json');
	seed = found;
});

describe('the seed filing', () => {
	it('publishes a page for each of its exhibits, in filing order', () => {
		expect(seed.exhibits.map((e) => e.number)).toEqual(SEED_EXHIBITS);
		for (const exhibit of seed.exhibits) expect(urlExists(exhibit.url), exhibit.url).toBe(true);
	});

	it('has exhibit URLs that follow the URL contract', () => {
		expect(seed.url).toBe(`/filings/${seed.id}/`);
		expect(seed.exhibits.find((e) => e.number === '10.9')?.url).toBe(`/filings/${seed.id}/ex-10-9/`);
	});

	it('shows the cover page, items, exhibit table, signatures and the data anomaly on its page', () => {
		const page = parseHtml(readPage(seed.url));
		const text = textOf(page);
		for (const fact of ['Delaware', '0-3252', '22-1830121', '(212) 319-4657', '767 Third Avenue', 'December 18, 2003'])
			expect(text).toContain(fact);
		expect(text).toContain('Item 5. Other Events');
		expect(text).toContain('completed a refinancing of substantially all of its outstanding debt');
		expect(text).toMatch(/Warren Delano, President/);
		const anomaly = findAll(page, 'section', (el) => attr(el, 'className')?.includes('anomaly') ?? false);
		expect(anomaly).toHaveLength(1);
		expect(textOf(anomaly[0]!)).toMatch(/August 1, 2003/);
		const exhibitLinks = new Set(hrefs(page).filter((h) => h.includes('/ex-')));
		for (const exhibit of seed.exhibits) expect(exhibitLinks).toContain(exhibit.url);
	});

	it('never puts the exhibit index location column into a title', () => {
		for (const exhibit of seed.exhibits) expect(exhibit.title).not.toMatch(/filed herewith/i);
		expect(seed.exhibits.find((e) => e.number === '4.1')?.title).toBe(
			'Indenture, dated as of December 18, 2003, between Lexington Precision Corporation and Wilmington Trust Company, as Trustee.',
		);
	});
});

describe('exhibit pages', () => {
	it('link to every party and instrument of the exhibit, and to previous and next exhibits', () => {
		const filing = readJson<{
			exhibits: { number: string; url: string; parties: { url: string }[]; instruments: { url: string }[] }[];
		}>(`/filings/${seed.id}.json`);
		filing.exhibits.forEach((exhibit, i) => {
			const links = new Set(hrefs(parseHtml(readPage(exhibit.url))));
			for (const party of exhibit.parties) expect(links, `${exhibit.url} → ${party.url}`).toContain(party.url);
			for (const instrument of exhibit.instruments)
				expect(links, `${exhibit.url} → ${instrument.url}`).toContain(instrument.url);
			if (i > 0) expect(links).toContain(filing.exhibits[i - 1]!.url);
			if (i < filing.exhibits.length - 1) expect(links).toContain(filing.exhibits[i + 1]!.url);
		});
	});

	it('shows the Trustee role of Wilmington Trust Company on exhibit 4.1', () => {
		const page = parseHtml(readPage(`/filings/${seed.id}/ex-4-1/`));
		const item = findAll(page, 'li').find((li) => textOf(li).startsWith('Wilmington Trust Company'));
		expect(item && textOf(item)).toMatch(/Trustee/);
	});

	it('flags the note that matures before the report date on exhibit 4.5', () => {
		const text = textOf(parseHtml(readPage(`/filings/${seed.id}/ex-4-5/`)));
		expect(text).toMatch(/Data anomaly/);
		expect(text).toMatch(/August 1, 2003/);
	});

	it('lists related exhibits sharing a party', () => {
		const links = hrefs(parseHtml(readPage(`/filings/${seed.id}/ex-10-7/`)));
		expect(links).toContain(`/filings/${seed.id}/ex-10-8/`);
	});
});

describe('party and instrument hubs', () => {
	it('list every exhibit a party appears in, with its role there', () => {
		const wilmington = catalog.parties.find((p) => p.name === 'Wilmington Trust Company');
		expect(wilmington).toBeDefined();
		const page = parseHtml(readPage(wilmington!.url));
		const rows = findAll(page, 'tr').map(textOf);
		expect(rows.some((row) => row.startsWith('4.1') && row.includes('Trustee'))).toBe(true);
		expect(rows.some((row) => row.startsWith('10.2') && row.includes('Warrant Agent'))).toBe(true);
	});

	it('keep the spelling as filed as an alias of one party', () => {
		const cit = catalog.parties.find((p) => p.aliases.includes('The Cit Group/ Commercial Financing, Inc.'));
		expect(cit).toBeDefined();
		expect(textOf(parseHtml(readPage(cit!.url)))).toContain('10.3');
	});

	it('show an instrument’s terms and the documents that evidence it', () => {
		const note = catalog.instruments.find((i) => i.kind === 'note' && /13%/.test(i.name));
		expect(note).toBeDefined();
		const text = textOf(parseHtml(readPage(note!.url)));
		expect(text).toContain('November 1, 2009');
		expect(text).toContain('4.6');
	});
});

describe('the whole site', () => {
	const pages = () => htmlPages();

	it('has a home page, lists, search and a 404 page', () => {
		for (const url of ['/', '/filings/', '/parties/', '/instruments/', '/search/', '/404.html'])
			expect(urlExists(url), url).toBe(true);
	});

	it('has no internal link that does not resolve, fragments included', () => {
		const broken: string[] = [];
		const idsByPage = new Map<string, Set<string>>();
		const idsOf = (url: string) => {
			let ids = idsByPage.get(url);
			if (!ids) {
				ids = elementIds(parseHtml(readPage(url)));
				idsByPage.set(url, ids);
			}
			return ids;
		};
		for (const page of pages()) {
			for (const href of hrefs(parseHtml(readPage(page)))) {
				if (!href.startsWith('/') && !href.startsWith('#')) continue;
				const [target = '', fragment] = href.split('#');
				const url = target === '' ? page : target;
				if (!urlExists(url)) broken.push(`${page} → ${href}`);
				else if (fragment && url.endsWith('/') && !idsOf(url).has(decodeURIComponent(fragment)))
					broken.push(`${page} → ${href} (no such id)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('runs no script but small inline enhancements outside the search page', () => {
		// Allowed elsewhere: JSON-LD data blocks, and inline progressive enhancements (copy a
		// citation, the "/" search shortcut) that declare themselves with data-enhancement.
		for (const page of pages()) {
			const scripts = findAll(parseHtml(readPage(page)), 'script');
			if (page === '/search/') continue;
			for (const script of scripts) {
				if (attr(script, 'type') === 'application/ld+json') continue;
				expect(attr(script, 'src'), `${page}: external script`).toBeUndefined();
				expect(attr(script, 'dataEnhancement'), `${page}: undeclared inline script`).toBeTruthy();
				expect(textOf(script).length, `${page}: enhancement script size`).toBeLessThan(2048);
			}
		}
	});

	it('publishes the catalog with site-relative URLs that match pages', () => {
		for (const party of catalog.parties) expect(urlExists(party.url), party.url).toBe(true);
		for (const instrument of catalog.instruments) expect(urlExists(instrument.url), instrument.url).toBe(true);
		expect(catalog.parties.every((p) => p.url.startsWith('/parties/'))).toBe(true);
	});

	it('publishes the whole filing as JSON with cover fields and exhibit details', () => {
		const filing = readJson<Record<string, unknown> & { exhibits: Record<string, unknown>[] }>(
			`/filings/${seed.id}.json`,
		);
		expect(filing).toMatchObject({
			state: 'Delaware',
			fileNumber: '0-3252',
			irsEin: '22-1830121',
			phone: '(212) 319-4657',
			reportDate: '2003-12-18',
		});
		expect(filing.address).toMatch(/767 Third Avenue, New York, NY 10017/);
		const ex105 = filing.exhibits.find((e) => e.number === '10.5');
		// Listed by title only: the document is absent, so it states no date of its own (its title still says it).
		expect(ex105).toMatchObject({ type: 'EX-10.5', status: 'Filed herewith', date: null });
		expect(ex105?.instruments).toEqual([expect.objectContaining({ principal: 4000000 })]);
		const ex46 = filing.exhibits.find((e) => e.number === '4.6');
		expect(ex46?.instruments).toEqual([expect.objectContaining({ rate: 13, maturity: '2009-11-01' })]);
	});

	it('publishes the raw source as filed', () => {
		const source = readFileSync(path.join(DEFAULT_SITE_DIST, 'filings', seed.id, 'source.txt'), 'utf8');
		expect(source).toContain('Lexington Precision Corporation');
		expect(source).toContain('EXHIBIT INDEX');
	});
});

describe('search', () => {
	it('finds exhibits 4.1 and 10.2 for "Wilmington"', async () => {
		const urls = await searchUrls(await loadPagefind(DEFAULT_SITE_DIST), 'Wilmington');
		expect(urls).toEqual(expect.arrayContaining([`/filings/${seed.id}/ex-4-1/`, `/filings/${seed.id}/ex-10-2/`]));
	});

	it('finds exhibits 10.7 and 10.8 for "Ableco"', async () => {
		const urls = await searchUrls(await loadPagefind(DEFAULT_SITE_DIST), 'Ableco');
		expect(urls).toEqual(expect.arrayContaining([`/filings/${seed.id}/ex-10-7/`, `/filings/${seed.id}/ex-10-8/`]));
	});

	it('offers filters for form, exhibit type, party and year', async () => {
		const filters = await (await loadPagefind(DEFAULT_SITE_DIST)).filters();
		expect(filters.form?.['8-K']).toBeGreaterThan(0);
		// Every EX-10 exhibit page of the catalog (the seed's nine, and those of the samples beside it).
		const ex10 = catalog.filings.flatMap((f) => f.exhibits).filter((e) => /^EX-10(?:\.|$)/.test(e.type)).length;
		expect(seed.exhibits.filter((e) => e.type.startsWith('EX-10.'))).toHaveLength(9);
		expect(filters.exhibitType?.['EX-10']).toBe(ex10);
		expect(filters.year?.['2003']).toBeGreaterThan(0);
		expect(filters.party?.['Ableco Finance LLC']).toBeGreaterThan(0);
	});

	it('narrows "Wilmington" to EX-10 exhibits with the exhibit type filter', async () => {
		const urls = await searchUrls(await loadPagefind(DEFAULT_SITE_DIST), 'Wilmington', { exhibitType: 'EX-10' });
		expect(urls).toEqual([`/filings/${seed.id}/ex-10-2/`]);
	});
});
