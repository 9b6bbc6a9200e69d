import { describe, expect, it } from 'vitest';
import {
	filingRuns,
	MAX_FILING_PART_BYTES,
	PART_PAGES,
	SEARCH_GROUP_META,
	searchGroupOf,
	searchIndexParts,
	SPLIT_FACTOR,
	type IndexPart,
} from '../../src/lib/search/index-parts.ts';
import { parseShardIndexes, withShardIndexes } from '../../src/lib/search/shard-layout.ts';

const idOf = (n: number) => `f${String(n).padStart(5, '0')}`;

/** The pages of `n` filings (a filing page and two exhibits each), and a few hubs. */
const site = (n: number, from = 0) => [
	'index.html',
	'search/index.html',
	'parties/acme/index.html',
	'instruments/acme-notes/index.html',
	...Array.from({ length: n }, (_, i) => {
		const id = idOf(from + i);
		return [`filings/${id}/index.html`, `filings/${id}/ex-4-1/index.html`, `filings/${id}/ex-99-1/index.html`];
	}).flat(),
];

/** Filing n's date: the later the id, the older the filing, so that date and id order disagree. */
const dateOf = (n: number) => new Date(Date.UTC(2020, 0, 1) - n * 86_400_000).toISOString().slice(0, 10);
const dates = (n: number) => new Map(Array.from({ length: n }, (_, i) => [idOf(i), dateOf(i)]));

const filingOf = (page: string) => page.split('/')[1]!;
const filingParts = (parts: IndexPart[]) => parts.filter((part) => part.name.startsWith('filings-'));
/** The parts of `after` that `before` does not have, name and pages alike: the ones a rebuild indexes. */
const changed = (before: IndexPart[], after: IndexPart[]) => {
	const old = new Set(before.map((part) => `${part.name} ${part.pages.join()}`));
	return after.filter((part) => !old.has(`${part.name} ${part.pages.join()}`));
};

describe('splitting the site into search index parts', () => {
	it('keeps a small site in one index', () => {
		expect(searchIndexParts(site(3), { maxPages: 100 })).toEqual([{ name: 'site', pages: [...site(3)].sort() }]);
	});

	it('puts hub pages first and every page of a filing in one filing part, each page once', () => {
		const parts = searchIndexParts(site(40), { maxPages: 1000, partPages: 12, dates: dates(40) });
		expect(parts[0]!.name).toBe('hubs-1');
		expect(parts[0]!.pages.every((page) => !/^filings\/f/.test(page))).toBe(true);
		expect(parts.slice(1).every((part) => part.name.startsWith('filings-'))).toBe(true);
		expect(parts.flatMap((part) => part.pages).sort()).toEqual([...site(40)].sort());
		for (const part of parts.slice(1)) {
			const others = parts.filter((other) => other !== part).flatMap((other) => other.pages);
			expect(part.pages.some((page) => others.some((other) => filingOf(other) === filingOf(page)))).toBe(false);
			expect(part.pages.length).toBeLessThanOrEqual(12);
		}
	});

	it('puts a page whose search group names a filing in that filing’s part', () => {
		const groups = new Map([['instruments/acme-notes/index.html', 'f00007']]);
		const parts = searchIndexParts(site(40), { maxPages: 1000, partPages: 12, groups, dates: dates(40) });
		const withFiling = parts.find((part) => part.pages.includes('filings/f00007/index.html'))!;
		expect(withFiling.pages).toContain('instruments/acme-notes/index.html');
		expect(parts[0]!.pages).not.toContain('instruments/acme-notes/index.html');
		expect(searchGroupOf(`<head><meta name="${SEARCH_GROUP_META}" content="f00007"></head>`)).toBe('f00007');
		expect(searchGroupOf('<head><meta name="description" content="f00007"></head>')).toBeUndefined();
	});

	it('holds the filings in runs by date, oldest first, named by their oldest filing, the newest run the head', () => {
		const parts = filingParts(searchIndexParts(site(40), { maxPages: 1000, partPages: 12, dates: dates(40) }));
		expect(parts.length).toBeGreaterThan(2);
		const newest = (part: IndexPart) => Math.min(...part.pages.map((page) => Number(filingOf(page).slice(1))));
		const oldest = (part: IndexPart) => Math.max(...part.pages.map((page) => Number(filingOf(page).slice(1))));
		for (const [n, part] of parts.entries()) {
			expect(part.name).toBe(`filings-${idOf(oldest(part))}`);
			if (n > 0) expect(oldest(part)).toBe(newest(parts[n - 1]!) - 1);
		}
		expect(newest(parts.at(-1)!)).toBe(0);
		// The head tier: the newest runs until they hold half a part's pages, never every run.
		const head = parts.filter((part) => part.head);
		expect(head).toEqual(parts.slice(parts.length - head.length));
		expect(head.length).toBeLessThan(parts.length);
		const headPages = head.reduce((sum, part) => sum + part.pages.length, 0);
		expect(headPages).toBeGreaterThanOrEqual(6);
		expect(headPages - head[0]!.pages.length).toBeLessThan(6);
		// One run (the site is split for its hub pages, past maxPages), no head: the whole index is that run and the hubs.
		const oneRun = searchIndexParts(site(2), { maxPages: 8, dates: dates(2) });
		expect(filingParts(oneRun)).toHaveLength(1);
		expect(oneRun.some((part) => part.head)).toBe(false);
	});

	it('changes only the head when a filing newer than every other is added', () => {
		const before = searchIndexParts(site(300), { maxPages: 10_000, partPages: 120, dates: dates(300) });
		const newer = new Map([...dates(300), [idOf(300), '2021-01-01']]);
		const after = searchIndexParts(site(301), { maxPages: 10_000, partPages: 120, dates: newer });
		const touched = changed(before, after).filter((part) => part.name.startsWith('filings-'));
		expect(touched).toHaveLength(1);
		expect(touched[0]!.head).toBe(true);
		expect(touched[0]!.pages).toContain(`filings/${idOf(300)}/index.html`);
	});

	it('changes the run a filing joins, and seldom the next, when it is added among older ones', () => {
		// 3,000 filings of 3 pages in parts of up to 400 (as a real-size site's 8 pages a filing in
		// parts of 1,000 pages), then one more at each of 100 dates among them.
		const before = searchIndexParts(site(3000), { maxPages: 10_000, partPages: 400, dates: dates(3000) });
		const counts: number[] = [];
		for (let k = 0; k < 100; k++) {
			const among = new Map([...dates(3000), [idOf(3000), dateOf(k * 29 + 7)]]);
			const after = searchIndexParts(site(3001), { maxPages: 10_000, partPages: 400, dates: among });
			counts.push(changed(before, after).filter((part) => part.name.startsWith('filings-')).length);
		}
		// Measured: 91 of the 100 change one part, two change five. With runs at their bound cut
		// there (before the backup cut, src/lib/search/index-parts.ts `filingRuns`): 82, none more than three.
		expect(Math.min(...counts)).toBe(1);
		expect(counts.filter((count) => count === 1).length).toBeGreaterThanOrEqual(88);
		expect(Math.max(...counts)).toBeLessThanOrEqual(5);
	});

	it('gives the same parts whatever order the pages were listed in', () => {
		const options = { maxPages: 50, partPages: 12, dates: dates(30) };
		expect(searchIndexParts([...site(30)].reverse(), options)).toEqual(searchIndexParts(site(30), options));
	});

	it('splits a site past SPLIT_FACTOR parts of PART_PAGES by default, past partPages when it is given', () => {
		const filingsOf = (pages: number) => Math.floor(pages / 3);
		const atLimit = filingsOf(SPLIT_FACTOR * PART_PAGES);
		expect(searchIndexParts(site(atLimit), { maxPages: 100_000 })).toHaveLength(1);
		const split = searchIndexParts(site(atLimit + 1), { maxPages: 100_000, dates: dates(atLimit + 1) });
		expect(filingParts(split).length).toBeGreaterThanOrEqual(SPLIT_FACTOR);
		expect(filingParts(split).every((part) => part.pages.length <= PART_PAGES)).toBe(true);
		expect(searchIndexParts(site(4), { maxPages: 100_000, partPages: 12 })).toHaveLength(1);
		expect(filingParts(searchIndexParts(site(5), { maxPages: 100_000, partPages: 12 })).length).toBeGreaterThan(1);
		// maxPages bounds every part, the hub parts too.
		expect(searchIndexParts(site(10), { maxPages: 3 }).filter((p) => p.name.startsWith('hubs-'))).toHaveLength(2);
	});

	it('keeps each filing part within MAX_FILING_PART_BYTES of HTML, and a larger filing alone', () => {
		const pages = site(10);
		const filingPages = pages.filter((page) => page.startsWith('filings/'));
		const partsFor = (pageBytes: Map<string, number>) =>
			filingParts(searchIndexParts(pages, { maxPages: 100_000, pageBytes, dates: dates(10) }));
		// 30 filing pages, together 3.5 times the bound: at least four parts, though ten filings ask for one.
		const long = new Map(filingPages.map((page) => [page, (MAX_FILING_PART_BYTES * 3.5) / filingPages.length]));
		const parts = partsFor(long);
		expect(parts.length).toBeGreaterThanOrEqual(4);
		for (const part of parts)
			expect(part.pages.reduce((sum, page) => sum + long.get(page)!, 0)).toBeLessThanOrEqual(MAX_FILING_PART_BYTES);
		// Small pages: one index for the whole site, no filing part.
		expect(partsFor(new Map(filingPages.map((page) => [page, 1000])))).toHaveLength(0);
		// Hub pages do not count: they are indexed in their own part.
		expect(partsFor(new Map([['index.html', MAX_FILING_PART_BYTES * 9]]))).toHaveLength(0);
		const huge = { id: 'big', date: '2001-01-01', pages: 3, bytes: MAX_FILING_PART_BYTES * 2 };
		const small = { id: 'small', date: '2000-01-01', pages: 3, bytes: 10 };
		expect(filingRuns([huge, small], { maxPages: 100, maxBytes: MAX_FILING_PART_BYTES })).toEqual([[small], [huge]]);
	});

	it('refuses counts that are not whole numbers above zero, naming the setting', () => {
		expect(() => searchIndexParts(site(3), { maxPages: Number('lots') })).toThrow(
			/Set PAGEFIND_MAX_PAGES to e\.g\. 40000/,
		);
		expect(() => searchIndexParts(site(3), { maxPages: 0 })).toThrow(/above zero/);
		expect(() => searchIndexParts(site(3), { maxPages: 10, partPages: 0.5 })).toThrow(/Set PAGEFIND_PART_PAGES/);
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
