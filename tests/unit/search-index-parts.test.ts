import { describe, expect, it } from 'vitest';
import { indexPartName, partitionPages } from '../../src/lib/search/index-parts.ts';
import { parseShardIndexes, withShardIndexes } from '../../src/lib/search/shard-layout.ts';

const pages = (n: number) => Array.from({ length: n }, (_, i) => `filings/f${String(i).padStart(4, '0')}/index.html`);

describe('splitting a large site into search index parts', () => {
	it('keeps a site that fits in one index', () => {
		expect(partitionPages(pages(3), 3)).toEqual([pages(3)]);
		expect(partitionPages([], 3)).toEqual([[]]);
	});

	it('uses as few parts as keep each within the limit, of near-equal size, covering every page once', () => {
		const parts = partitionPages(pages(10), 4);
		expect(parts.map((p) => p.length)).toEqual([4, 4, 2]);
		expect(parts.flat()).toEqual(pages(10));
		expect(partitionPages(pages(9), 4).map((p) => p.length)).toEqual([3, 3, 3]);
	});

	it('splits the same site the same way whatever order the files were listed in', () => {
		expect(partitionPages([...pages(10)].reverse(), 4)).toEqual(partitionPages(pages(10), 4));
	});

	it('refuses a limit that is not a whole number above zero, naming the setting', () => {
		expect(() => partitionPages(pages(3), Number('lots'))).toThrow(/Set PAGEFIND_MAX_PAGES to e\.g\. 40000/);
		expect(() => partitionPages(pages(3), 0)).toThrow(/above zero/);
	});
});

describe('listing index parts on the search page', () => {
	const page = '<html><head><title>Search</title></head><body></body></html>';

	it('adds a shards meta tag naming the further parts', () => {
		const html = withShardIndexes(page, [indexPartName(1), indexPartName(2)]);
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
