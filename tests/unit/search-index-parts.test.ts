import { describe, expect, it } from 'vitest';
import {
	FILINGS_PER_PART,
	MIN_FILINGS_TO_SPLIT,
	MAX_FILING_PART_BYTES,
	SEARCH_GROUP_META,
	searchGroupOf,
	searchIndexParts,
} from '../../src/lib/search/index-parts.ts';
import { parseShardIndexes, withShardIndexes } from '../../src/lib/search/shard-layout.ts';

/** The pages of `n` filings (a filing page and two exhibits each), and a few hubs. */
const site = (n: number, from = 0) => [
	'index.html',
	'search/index.html',
	'parties/acme/index.html',
	'instruments/acme-notes/index.html',
	...Array.from({ length: n }, (_, i) => {
		const id = `f${String(from + i).padStart(5, '0')}`;
		return [`filings/${id}/index.html`, `filings/${id}/ex-4-1/index.html`, `filings/${id}/ex-99-1/index.html`];
	}).flat(),
];
const filingOf = (page: string) => page.split('/')[1];

describe('splitting the site into search index parts', () => {
	it('keeps a small site in one index', () => {
		expect(searchIndexParts(site(3), { maxPages: 100 })).toEqual([{ name: 'site', pages: [...site(3)].sort() }]);
	});

	it('puts hub pages first and every page of a filing in one filing part, each page once', () => {
		const parts = searchIndexParts(site(40), { maxPages: 1000, filingParts: 4 });
		expect(parts[0]!.name).toBe('hubs-1');
		expect(parts[0]!.pages.every((page) => !/^filings\/f/.test(page))).toBe(true);
		expect(parts.slice(1).map((part) => part.name)).toEqual(['filings-1', 'filings-2', 'filings-3', 'filings-4']);
		expect(parts.flatMap((part) => part.pages).sort()).toEqual([...site(40)].sort());
		for (const part of parts.slice(1)) {
			const others = parts.filter((other) => other !== part).flatMap((other) => other.pages);
			expect(part.pages.some((page) => others.some((other) => filingOf(other) === filingOf(page)))).toBe(false);
		}
	});

	it('puts a page whose search group names a filing in that filing’s part', () => {
		const groups = new Map([['instruments/acme-notes/index.html', 'f00007']]);
		const parts = searchIndexParts(site(40), { maxPages: 1000, filingParts: 4, groups });
		const withFiling = parts.find((part) => part.pages.includes('filings/f00007/index.html'))!;
		expect(withFiling.pages).toContain('instruments/acme-notes/index.html');
		expect(parts[0]!.pages).not.toContain('instruments/acme-notes/index.html');
		expect(searchGroupOf(`<head><meta name="${SEARCH_GROUP_META}" content="f00007"></head>`)).toBe('f00007');
		expect(searchGroupOf('<head><meta name="description" content="f00007"></head>')).toBeUndefined();
	});

	it('never moves a filing when another is added', () => {
		const before = searchIndexParts(site(40), { maxPages: 1000, filingParts: 4 });
		const after = searchIndexParts(site(41), { maxPages: 1000, filingParts: 4 });
		const added = new Set(site(1, 40).filter((page) => page.startsWith('filings/')));
		const changed = after.filter((part) => {
			const old = before.find((b) => b.name === part.name);
			return JSON.stringify(old?.pages) !== JSON.stringify(part.pages.filter((page) => !added.has(page)));
		});
		expect(changed).toEqual([]);
	});

	it('gives the same parts whatever order the pages were listed in', () => {
		const options = { maxPages: 50, filingParts: 3 };
		expect(searchIndexParts([...site(30)].reverse(), options)).toEqual(searchIndexParts(site(30), options));
	});

	it('splits the filings into one part per FILINGS_PER_PART filings by default, and more to keep within maxPages', () => {
		const filingParts = (parts: { name: string }[]) => parts.filter((part) => part.name.startsWith('filings-')).length;
		// Not below MIN_FILINGS_TO_SPLIT filings: then the whole site is one index.
		expect(searchIndexParts(site(MIN_FILINGS_TO_SPLIT - 1), { maxPages: 100_000 })).toHaveLength(1);
		expect(filingParts(searchIndexParts(site(MIN_FILINGS_TO_SPLIT), { maxPages: 100_000 }))).toBe(
			Math.round(MIN_FILINGS_TO_SPLIT / FILINGS_PER_PART),
		);
		expect(filingParts(searchIndexParts(site(FILINGS_PER_PART * 8), { maxPages: 100_000 }))).toBe(8);
		expect(filingParts(searchIndexParts(site(10), { maxPages: 10, filingParts: 1 }))).toBe(3);
		expect(
			searchIndexParts(site(10), { maxPages: 3, filingParts: 1 }).filter((p) => p.name.startsWith('hubs-')),
		).toHaveLength(2);
	});

	it('adds filing parts by default to keep each within MAX_FILING_PART_BYTES of HTML', () => {
		const pages = site(10);
		const filingPages = pages.filter((page) => page.startsWith('filings/'));
		const filingParts = (pageBytes: Map<string, number>) =>
			searchIndexParts(pages, { maxPages: 100_000, pageBytes }).filter((part) => part.name.startsWith('filings-'))
				.length;
		// 30 filing pages, together 3.5 times the bound: four parts, though ten filings ask for one.
		const long = new Map(filingPages.map((page) => [page, (MAX_FILING_PART_BYTES * 3.5) / filingPages.length]));
		expect(filingParts(long)).toBe(4);
		// Small pages: one index for the whole site, no filing part.
		expect(filingParts(new Map(filingPages.map((page) => [page, 1000])))).toBe(0);
		// Hub pages do not count: they are indexed in their own part.
		expect(filingParts(new Map([['index.html', MAX_FILING_PART_BYTES * 9]]))).toBe(0);
		// A count given is the count.
		expect(searchIndexParts(pages, { maxPages: 100_000, pageBytes: long, filingParts: 2 })).toHaveLength(3);
	});

	it('refuses counts that are not whole numbers above zero, naming the setting', () => {
		expect(() => searchIndexParts(site(3), { maxPages: Number('lots') })).toThrow(
			/Set PAGEFIND_MAX_PAGES to e\.g\. 40000/,
		);
		expect(() => searchIndexParts(site(3), { maxPages: 0 })).toThrow(/above zero/);
		expect(() => searchIndexParts(site(3), { maxPages: 10, filingParts: 0.5 })).toThrow(/Set PAGEFIND_FILING_PARTS/);
	});
});

describe('listing index parts on the search page', () => {
	const page = '<html><head><title>Search</title></head><body></body></html>';

	it('adds a shards meta tag naming the further parts', () => {
		const html = withShardIndexes(page, ['index-2', 'index-3']);
		const content = /name="filed-herewith-shards" content="([^"]*)"/.exec(html)![1];
		expect(parseShardIndexes(content)).toEqual(['/_shards/index-2/pagefind/', '/_shards/index-3/pagefind/']);
	});

	it('extends the tag a page already has instead of adding a second one', () => {
		const html = withShardIndexes(withShardIndexes(page, ['index-2']), ['registrants-n-z']);
		expect(html.match(/filed-herewith-shards/g)).toHaveLength(1);
		const content = /content="([^"]*)"/.exec(html)![1];
		expect(parseShardIndexes(content)).toEqual(['/_shards/index-2/pagefind/', '/_shards/registrants-n-z/pagefind/']);
	});
});
